/**
 * An unauthenticated read's latency while attackers flood the admin surface with wrong tokens.
 * Measures sequential describeServer calls (N, default 300) three ways on one server config each:
 *   1. no flood;
 *   2. CLIENTS (default 32) concurrent loops sending `Bearer <garbage>` to /xrpc/_admin/status from
 *      spread X-Forwarded-For addresses, with the default TEMPEST_ADMIN_AUTH_* limits;
 *   3. the same flood with the throttle lifted (what every wrong token cost before it);
 *   4. the same flood without any Authorization header: the floor, what answering that many
 *      cheap requests costs whatever they carry.
 * The flood runs in a worker thread, so its client work is not on the server's event loop.
 * Run: node --import tsx bench/admin-flood.ts
 */
import { performance } from 'node:perf_hooks'
import { Worker } from 'node:worker_threads'
import { adminEnv } from '../test/admin/helpers.ts'
import { startTestPds, type TestPds } from '../test/helpers/harness.ts'

const N = Number(process.env.N ?? 300)
const CLIENTS = Number(process.env.CLIENTS ?? 32)
const METRICS_TOKEN = 'bench-metrics-token-0123456789abcdef0123'

const FLOOD_WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
let stop = false
let sent = 0
const status = {}
parentPort.on('message', () => { stop = true })
async function loop(i) {
  for (let n = 0; !stop; n++) {
    const res = await fetch(workerData.url + '/xrpc/_admin/status', {
      headers: {
        ...(workerData.tokens ? { authorization: 'Bearer wrong-admin-token-' + i + '-' + n } : {}),
        'x-forwarded-for': '198.51.' + (i % 250) + '.' + (n % 250 + 1),
      },
    }).catch(() => null)
    sent++
    const code = res ? res.status : 'error'
    status[code] = (status[code] ?? 0) + 1
    if (res) await res.arrayBuffer()
  }
}
Promise.all(Array.from({ length: workerData.clients }, (_, i) => loop(i))).then(() =>
  parentPort.postMessage({ sent, status }),
)
`

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted.at(-1) ?? 0 }
}

async function measure(pds: TestPds): Promise<ReturnType<typeof percentiles>> {
  const samples: number[] = []
  for (let i = 0; i < N; i++) {
    const start = performance.now()
    const res = await fetch(`${pds.url}/xrpc/com.atproto.server.describeServer`)
    await res.arrayBuffer()
    samples.push(performance.now() - start)
  }
  return percentiles(samples)
}

async function argon2Runs(pds: TestPds): Promise<number> {
  const text = await (
    await fetch(`${pds.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
  ).text()
  return text
    .split('\n')
    .filter((l) => l.startsWith('tempest_admin_auth_verifications_total{'))
    .reduce((sum, l) => sum + Number(l.split(' ')[1]), 0)
}

async function withFlood<T>(pds: TestPds, tokens: boolean, run: () => Promise<T>) {
  const worker = new Worker(FLOOD_WORKER, {
    eval: true,
    workerData: { url: pds.url, clients: CLIENTS, tokens },
  })
  const done = new Promise<{ sent: number; status: Record<string, number> }>((resolve) =>
    worker.once('message', resolve),
  )
  // Let the flood reach its steady state first.
  await new Promise((r) => setTimeout(r, 1000))
  const started = performance.now()
  const result = await run()
  const seconds = (performance.now() - started) / 1000
  worker.postMessage('stop')
  const flood = await done
  await worker.terminate()
  return { result, flood, seconds }
}

const fmt = (p: ReturnType<typeof percentiles>) =>
  `p50 ${p.p50.toFixed(2)} ms  p95 ${p.p95.toFixed(2)} ms  p99 ${p.p99.toFixed(2)} ms  max ${p.max.toFixed(1)} ms`

type Flood = 'none' | 'tokens' | 'no-auth'

async function scenario(name: string, limits: Record<string, string>, flood: Flood) {
  const pds = await startTestPds({
    env: { ...(await adminEnv()), TEMPEST_METRICS_TOKEN: METRICS_TOKEN, ...limits },
  })
  try {
    await measure(pds) // warm-up
    const before = await argon2Runs(pds)
    if (flood === 'none') {
      const p = await measure(pds)
      console.log(`${name.padEnd(28)} ${fmt(p)}`)
      return p
    }
    const {
      result,
      flood: stats,
      seconds,
    } = await withFlood(pds, flood === 'tokens', () => measure(pds))
    const runs = (await argon2Runs(pds)) - before
    console.log(`${name.padEnd(28)} ${fmt(result)}`)
    console.log(
      `${''.padEnd(28)} flood: ${stats.sent} requests (${JSON.stringify(stats.status)}), ` +
        `argon2 runs ${runs} (${(runs / seconds).toFixed(1)}/s over the measured ${seconds.toFixed(1)} s and the warm-up)`,
    )
    return result
  } finally {
    await pds.close()
  }
}

const quiet = await scenario('no flood', {}, 'none')
const floor = await scenario('flood without tokens', {}, 'no-auth')
const throttled = await scenario('flood, default throttle', {}, 'tokens')
const open = await scenario(
  'flood, throttle lifted',
  {
    TEMPEST_ADMIN_AUTH_MAX_IN_FLIGHT: '64',
    TEMPEST_ADMIN_AUTH_PER_SECOND: '1000',
    TEMPEST_ADMIN_AUTH_PER_CLIENT_PER_SECOND: '1000',
  },
  'tokens',
)
for (const q of ['p50', 'p95'] as const) {
  console.log(
    `${q} vs no flood: throttled ${(throttled[q] / quiet[q]).toFixed(2)}x, ` +
      `lifted ${(open[q] / quiet[q]).toFixed(2)}x, tokenless floor ${(floor[q] / quiet[q]).toFixed(2)}x`,
  )
}
console.log('target: throttled p50 within 2x of no flood')
