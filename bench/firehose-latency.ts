/**
 * Firehose latency: how long from a write until a live subscribeRepos subscriber holds its event.
 *   1. sequencer append -> event, with 1 and 10 subscribers (commits built with @atproto/repo);
 *   2. createRecord over HTTP -> its #commit event (the reference bench's "write-to-event").
 * Run: node --import tsx bench/firehose-latency.ts   (N=writes per case, default 300)
 */
import { performance } from 'node:perf_hooks'
import { Frame, MessageFrame } from '@atproto/xrpc-server'
import WebSocket from 'ws'
import { startTestPds, type TestPds } from '../test/helpers/harness.ts'
import { TestRepo } from '../test/sequencer/test-repo.ts'

const N = Number(process.env.N ?? 300)
const COLL = 'com.example.bench' as const

/** A live subscriber that resolves a waiter when the event with a given seq (or commit rev) arrives. */
class Subscriber {
  private readonly waiting = new Map<string, () => void>()
  private readonly arrived = new Set<string>()
  readonly ws: WebSocket

  constructor(url: string) {
    this.ws = new WebSocket(`${url.replace(/^http/, 'ws')}/xrpc/com.atproto.sync.subscribeRepos`)
    this.ws.on('message', (data: Buffer) => {
      const frame = Frame.fromBytes(data)
      if (!(frame instanceof MessageFrame) || frame.type !== '#commit') return
      const rev = (frame.body as { rev: string }).rev
      const wake = this.waiting.get(rev)
      if (wake) wake()
      else this.arrived.add(rev)
    })
  }

  opened(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.ws.once('open', () => resolve())
      this.ws.once('error', reject)
    })
  }

  /** Resolves when the commit with this rev has arrived (or at once if it already has). */
  commit(rev: string): Promise<void> {
    if (this.arrived.delete(rev)) return Promise.resolve()
    return new Promise((resolve) =>
      this.waiting.set(rev, () => {
        this.waiting.delete(rev)
        resolve()
      }),
    )
  }
}

function stats(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
  const fmt = (n: number) => n.toFixed(2).padStart(8)
  return `p50 ${fmt(at(0.5))} ms  p95 ${fmt(at(0.95))} ms  p99 ${fmt(at(0.99))} ms  max ${fmt(sorted.at(-1) ?? 0)} ms`
}

async function subscribers(pds: TestPds, count: number): Promise<Subscriber[]> {
  const subs = Array.from({ length: count }, () => new Subscriber(pds.url))
  await Promise.all(subs.map((s) => s.opened()))
  while (pds.ctx.sequencer.subscriberCount < count) await new Promise((r) => setTimeout(r, 5))
  return subs
}

async function sequencerToEvent(pds: TestPds, count: number): Promise<string> {
  const { repo } = await TestRepo.create(`did:plc:firehosebench${count}`.padEnd(32, '0'))
  const subs = await subscribers(pds, count)
  const samples: number[] = []
  for (let i = 0; i < N; i++) {
    const { commit, ops } = await repo.create(COLL, `r${i}`, { $type: COLL, i })
    const t0 = performance.now()
    await pds.ctx.sequencer.sequenceCommit(repo.did, commit, ops)
    await Promise.all(subs.map((s) => s.commit(commit.rev)))
    samples.push(performance.now() - t0)
  }
  for (const s of subs) s.ws.close()
  return stats(samples)
}

async function createRecordToEvent(pds: TestPds): Promise<string> {
  const agent = pds.agent()
  await agent.createAccount({
    handle: 'bench.test',
    email: 'bench@example.com',
    password: 'bench-password-1234',
  })
  const [sub] = await subscribers(pds, 1)
  const samples: number[] = []
  for (let i = 0; i < N; i++) {
    const t0 = performance.now()
    const res = await agent.com.atproto.repo.createRecord({
      repo: agent.assertDid,
      collection: 'app.bsky.feed.post',
      record: {
        $type: 'app.bsky.feed.post',
        text: `post ${i}`,
        createdAt: new Date().toISOString(),
      },
    })
    await sub?.commit(res.data.commit?.rev ?? '')
    samples.push(performance.now() - t0)
  }
  sub?.ws.close()
  return stats(samples)
}

const pds = await startTestPds()
try {
  console.log(`firehose latency, ${N} writes per case`)
  console.log(`  append -> event, 1 subscriber:    ${await sequencerToEvent(pds, 1)}`)
  console.log(`  append -> event, 10 subscribers:  ${await sequencerToEvent(pds, 10)}`)
  console.log(`  createRecord -> event (HTTP):     ${await createRecordToEvent(pds)}`)
} finally {
  await pds.close()
}
