import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { parse, stringify } from 'yaml'
import { adminEnv, adminHeaders } from '../admin/helpers.ts'
import { freePort, startTestPds, type TestPds } from '../helpers/harness.ts'

const ROOT = path.resolve(import.meta.dirname, '../..')
const RULES = path.join(ROOT, 'conf/prometheus/alerts.yml')
const METRICS_TOKEN = 'tempest-test-metrics-token-0123456789abcdef'

const hasPrometheus = spawnSync('prometheus', ['--version']).status === 0
if (!hasPrometheus) {
  // CI installs it (.ci/run); there a missing binary must fail, not skip.
  if (process.env.CI) throw new Error('prometheus is not installed (apt-get install prometheus)')
  console.warn('skipping the Prometheus tests: prometheus is not installed')
}

function promtool(args: string[], input?: string) {
  return spawnSync('promtool', args, { encoding: 'utf8', input, cwd: path.dirname(RULES) })
}

interface QueryResult {
  metric: Record<string, string>
  value: [number, string]
}

describe.skipIf(!hasPrometheus)('Prometheus scraping a running Tempest', () => {
  let pds: TestPds
  let dir: string
  let prometheus: ChildProcess
  let promUrl: string

  /** An instant query through Prometheus's HTTP API. */
  async function query(expr: string): Promise<QueryResult[]> {
    const res = await fetch(`${promUrl}/api/v1/query?query=${encodeURIComponent(expr)}`)
    const body = (await res.json()) as { status: string; data: { result: QueryResult[] } }
    expect(body.status).toBe('success')
    return body.data.result
  }

  /** Polls `expr` until its single value satisfies `ok` (scrapes happen every second). */
  async function eventually(expr: string, ok: (v: number) => boolean): Promise<number> {
    let last: QueryResult[] = []
    for (let i = 0; i < 60; i++) {
      last = await query(expr)
      if (last.length === 1 && ok(Number(last[0]?.value[1]))) return Number(last[0]?.value[1])
      await new Promise((r) => setTimeout(r, 500))
    }
    throw new Error(`${expr} never matched; last result ${JSON.stringify(last)}`)
  }

  beforeAll(async () => {
    pds = await startTestPds({
      env: { ...(await adminEnv()), TEMPEST_METRICS_TOKEN: METRICS_TOKEN },
    })
    dir = await mkdtemp(path.join(os.tmpdir(), 'tempest-prometheus-'))
    // The shipped example, pointed at this server: plain http on loopback, a 1 s interval.
    const config = parse(await readFile(path.join(ROOT, 'conf/prometheus/prometheus.yml'), 'utf8'))
    config.global = { scrape_interval: '1s', evaluation_interval: '1s' }
    config.rule_files = [RULES]
    const job = config.scrape_configs[0]
    job.scheme = 'http'
    job.authorization.credentials_file = path.join(dir, 'token')
    job.static_configs = [{ targets: [new URL(pds.url).host] }]
    await writeFile(path.join(dir, 'token'), METRICS_TOKEN)
    await writeFile(path.join(dir, 'prometheus.yml'), stringify(config))
    expect(promtool(['check', 'config', path.join(dir, 'prometheus.yml')]).status).toBe(0)

    const port = await freePort()
    promUrl = `http://127.0.0.1:${port}`
    prometheus = spawn(
      'prometheus',
      [
        `--config.file=${path.join(dir, 'prometheus.yml')}`,
        `--web.listen-address=127.0.0.1:${port}`,
        `--storage.tsdb.path=${path.join(dir, 'data')}`,
        '--log.level=warn',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    )
    let stderr = ''
    prometheus.stderr?.on('data', (chunk) => (stderr += String(chunk)))
    for (let i = 0; ; i++) {
      const ready = await fetch(`${promUrl}/-/ready`).catch(() => null)
      if (ready?.ok) break
      if (i > 100 || prometheus.exitCode !== null) throw new Error(`prometheus: ${stderr}`)
      await new Promise((r) => setTimeout(r, 200))
    }
  })

  afterAll(async () => {
    if (prometheus && prometheus.exitCode === null) {
      prometheus.kill('SIGTERM')
      await once(prometheus, 'exit')
    }
    await pds?.close()
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('refuses /metrics without the metrics token, and the admin token is not it', async () => {
    expect((await fetch(`${pds.url}/metrics`)).status).toBe(401)
    const asAdmin = await fetch(`${pds.url}/metrics`, { headers: adminHeaders })
    expect(asAdmin.status).toBe(401)
    expect(asAdmin.headers.get('www-authenticate')).toContain('Bearer')
  })

  it('reads writes, accounts and blobs back through the query API', async () => {
    const agent = pds.agent()
    await agent.createAccount({
      handle: 'metrics.test',
      email: 'metrics@example.com',
      password: 'metrics-password-1',
    })
    for (let i = 0; i < 3; i++) await agent.post({ text: `post ${i}` })
    const post = await agent.post({ text: 'to delete' })
    await agent.deletePost(post.uri)
    const blob = new TextEncoder().encode('a small text blob')
    await agent.uploadBlob(blob, { encoding: 'text/plain' })

    expect(await eventually('up{job="tempest"}', (v) => v === 1)).toBe(1)
    expect(await eventually('tempest_repo_commits_total', (v) => v >= 5)).toBe(5)
    await eventually('tempest_repo_record_writes_total{action="create"}', (v) => v === 4)
    await eventually('tempest_repo_record_writes_total{action="delete"}', (v) => v === 1)
    await eventually('tempest_repo_commit_duration_seconds_count', (v) => v === 5)
    await eventually(
      'tempest_http_requests_total{nsid="com.atproto.repo.createRecord",status_class="2xx"}',
      (v) => v === 4,
    )
    await eventually(
      'tempest_http_request_duration_seconds_count{nsid="com.atproto.repo.deleteRecord"}',
      (v) => v === 1,
    )
    await eventually('tempest_accounts{status="active"}', (v) => v === 1)
    await eventually('tempest_blob_uploads_total', (v) => v === 1)
    await eventually('tempest_blob_upload_bytes_total', (v) => v === blob.byteLength)
    const head = pds.ctx.sequencer.head()
    await eventually('tempest_sequencer_head_seq', (v) => v === head)
    await eventually('tempest_sqlite_file_bytes{db="account"}', (v) => v > 0)
    await eventually('tempest_backup_last_result{result="none"}', (v) => v === 1)
    // A firehose subscriber replaying from the start: every event is sent to it.
    const ws = new WebSocket(
      `${pds.url.replace('http', 'ws')}/xrpc/com.atproto.sync.subscribeRepos?cursor=0`,
    )
    try {
      await eventually('tempest_firehose_subscribers', (v) => v === 1)
      await eventually('tempest_firehose_events_sent_total', (v) => v === head)
    } finally {
      ws.close()
    }
    await eventually('tempest_firehose_subscribers', (v) => v === 0)
    await eventually('process_resident_memory_bytes{job="tempest"}', (v) => v > 0)
    await eventually('nodejs_eventloop_lag_p99_seconds{job="tempest"}', (v) => v >= 0)
  })

  it('bounds the nsid label: unknown methods count as other', async () => {
    await fetch(`${pds.url}/xrpc/com.example.does.not.exist.${Date.now()}`)
    await eventually('sum(tempest_http_requests_total{nsid="other"})', (v) => v >= 1)
    const nsids = await query('count by (nsid) (tempest_http_requests_total)')
    for (const { metric } of nsids) {
      expect(metric.nsid).toMatch(/^(other|none|[a-z]+(\.[a-zA-Z]+)+)$/)
      expect(metric.nsid).not.toContain('did:')
    }
  })

  it('promtool accepts the exposition and the alert rules, and the alert unit tests pass', async () => {
    const res = await fetch(`${pds.url}/metrics`, {
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    })
    expect(res.headers.get('content-type')).toContain('text/plain')
    const check = promtool(['check', 'metrics'], await res.text())
    expect(check.stdout + check.stderr).toBe('')
    expect(check.status).toBe(0)
    expect(promtool(['check', 'rules', RULES]).status).toBe(0)
    const unit = promtool(['test', 'rules', 'alerts.test.yml'])
    expect(unit.stdout).toContain('SUCCESS')
    expect(unit.status).toBe(0)
    // Prometheus loaded the rules too.
    const rules = (await (await fetch(`${promUrl}/api/v1/rules`)).json()) as {
      data: { groups: Array<{ rules: Array<{ name: string }> }> }
    }
    expect(rules.data.groups.flatMap((g) => g.rules.map((r) => r.name))).toContain('TempestDown')
  })
})
