import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { AtpAgent } from '@atproto/api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { waitForLine } from '../helpers/cli.ts'
import { freePort } from '../helpers/harness.ts'
import { PRODUCTION_ENV } from '../helpers/production-env.ts'

const ROOT = path.resolve(import.meta.dirname, '../..')

/** Every file under `dir`, relative to it. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
}

// What conf/Dockerfile copies into the image: the bundle and what it loads from node_modules.
// Assembled from this checkout (global-setup.ts has bundled it) and run as the image runs it.
describe("scripts/runtime-modules.ts: the image's /app", () => {
  let tmp: string
  let app: string
  let server: ChildProcess | undefined
  let output = ''

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'tempest-runtime-'))
    app = path.join(tmp, 'app')
    const res = spawnSync(process.execPath, ['scripts/runtime-modules.ts', app], {
      cwd: ROOT,
      encoding: 'utf8',
    })
    if (res.status !== 0) throw new Error(`runtime-modules failed:\n${res.stderr}`)
  })

  afterAll(async () => {
    if (server && server.exitCode === null && server.signalCode === null) server.kill('SIGKILL')
    if (tmp) await rm(tmp, { recursive: true, force: true })
  })

  it('holds the bundle without source maps and only production packages', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>
    }
    const shipped = files(app)
    expect(shipped).toContain('package.json')
    expect(shipped).toContain(path.join('dist', 'bin', 'tempest.js'))
    expect(shipped.filter((f) => f.endsWith('.map') || /\.d\.[cm]?ts$/.test(f))).toEqual([])
    const top = readdirSync(path.join(app, 'node_modules')).flatMap((name) =>
      name.startsWith('@')
        ? readdirSync(path.join(app, 'node_modules', name)).map((n) => `${name}/${n}`)
        : [name],
    )
    // The embedded development PLC directory is a dev dependency and stays out.
    expect(top).not.toContain('@did-plc/server')
    expect(top.filter((name) => name in pkg.devDependencies)).toEqual([])
    // Pure-JavaScript dependencies are in the bundle, not in node_modules.
    expect(top).not.toContain('express')
    expect(top).not.toContain('@atproto/repo')
    // Native addons ship this platform's binary only (a prebuilt one, or one compiled here),
    // without their C/C++ sources.
    const sqlite = files(path.join(app, 'node_modules', 'better-sqlite3'))
    const binaries = sqlite.filter((f) => f.endsWith('.node'))
    expect(binaries.length).toBeGreaterThan(0)
    const own = path.join('prebuilds', `${process.platform}-${process.arch}.node`)
    const compiled = path.join('build', 'Release') + path.sep
    expect(binaries.filter((f) => f !== own && !f.startsWith(compiled))).toEqual([])
    expect(sqlite.filter((f) => /\.(c|cc|cpp|h|hpp)$/.test(f))).toEqual([])
  })

  it('every chunk of the bundle links against what was shipped', async () => {
    // Importing a chunk resolves all of its static imports; the entry point is left out because
    // importing it runs the CLI. Dynamic imports stay unresolved until used.
    const chunks = readdirSync(path.join(app, 'dist', 'bin')).filter(
      (f) => f.endsWith('.js') && f !== 'tempest.js',
    )
    expect(chunks.length).toBeGreaterThan(10)
    const probe = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `for (const c of ${JSON.stringify(chunks)}) await import('./dist/bin/' + c)`,
      ],
      { cwd: app, stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let stderr = ''
    probe.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    const [code] = (await once(probe, 'exit')) as [number | null]
    expect(stderr).toBe('')
    expect(code).toBe(0)
  })

  it('serves in production from there: health, describeServer, OAuth metadata', async () => {
    const port = await freePort()
    server = spawn(process.execPath, [path.join(app, 'dist', 'bin', 'tempest.js'), 'serve'], {
      cwd: app,
      env: {
        PATH: process.env.PATH ?? '',
        ...PRODUCTION_ENV,
        TEMPEST_DATA_DIR: path.join(tmp, 'data'),
        PORT: String(port),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    server.stdout?.on('data', (d: Buffer) => (output += d.toString()))
    server.stderr?.on('data', (d: Buffer) => (output += d.toString()))
    await waitForLine(server, /tempest is listening/, 40_000)
    const base = `http://127.0.0.1:${port}`
    expect(await (await fetch(`${base}/xrpc/_health`)).json()).toEqual({
      version: expect.any(String),
    })
    const agent = new AtpAgent({ service: base })
    const { data } = await agent.com.atproto.server.describeServer()
    expect(data.did).toBe('did:web:pds.example.com')
    // The OAuth provider is bundled; it finds its sign-in UI's files in node_modules.
    const meta = await fetch(`${base}/.well-known/oauth-authorization-server`)
    expect(meta.status).toBe(200)
    expect(((await meta.json()) as { issuer: string }).issuer).toBe('https://pds.example.com')
    expect(existsSync(path.join(tmp, 'data', 'account.sqlite'))).toBe(true)

    const exited = once(server, 'exit')
    server.kill('SIGTERM')
    const [code] = (await exited) as [number | null]
    expect(code).toBe(0)
    expect(output).toContain('shut down cleanly')
  }, 60_000)
})
