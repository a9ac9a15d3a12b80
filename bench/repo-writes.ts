/**
 * Repo write and read speed over HTTP with the official client:
 *   - sequential createRecord latency with the repo at 1k records and at SCALE records (the MST
 *     is updated incrementally, so the two should be within 20% of each other);
 *   - applyWrites throughput (batches of 200) while bulk-loading to SCALE records;
 *   - getRecord latency and getRepo throughput at SCALE records.
 * Run: node --import tsx bench/repo-writes.ts   (SCALE default 100000, N_SEQ default 300)
 */
import { performance } from 'node:perf_hooks'
import { startTestPds } from '../test/helpers/harness.ts'

const SCALE = Number(process.env.SCALE ?? 100_000)
const N_SEQ = Number(process.env.N_SEQ ?? 300)
const BATCH = 200

const pct = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number
}
const summary = (xs: number[]) =>
  `p50 ${pct(xs, 50).toFixed(2)} ms, p90 ${pct(xs, 90).toFixed(2)} ms, p99 ${pct(xs, 99).toFixed(2)} ms`
const post = (i: number) => ({
  $type: 'app.bsky.feed.post',
  text: `bench post ${i} ${'x'.repeat(i % 100)}`,
  createdAt: new Date().toISOString(),
})
const like = (did: string, i: number) => ({
  $type: 'app.bsky.feed.like',
  subject: {
    uri: `at://${did}/app.bsky.feed.post/3aaaaaaaaa${i % 10}2`,
    cid: 'bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm',
  },
  createdAt: new Date().toISOString(),
})

async function main() {
  const pds = await startTestPds()
  try {
    const agent = pds.agent()
    await agent.createAccount({
      handle: 'bench.test',
      email: 'bench@example.com',
      password: 'bench-password-123',
    })
    const did = agent.session?.did as string
    const repo = agent.com.atproto.repo

    let records = 0
    const load = async (target: number) => {
      const started = performance.now()
      const before = records
      while (records < target) {
        const n = Math.min(BATCH, target - records)
        await repo.applyWrites({
          repo: did,
          writes: Array.from({ length: n }, (_, i) => ({
            $type: 'com.atproto.repo.applyWrites#create' as const,
            collection: 'app.bsky.feed.like',
            value: like(did, records + i),
          })),
        })
        records += n
      }
      return (records - before) / ((performance.now() - started) / 1000)
    }
    const sequential = async () => {
      const latencies: number[] = []
      for (let i = 0; i < N_SEQ; i++) {
        const t = performance.now()
        await repo.createRecord({ repo: did, collection: 'app.bsky.feed.post', record: post(i) })
        latencies.push(performance.now() - t)
      }
      records += N_SEQ
      return latencies
    }

    await load(1000)
    const small = await sequential()
    console.log(`createRecord at ~1k records (${N_SEQ} sequential): ${summary(small)}`)

    const perSecond = await load(SCALE)
    console.log(`applyWrites bulk load to ${SCALE} records: ${perSecond.toFixed(0)} records/s`)

    const large = await sequential()
    console.log(`createRecord at ~${SCALE} records (${N_SEQ} sequential): ${summary(large)}`)
    console.log(
      `p50 growth 1k -> ${SCALE}: ${((pct(large, 50) / pct(small, 50) - 1) * 100).toFixed(1)}%`,
    )

    const listed = await repo.listRecords({
      repo: did,
      collection: 'app.bsky.feed.post',
      limit: 100,
    })
    const rkeys = listed.data.records.map((r) => r.uri.split('/').pop() as string)
    const reads: number[] = []
    for (let i = 0; i < 1000; i++) {
      const t = performance.now()
      await repo.getRecord({
        repo: did,
        collection: 'app.bsky.feed.post',
        rkey: rkeys[i % rkeys.length] as string,
      })
      reads.push(performance.now() - t)
    }
    console.log(`getRecord (1000 sequential): ${summary(reads)}`)

    const t = performance.now()
    const car = await agent.com.atproto.sync.getRepo({ did })
    const seconds = (performance.now() - t) / 1000
    const mb = car.data.byteLength / 1e6
    console.log(
      `getRepo: ${mb.toFixed(1)} MB in ${(seconds * 1000).toFixed(0)} ms = ${(mb / seconds).toFixed(1)} MB/s`,
    )
  } finally {
    await pds.close()
  }
}

await main()
