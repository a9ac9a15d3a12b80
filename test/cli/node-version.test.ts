import { spawnSync } from 'node:child_process'
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** A Node older than the engines range on this machine (Debian 13 ships 20), if there is one. */
function oldNode(): { bin: string; version: string } | undefined {
  for (const bin of ['/usr/bin/node', '/bin/node', '/usr/local/bin/node']) {
    const res = spawnSync(bin, ['--version'], { encoding: 'utf8' })
    const major = Number(/^v(\d+)\./.exec(res.stdout ?? '')?.[1])
    if (res.status === 0 && major < 22) return { bin, version: res.stdout.trim() }
  }
  return undefined
}

const old = oldNode()
const npmCli = ['/usr/bin/npm', '/usr/local/bin/npm'].find(
  (bin) => spawnSync(bin, ['--version']).status === 0,
)

async function requiredVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as {
    engines: { node: string }
  }
  return pkg.engines.node.replace(/^>=/, '')
}

describe.skipIf(old === undefined)('on an unsupported Node', () => {
  it('the CLI prints one line naming the required version and how to get it', async () => {
    const res = spawnSync(old!.bin, [path.join(ROOT, 'dist/bin/tempest.js'), 'serve'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' },
    })
    expect(res.status).toBe(1)
    expect(res.stdout).toBe('')
    const lines = res.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain(`Node.js ${await requiredVersion()} or newer is required`)
    expect(lines[0]).toContain(`this is ${old!.version}`)
    expect(lines[0]).toMatch(/install Node\.js 24 LTS \(https:\/\/nodejs\.org/)
  })

  it.skipIf(npmCli === undefined)('npm ci stops with the engine requirement', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tempest-engines-'))
    try {
      for (const file of ['package.json', 'package-lock.json', '.npmrc']) {
        await copyFile(path.join(ROOT, file), path.join(dir, file))
      }
      const res = spawnSync(old!.bin, [npmCli!, 'ci', '--ignore-scripts', '--no-audit'], {
        cwd: dir,
        encoding: 'utf8',
        env: { PATH: path.dirname(old!.bin), HOME: dir },
      })
      expect(res.status).not.toBe(0)
      expect(res.stderr).toContain('EBADENGINE')
      expect(res.stderr).toContain(`Required: {"node":">=${await requiredVersion()}"}`)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
