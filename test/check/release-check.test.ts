import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import type { Server } from 'node:http'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import argon2 from 'argon2'
import express from 'express'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort, startTestPds, type TestPds } from '../helpers/harness.ts'
import { runCli } from '../helpers/cli.ts'
import type { ReleaseCheckReport } from '../../src/check/report.ts'

const hasCaddy = spawnSync('caddy', ['version']).status === 0
if (!hasCaddy) console.warn('skipping the release-check test: the caddy binary is not installed')

const ADMIN_TOKEN = 'release-check-admin-token-0123456789'
// A non-loopback public host (OAuth refuses https issuers on loopback), routed with --connect-to.
const HOST = 'pds.test'
const HANDLE = `gatekeeper.${HOST}`
const PASSWORD = 'gatekeeper-password-1'
/** The release gates after `health`, in report order. */
const GATES_AFTER_HEALTH = [
  'admin-status',
  'firehose',
  'identity',
  'crawlers',
  'client-flow',
  'backup',
]

/** Real Caddy in front of Tempest with its internal CA, for the public host and the handle host. */
async function startCaddy(dir: string, port: number, upstream: number, blockFirehose: boolean) {
  const caddyfile = path.join(dir, `Caddyfile-${port}`)
  await writeFile(
    caddyfile,
    `{
	admin off
	local_certs
	skip_install_trust
	storage file_system ${path.join(dir, 'caddy-data')}
}

https://${HOST}:${port}, https://${HANDLE}:${port} {
	tls internal
${blockFirehose ? '\thandle /xrpc/com.atproto.sync.subscribeRepos {\n\t\trespond 403\n\t}\n' : ''}\thandle {
		reverse_proxy 127.0.0.1:${upstream}
	}
}
`,
  )
  const child = spawn('caddy', ['run', '--config', caddyfile, '--adapter', 'caddyfile'], {
    env: { ...process.env, HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()))
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`caddy exited:\n${log}`)
    if (/serving initial configuration/.test(log)) return child
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`caddy did not start:\n${log}`)
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return
  const exited = once(child, 'exit')
  child.kill('SIGTERM')
  await exited
}

describe.skipIf(!hasCaddy)('tempest check behind a real Caddy', () => {
  let dir: string
  let pds: TestPds
  let caddyPort: number
  let caddy: ChildProcess
  let relay: Server
  let relayUrl: string
  const crawlRequests: unknown[] = []

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'tempest-check-'))
    caddyPort = await freePort()
    pds = await startTestPds({
      env: {
        TEMPEST_HOSTNAME: HOST,
        TEMPEST_PUBLIC_URL: `https://${HOST}:${caddyPort}`,
        TEMPEST_ADMIN_TOKEN_HASH: await argon2.hash(ADMIN_TOKEN, { type: argon2.argon2id }),
      },
    })
    await pds
      .agent()
      .createAccount({ handle: HANDLE, email: 'gate@example.com', password: PASSWORD })
    caddy = await startCaddy(dir, caddyPort, pds.server.port, false)
    const app = express()
    app.use(express.json())
    app.post('/xrpc/com.atproto.sync.requestCrawl', (req, res) => {
      crawlRequests.push(req.body)
      res.json({})
    })
    relay = app.listen(0)
    await once(relay, 'listening')
    relayUrl = `http://localhost:${(relay.address() as { port: number }).port}`
  })

  afterAll(async () => {
    await stop(caddy)
    relay?.close()
    await pds?.close()
    await rm(dir, { recursive: true, force: true })
  })

  const checkArgs = (port: number, out: string) => [
    'check',
    '--url',
    `https://${HOST}:${port}`,
    '--admin-token',
    ADMIN_TOKEN,
    '--handle',
    HANDLE,
    '--relay',
    relayUrl,
    '--plc-url',
    pds.plc.url,
    '--insecure',
    '--connect-to',
    `${HOST}:${port}:127.0.0.1:${port}`,
    '--connect-to',
    `${HANDLE}:443:127.0.0.1:${port}`,
    '--json',
    '--out',
    out,
  ]

  it(
    'passes every gate through the proxy, with evidence, as JSON',
    { timeout: 90_000 },
    async () => {
      const out = path.join(dir, 'pass.json')
      const res = await runCli(checkArgs(caddyPort, out), { TEMPEST_CHECK_PASSWORD: PASSWORD })
      const report = JSON.parse(res.stdout) as ReleaseCheckReport
      const failed = report.gates.filter((g) => g.status !== 'pass')
      expect(failed, JSON.stringify(failed, null, 2)).toEqual([])
      expect(res.code).toBe(0)
      expect(report).toMatchObject({
        schema: 'tempest.release-check.v1',
        target: `https://${HOST}:${caddyPort}`,
        passed: true,
      })
      expect(report.gates.map((g) => g.id)).toEqual(['health', ...GATES_AFTER_HEALTH])
      const evidence = Object.fromEntries(report.gates.map((g) => [g.id, g.evidence.join('\n')]))
      expect(evidence.firehose).toMatch(/#commit rev \w+ for did:plc:/)
      expect(evidence.identity).toContain(`#atproto_pds -> https://${HOST}:${caddyPort}`)
      expect(evidence['admin-status']).toMatch(/with a user access token: HTTP 40[13]/)
      expect(crawlRequests).toContainEqual({ hostname: HOST })
      // Secrets never reach the report.
      expect(res.stdout).not.toContain(PASSWORD)
      expect(res.stdout).not.toContain(ADMIN_TOKEN)
    },
  )

  it('fails the firehose gate and exits non-zero when the proxy blocks the firehose', async () => {
    const blockedPort = await freePort()
    const blocked = await startCaddy(dir, blockedPort, pds.server.port, true)
    try {
      const res = await runCli(checkArgs(blockedPort, path.join(dir, 'blocked.json')), {
        TEMPEST_CHECK_PASSWORD: PASSWORD,
      })
      const report = JSON.parse(res.stdout) as ReleaseCheckReport
      expect(res.code).toBe(1)
      expect(report.passed).toBe(false)
      const firehose = report.gates.find((g) => g.id === 'firehose')
      expect(firehose?.status).toBe('fail')
      expect(firehose?.error).toMatch(/403/)
      expect(
        report.gates.find((g) => g.id === 'health'),
        JSON.stringify(report.gates[0]),
      ).toMatchObject({
        status: 'pass',
      })
    } finally {
      await stop(blocked)
    }
  })

  it('skips the gates whose inputs are missing and refuses plain http', async () => {
    const res = await runCli(['check', '--url', pds.url, '--json'])
    const report = JSON.parse(res.stdout) as ReleaseCheckReport
    expect(report.gates.find((g) => g.id === 'health')).toMatchObject({ status: 'fail' })
    expect(report.gates.find((g) => g.id === 'health')?.error).toMatch(/not https/)
    expect(report.gates.filter((g) => g.status === 'skip').map((g) => g.id)).toEqual(
      GATES_AFTER_HEALTH,
    )
    expect(res.code).toBe(1)
  })
})
