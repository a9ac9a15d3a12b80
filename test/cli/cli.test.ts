import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { AtpAgent } from '@atproto/api'
import argon2 from 'argon2'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort, startTestPlc, type TestPlc } from '../helpers/harness.ts'
import { runCli, spawnCli, waitForLine } from '../helpers/cli.ts'

/** The process's command line as the kernel reports it. */
const cmdline = (pid: number): string[] => readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')
/** The environment the process was (last) exec'd with. */
const environ = (pid: number): string[] => readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0')

let tmp: string
let plc: TestPlc
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'tempest-cli-'))
  plc = await startTestPlc()
})
afterAll(async () => {
  await plc.close()
  await rm(tmp, { recursive: true, force: true })
})

const mode = (p: string) => statSync(p).mode & 0o777

describe('tempest CLI', () => {
  it('prints help for the CLI and for each command', async () => {
    const all = await runCli(['--help'])
    expect(all.code).toBe(0)
    for (const cmd of ['serve', 'argon', 'secret', 'storage setup'])
      expect(all.stdout).toContain(`tempest ${cmd}`)
    const one = await runCli(['argon', '--help'])
    expect(one.code).toBe(0)
    expect(one.stdout).toMatch(/^Usage: tempest argon \[TOKEN\]/)
    const unknown = await runCli(['frobnicate'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('unknown command "frobnicate"')
  })

  it('prints a fresh 64-byte secret', async () => {
    const [a, b] = await Promise.all([runCli(['secret']), runCli(['secret'])])
    expect(a.stdout.trim()).toMatch(/^[0-9a-f]{128}$/)
    expect(a.stdout).not.toBe(b.stdout)
  })

  it('hashes an admin token from the argument or stdin, never echoing it', async () => {
    const token = 'correct-horse-battery-staple'
    const fromArg = await runCli(['argon', token])
    expect(fromArg.code).toBe(0)
    expect(await argon2.verify(fromArg.stdout.trim(), token)).toBe(true)
    expect(fromArg.stdout.trim()).toMatch(/^\$argon2id\$/)
    const fromStdin = await runCli(['argon'], {}, `${token}\n`)
    expect(await argon2.verify(fromStdin.stdout.trim(), token)).toBe(true)
    expect(fromStdin.stdout + fromStdin.stderr).not.toContain(token)
    const short = await runCli(['argon', 'short'])
    expect(short.code).toBe(1)
    expect(short.stderr).toMatch(/at least 16 characters/)
  })

  it('sets up storage with private permissions, idempotently', async () => {
    const dataDir = path.join(tmp, 'setup')
    for (let i = 0; i < 2; i++) {
      const res = await runCli(['storage', 'setup'], { TEMPEST_DATA_DIR: dataDir })
      expect(res.stderr).toBe('')
      expect(res.code).toBe(0)
    }
    expect(mode(dataDir)).toBe(0o700)
    for (const dir of ['repos', 'blobs', 'tmp', 'keys', 'backups'])
      expect(mode(path.join(dataDir, dir))).toBe(0o700)
    expect(mode(path.join(dataDir, 'keys', 'rotation.key'))).toBe(0o600)
    const db = new Database(path.join(dataDir, 'account.sqlite'), { readonly: true })
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    const migrations = db.prepare('select name from kysely_migration order by name').pluck().all()
    expect(migrations).toContain('001-server-state')
    db.close()
    expect(existsSync(path.join(dataDir, 'sequencer.sqlite'))).toBe(true)
    expect(existsSync(path.join(dataDir, 'tempest.lock'))).toBe(false)
  })

  it('stops production start-up on a bad variable with one line naming it', async () => {
    const res = await runCli(['serve'], {
      TEMPEST_ENV: 'production',
      TEMPEST_HOSTNAME: 'pds.example.com',
      TEMPEST_PUBLIC_URL: 'http://pds.example.com',
      TEMPEST_DATA_DIR: path.join(tmp, 'prod'),
      SECRET_KEY_BASE: 'x'.repeat(64),
    })
    expect(res.code).toBe(1)
    expect(res.stderr.trim().split('\n')).toHaveLength(1)
    expect(res.stderr).toMatch(/^tempest: configuration error: TEMPEST_PUBLIC_URL: /)
    expect(existsSync(path.join(tmp, 'prod'))).toBe(false)
  })

  it('serves, refuses a second writer on the same data dir, and shuts down gracefully', async () => {
    const dataDir = path.join(tmp, 'serve')
    const env = {
      TEMPEST_DATA_DIR: dataDir,
      TEMPEST_PLC_URL: plc.url,
      PORT: String(await freePort()),
    }
    const first = spawnCli(['serve'], env)
    await waitForLine(first, /tempest is listening/)
    const health = await fetch(`http://localhost:${env.PORT}/xrpc/_health`)
    expect(await health.json()).toHaveProperty('version')
    // serve re-executed itself in place (same pid) with its heap flags and malloc arena limit.
    expect(cmdline(first.pid as number)).toContain('--max-semi-space-size=16')
    expect(cmdline(first.pid as number)).toContain('--expose-gc')
    expect(environ(first.pid as number)).toContain('MALLOC_ARENA_MAX=2')

    const second = await runCli(['serve'], { ...env, PORT: String(await freePort()) })
    expect(second.code).toBe(1)
    expect(second.stderr).toMatch(/data dir is in use by another Tempest process/)

    const exited = once(first, 'exit')
    const started = Date.now()
    first.kill('SIGTERM')
    const [code] = await exited
    expect(code).toBe(0)
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(existsSync(path.join(dataDir, 'tempest.lock'))).toBe(false)
  })

  it("keeps an operator's own semi-space setting and malloc arena limit", async () => {
    const ownHeap = async (name: string, own: Record<string, string>) => {
      const env = {
        TEMPEST_DATA_DIR: path.join(tmp, name),
        TEMPEST_PLC_URL: plc.url,
        PORT: String(await freePort()),
        ...own,
      }
      const server = spawnCli(['serve'], env)
      await waitForLine(server, /tempest is listening/)
      const seen = {
        cmdline: cmdline(server.pid as number),
        environ: environ(server.pid as number),
      }
      const exited = once(server, 'exit')
      server.kill('SIGTERM')
      expect((await exited)[0]).toBe(0)
      return seen
    }
    // Only the semi-space size set: serve still re-executes, for the other flag and the arena
    // limit, and keeps the operator's size.
    const semi = await ownHeap('node-options', { NODE_OPTIONS: '--max-semi-space-size=8' })
    expect(semi.cmdline).not.toContain('--max-semi-space-size=16')
    expect(semi.cmdline).toContain('--expose-gc')
    expect(semi.environ).toContain('NODE_OPTIONS=--max-semi-space-size=8')
    expect(semi.environ).toContain('MALLOC_ARENA_MAX=2')
    // Only the arena limit set: the flags are added and the operator's limit kept.
    const arenas = await ownHeap('arenas', { MALLOC_ARENA_MAX: '4' })
    expect(arenas.cmdline).toContain('--max-semi-space-size=16')
    expect(arenas.cmdline).toContain('--expose-gc')
    expect(arenas.environ).toContain('MALLOC_ARENA_MAX=4')
    expect(arenas.environ).not.toContain('MALLOC_ARENA_MAX=2')
  })

  it('takes over a lock left by a process that died', async () => {
    const dataDir = path.join(tmp, 'stale')
    const env = {
      TEMPEST_DATA_DIR: dataDir,
      TEMPEST_PLC_URL: plc.url,
      PORT: String(await freePort()),
    }
    const victim = spawnCli(['serve'], env)
    await waitForLine(victim, /tempest is listening/)
    const died = once(victim, 'exit')
    victim.kill('SIGKILL')
    await died
    expect(existsSync(path.join(dataDir, 'tempest.lock'))).toBe(true)
    const next = spawnCli(['serve'], env)
    await waitForLine(next, /tempest is listening/)
    const exited = once(next, 'exit')
    next.kill('SIGINT')
    expect((await exited)[0]).toBe(0)
  })

  it('runs a development PDS a client can sign up and post on with no external service', async () => {
    const port = await freePort()
    const child = spawnCli(['serve'], {
      TEMPEST_DATA_DIR: path.join(tmp, 'dev'),
      PORT: String(port),
    })
    const line = await waitForLine(child, /embedded in-memory did:plc directory/)
    const plcUrl = JSON.parse(line).plcUrl as string
    await waitForLine(child, /tempest is listening/)
    const res = await fetch(`${plcUrl}/_health`)
    expect(res.ok).toBe(true)
    const agent = new AtpAgent({ service: `http://localhost:${port}` })
    await agent.createAccount({
      handle: 'alice.test',
      email: 'alice@example.com',
      password: 'dev-password-1',
    })
    const post = await agent.post({ text: 'hello from a fresh clone' })
    expect(post.uri).toMatch(/^at:\/\/did:plc:[a-z2-7]{24}\/app\.bsky\.feed\.post\//)
    // A blob large enough for the streamed upload and getBlob to run their minor collections
    // (serve exposes gc) comes back byte for byte.
    const bytes = randomBytes(20 * 1024 * 1024)
    const { blob } = (
      await agent.com.atproto.repo.uploadBlob(bytes, { encoding: 'application/octet-stream' })
    ).data
    await agent.com.atproto.repo.createRecord({
      repo: agent.assertDid,
      collection: 'com.example.file',
      record: { $type: 'com.example.file', file: blob },
    })
    const served = await agent.com.atproto.sync.getBlob({
      did: agent.assertDid,
      cid: blob.ref.toString(),
    })
    expect(Buffer.from(served.data).equals(bytes)).toBe(true)
    const doc = (await (await fetch(`${plcUrl}/${agent.assertDid}`)).json()) as {
      service: unknown[]
    }
    expect(doc.service).toContainEqual(
      expect.objectContaining({
        type: 'AtprotoPersonalDataServer',
        serviceEndpoint: `http://localhost:${port}`,
      }),
    )
    const exited = once(child, 'exit')
    child.kill('SIGTERM')
    expect((await exited)[0]).toBe(0)
  })
})
