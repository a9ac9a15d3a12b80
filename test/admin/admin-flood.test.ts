import { PassThrough } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPds, type TestPds } from '../helpers/harness.ts'
import { ADMIN_TOKEN, adminEnv, adminHeaders } from './helpers.ts'

const METRICS_TOKEN = 'tempest-test-metrics-token-0123456789abcdef'
const LIMITS = { maxInFlight: 2, perSecond: 3, perClientPerSecond: 2 }
const FLOOD = 40

/** The throttle's fixed one-second windows touched between two instants. */
function windowsBetween(start: number, end: number): number {
  return Math.floor(end / 1000) - Math.floor(start / 1000) + 1
}

describe('a flood of wrong admin tokens', () => {
  let pds: TestPds
  const logLines: Array<{ msg: string; refused?: number }> = []

  beforeAll(async () => {
    const log = new PassThrough()
    log.on('data', (chunk) => {
      for (const line of String(chunk).split('\n').filter(Boolean)) logLines.push(JSON.parse(line))
    })
    pds = await startTestPds({
      env: {
        ...(await adminEnv()),
        TEMPEST_LOG_LEVEL: 'warn',
        TEMPEST_METRICS_TOKEN: METRICS_TOKEN,
        TEMPEST_ADMIN_AUTH_MAX_IN_FLIGHT: String(LIMITS.maxInFlight),
        TEMPEST_ADMIN_AUTH_PER_SECOND: String(LIMITS.perSecond),
        TEMPEST_ADMIN_AUTH_PER_CLIENT_PER_SECOND: String(LIMITS.perClientPerSecond),
      },
      logDestination: log,
    })
  })
  afterAll(() => pds.close())

  /** A counter's value, summed over its label sets, from /metrics. */
  async function counter(name: string, labels = ''): Promise<number> {
    const text = await (
      await fetch(`${pds.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
    ).text()
    let sum = 0
    for (const line of text.split('\n')) {
      if (line.startsWith(`${name}{`) && line.includes(labels)) sum += Number(line.split(' ')[1])
    }
    return sum
  }

  function status(token: string, headers: Record<string, string> = {}) {
    return fetch(`${pds.url}/xrpc/_admin/status`, {
      headers: { authorization: `Bearer ${token}`, ...headers },
    })
  }

  it('answers 429 with Retry-After beyond the limits, and argon2 runs only within them', async () => {
    // The operator's token verified once: remembered, so never throttled below.
    expect((await status(ADMIN_TOKEN)).status).toBe(200)
    const failedBefore = await counter('tempest_admin_auth_verifications_total', 'failed')

    const start = Date.now()
    const [flood, operator] = await Promise.all([
      Promise.all(Array.from({ length: FLOOD }, (_, i) => status(`wrong-admin-token-${i}`))),
      Promise.all(Array.from({ length: 5 }, () => status(ADMIN_TOKEN))),
    ])
    const windows = windowsBetween(start, Date.now())

    expect(operator.map((r) => r.status)).toEqual([200, 200, 200, 200, 200])
    const refused = flood.filter((r) => r.status === 429)
    const denied = flood.filter((r) => r.status === 401)
    expect(refused.length + denied.length).toBe(FLOOD)
    // From one address: at most perClientPerSecond argon2 runs per window.
    expect(denied.length).toBeLessThanOrEqual(LIMITS.perClientPerSecond * windows)
    expect(refused.length).toBeGreaterThanOrEqual(FLOOD - LIMITS.perClientPerSecond * windows)
    for (const res of refused) {
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
      expect(await res.json()).toMatchObject({ error: 'RateLimitExceeded' })
    }
    // argon2 ran exactly for the 401s: the refused ones cost none.
    const failed =
      (await counter('tempest_admin_auth_verifications_total', 'failed')) - failedBefore
    expect(failed).toBe(denied.length)
    expect(await counter('tempest_admin_auth_throttled_total')).toBe(refused.length)
  })

  it('caps argon2 runs overall when the flood comes from many addresses', async () => {
    await new Promise((r) => setTimeout(r, 1000))
    const before = await counter('tempest_admin_auth_verifications_total')
    const perClientBefore = await counter('tempest_admin_auth_throttled_total', 'client_rate')
    const start = Date.now()
    const flood = await Promise.all(
      Array.from({ length: FLOOD }, (_, i) =>
        status(`spread-token-${i}`, { 'x-forwarded-for': `198.51.100.${i + 1}` }),
      ),
    )
    const windows = windowsBetween(start, Date.now())
    const ran = (await counter('tempest_admin_auth_verifications_total')) - before
    expect(ran).toBeLessThanOrEqual(LIMITS.perSecond * windows)
    expect(flood.filter((r) => r.status === 401).length).toBe(ran)
    expect(flood.filter((r) => r.status === 429).length).toBe(FLOOD - ran)
    // Refused by the overall limits (in flight, per second), not the per-address one.
    expect(await counter('tempest_admin_auth_throttled_total', 'client_rate')).toBe(perClientBefore)
  })

  it('throttles the console login the same way, and lets the operator in', async () => {
    const login = (token: string) =>
      fetch(`${pds.url}/admin/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ token }),
        redirect: 'manual',
      })
    const start = Date.now()
    const flood = await Promise.all(
      Array.from({ length: FLOOD }, (_, i) => login(`console-guess-${i}`)),
    )
    const windows = windowsBetween(start, Date.now())
    const refused = flood.filter((r) => r.status === 429)
    expect(refused.length).toBeGreaterThanOrEqual(FLOOD - LIMITS.perClientPerSecond * windows)
    for (const res of flood) expect(res.headers.get('set-cookie')).toBeNull()
    expect(Number(refused[0]?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect(await refused[0]?.text()).toContain('Too many admin authentication attempts')
    const ok = await login(ADMIN_TOKEN)
    expect(ok.status).toBe(303)
    expect(ok.headers.get('set-cookie')).not.toBeNull()
  })

  it('logs throttling once per minute, not per request', async () => {
    const throttled = logLines.filter((l) => l.msg === 'admin authentication throttled')
    expect(throttled).toHaveLength(1)
    expect(throttled[0]?.refused).toBe(1)
    expect(await counter('tempest_admin_auth_throttled_total')).toBeGreaterThan(FLOOD)
  })

  it('still refuses wrong tokens with 401 once the flood has passed', async () => {
    await new Promise((r) => setTimeout(r, 1000))
    const res = await fetch(`${pds.url}/xrpc/com.atproto.admin.getInviteCodes`, {
      headers: { authorization: 'Bearer a-later-wrong-token' },
    })
    expect(res.status).toBe(401)
    expect((await fetch(`${pds.url}/xrpc/_admin/status`, { headers: adminHeaders })).status).toBe(
      200,
    )
  })
})
