import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort } from '../helpers/harness.ts'

const ROOT = path.resolve(import.meta.dirname, '../..')
const ENTRYPOINT = path.join(ROOT, 'conf/docker-entrypoint.sh')
const BIN = path.join(ROOT, 'dist/bin/tempest.js')
// An existing unprivileged account stands in for the image's `tempest` user, so the test does not
// add users to the machine it runs on.
const USER = 'nobody'

const isRoot = process.getuid?.() === 0
const hasSetpriv = spawnSync('setpriv', ['--help']).status === 0
const skipReason = !isRoot
  ? 'the entrypoint test must run as root (it chowns the data dir and drops privileges)'
  : !hasSetpriv
    ? 'setpriv (util-linux) is not installed'
    : undefined
if (skipReason !== undefined) console.warn(`skipping the entrypoint test: ${skipReason}`)

function idOf(flag: '-u' | '-g'): number {
  return Number(execFileSync('id', [flag, USER], { encoding: 'utf8' }).trim())
}

/** Uid/Gid lines of /proc/<pid>/status: real, effective, saved and filesystem ids. */
function procIds(pid: number): { uids: number[]; gids: number[]; noNewPrivs: string } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const field = (name: string) => status.match(new RegExp(`^${name}:\\s*(.*)$`, 'm'))?.[1] ?? ''
  return {
    uids: field('Uid').split(/\s+/).map(Number),
    gids: field('Gid').split(/\s+/).map(Number),
    noNewPrivs: field('NoNewPrivs'),
  }
}

function entrypointEnv(dataDir: string, port: number): NodeJS.ProcessEnv {
  return {
    PATH: `${path.dirname(process.execPath)}:${process.env.PATH ?? '/usr/bin:/bin'}`,
    TEMPEST_USER: USER,
    TEMPEST_BIN: BIN,
    TEMPEST_DATA_DIR: dataDir,
    TEMPEST_ENV: 'development',
    TEMPEST_LOG_LEVEL: 'info',
    PORT: String(port),
  }
}

describe.skipIf(skipReason !== undefined)('conf/docker-entrypoint.sh (run as root)', () => {
  let tmp: string
  let dataDir: string
  let child: ChildProcess
  let output = ''

  beforeAll(async () => {
    if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run \`npm run build\` first`)
    // The unprivileged user must be able to run this checkout's node and compiled server.
    const probe = spawnSync('setpriv', [
      '--reuid',
      USER,
      '--regid',
      String(idOf('-g')),
      '--clear-groups',
      process.execPath,
      '-e',
      `require('fs').accessSync(${JSON.stringify(BIN)})`,
    ])
    if (probe.status !== 0) {
      throw new Error(`"${USER}" cannot read ${BIN} with ${process.execPath}: ${probe.stderr}`)
    }

    tmp = await mkdtemp(path.join(os.tmpdir(), 'tempest-entrypoint-'))
    chmodSync(tmp, 0o755)
    // A volume as hosts mount it: root-owned, world-readable, with a root-owned file inside.
    dataDir = path.join(tmp, 'data')
    mkdirSync(path.join(dataDir, 'blobs'), { recursive: true, mode: 0o755 })
    writeFileSync(path.join(dataDir, 'blobs', 'left-by-root'), 'x')
    // A link out of the volume: handing its target to the user would let a volume give away
    // any file of the container.
    writeFileSync(path.join(tmp, 'outside'), 'x', { mode: 0o644 })
    symlinkSync(path.join(tmp, 'outside'), path.join(dataDir, 'link-out'))

    const port = await freePort()
    child = spawn(ENTRYPOINT, [], {
      env: entrypointEnv(dataDir, port),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    for (let i = 0; i < 400 && !output.includes('tempest is listening'); i++) {
      if (child.exitCode !== null) throw new Error(`entrypoint exited early:\n${output}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    if (!output.includes('tempest is listening'))
      throw new Error(`server did not start:\n${output}`)
    const res = await fetch(`http://127.0.0.1:${port}/xrpc/_health`)
    if (res.status !== 200) throw new Error(`health answered ${res.status}`)
  }, 60_000)

  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    if (tmp) await rm(tmp, { recursive: true, force: true })
  })

  it('gives the root-owned data dir and its contents to the unprivileged user, owner-only', () => {
    const uid = idOf('-u')
    const top = statSync(dataDir)
    expect(top.uid).toBe(uid)
    expect(top.mode & 0o777).toBe(0o700)
    expect(statSync(path.join(dataDir, 'blobs', 'left-by-root')).uid).toBe(uid)
    // Files created by `tempest storage setup` and the server belong to the user too.
    expect(statSync(path.join(dataDir, 'account.sqlite')).uid).toBe(uid)
    expect(statSync(path.join(dataDir, 'keys', 'rotation.key')).uid).toBe(uid)
  })

  it('changes links in the data dir, never their targets', () => {
    expect(lstatSync(path.join(dataDir, 'link-out')).uid).toBe(idOf('-u'))
    expect(statSync(path.join(tmp, 'outside')).uid).toBe(0)
  })

  it('execs the server itself as the unprivileged user: no shell and no root left', () => {
    const pid = child.pid as number
    // The spawned pid is the server: every step (sh, setpriv, sh, and serve taking on its heap
    // flags, as NODE_OPTIONS does not set them here) replaced itself with exec.
    expect(readlinkSync(`/proc/${pid}/exe`)).toBe(realpathSync(process.execPath))
    expect(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')).toEqual([
      'node',
      '--max-semi-space-size=16',
      '--expose-gc',
      BIN,
      'serve',
      '',
    ])
    const ids = procIds(pid)
    expect(ids.uids).toEqual(Array(4).fill(idOf('-u')))
    expect(ids.gids).toEqual(Array(4).fill(idOf('-g')))
    expect(ids.noNewPrivs).toBe('1')
  })

  it('passes SIGTERM to the server, which shuts down cleanly with exit code 0', async () => {
    const exited = once(child, 'exit')
    child.kill('SIGTERM')
    const [code, signal] = (await exited) as [number | null, NodeJS.Signals | null]
    expect({ code, signal }).toEqual({ code: 0, signal: null })
    expect(output).toContain('shut down cleanly')
  })

  it('runs other commands with their arguments as the unprivileged user, without storage setup', () => {
    // A stand-in for the CLI that reports who ran it and with what.
    const probe = path.join(tmp, 'probe.js')
    writeFileSync(
      probe,
      'console.log(JSON.stringify({ uid: process.getuid(), args: process.argv.slice(2) }))\n',
      { mode: 0o644 },
    )
    const res = spawnSync(ENTRYPOINT, ['argon', 'some token'], {
      env: { ...entrypointEnv(dataDir, 0), TEMPEST_BIN: probe },
      encoding: 'utf8',
    })
    expect(res.status).toBe(0)
    expect(
      res.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual([{ uid: idOf('-u'), args: ['argon', 'some token'] }])
  })

  it('runs the real CLI through it (tempest secret)', () => {
    const res = spawnSync(ENTRYPOINT, ['secret'], {
      env: entrypointEnv(dataDir, 0),
      encoding: 'utf8',
    })
    expect(res.status).toBe(0)
    expect(res.stdout.trim()).toMatch(/^[0-9a-f]{128}$/)
  })
})
