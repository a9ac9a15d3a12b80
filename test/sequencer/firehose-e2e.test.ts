import type { AtpAgent } from '@atproto/api'
import { IdResolver } from '@atproto/identity'
import { decode } from '@atproto/lex-cbor'
import { readCarWithRoot } from '@atproto/repo'
import { type Event, Firehose } from '@atproto/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Cid } from '../../src/sequencer/events.ts'
import { startTestPds, type TestPds } from '../helpers/harness.ts'
import { FirehoseClient } from './firehose-client.ts'
import { invertCommit } from './test-repo.ts'

const POST = 'app.bsky.feed.post'
const post = (text: string) => ({ $type: POST, text, createdAt: new Date().toISOString() })

interface ExpectedOp {
  event: string
  uri: string
  cid: string | null
}

describe('firehose end to end (writes over HTTP, official consumers)', () => {
  let pds: TestPds
  let agent: AtpAgent
  let did: string
  beforeAll(async () => {
    pds = await startTestPds()
    agent = pds.agent()
    await agent.createAccount({
      handle: 'alice.test',
      email: 'alice@example.com',
      password: 'alice-password-1234',
    })
    did = agent.assertDid
  })
  afterAll(async () => {
    await pds.close()
  })

  /** createRecord/putRecord/deleteRecord/applyWrites, returning the ops the firehose must carry. */
  async function writeMix(): Promise<ExpectedOp[]> {
    const expected: ExpectedOp[] = []
    const repo = agent.com.atproto.repo
    const uris: string[] = []
    for (let i = 0; i < 8; i++) {
      const res = await repo.createRecord({ repo: did, collection: POST, record: post(`p${i}`) })
      uris.push(res.data.uri)
      expected.push({ event: 'create', uri: res.data.uri, cid: res.data.cid })
    }
    const rkey = (uri: string | undefined) => uri?.split('/').pop() ?? ''
    const updated = await repo.putRecord({
      repo: did,
      collection: POST,
      rkey: rkey(uris[0]),
      record: post('edited'),
    })
    expected.push({ event: 'update', uri: updated.data.uri, cid: updated.data.cid })
    await repo.deleteRecord({ repo: did, collection: POST, rkey: rkey(uris[1]) })
    expected.push({ event: 'delete', uri: uris[1] ?? '', cid: null })
    const batch = await repo.applyWrites({
      repo: did,
      writes: [
        { $type: 'com.atproto.repo.applyWrites#create', collection: POST, value: post('b') },
        {
          $type: 'com.atproto.repo.applyWrites#update',
          collection: POST,
          rkey: rkey(uris[2]),
          value: post('b-edit'),
        },
        { $type: 'com.atproto.repo.applyWrites#delete', collection: POST, rkey: rkey(uris[3]) },
      ],
    })
    const results = (batch.data.results ?? []) as Array<{ uri?: string; cid?: string }>
    expected.push({ event: 'create', uri: results[0]?.uri ?? '', cid: results[0]?.cid ?? null })
    expected.push({ event: 'update', uri: results[1]?.uri ?? '', cid: results[1]?.cid ?? null })
    expected.push({ event: 'delete', uri: uris[3] ?? '', cid: null })
    return expected
  }

  it('the @atproto/sync consumer with full verification receives every op', async () => {
    const start = pds.ctx.sequencer.head()
    const expected = await writeMix()
    const received: Event[] = []
    const errors: Error[] = []
    let done: () => void = () => undefined
    const allIn = new Promise<void>((resolve) => (done = resolve))
    const isOp = (e: Event) => e.event === 'create' || e.event === 'update' || e.event === 'delete'
    const firehose = new Firehose({
      service: pds.url.replace(/^http/, 'ws'),
      // The library's default fetch refuses loopback addresses; the test PLC is on localhost.
      idResolver: new IdResolver({ plcUrl: pds.plc.url, fetch: globalThis.fetch }),
      getCursor: () => start,
      handleEvent: (evt) => {
        received.push(evt)
        if (received.filter(isOp).length === expected.length) done()
      },
      onError: (err) => errors.push(err),
    })
    void firehose.start()
    await allIn
    await firehose.destroy()
    expect(errors).toEqual([])
    expect(
      received.filter(isOp).map((e) => ({
        event: e.event,
        uri: 'uri' in e ? e.uri.toString() : '',
        cid: 'cid' in e && e.cid ? e.cid.toString() : null,
      })),
    ).toEqual(expected)
  })

  it('every #commit inverts to its prevData, and prevData/since chain to the previous commit', async () => {
    await writeMix()
    const client = new FirehoseClient(pds.url, 0)
    const head = pds.ctx.sequencer.head()
    await client.until(() => client.seqs().at(-1) === head)
    await client.close()
    const commits = client.messages.filter((m) => m.type === '#commit')
    expect(commits.length).toBeGreaterThan(20)
    let previous: { rev: string; data: Cid } | undefined
    for (const { body } of commits) {
      const evt = body as Parameters<typeof invertCommit>[0] & {
        rev: string
        since: string | null
        prevData?: Cid
      }
      const { root, blocks } = await readCarWithRoot(evt.blocks)
      const data = (decode(blocks.get(root) as Uint8Array) as { data: Cid }).data
      if (previous) {
        expect(evt.since).toBe(previous.rev)
        expect(evt.prevData?.equals(previous.data)).toBe(true)
        expect((await invertCommit(evt)).equals(previous.data)).toBe(true)
      } else {
        expect(evt.since).toBeNull()
      }
      previous = { rev: evt.rev, data }
    }
  })

  it('a subscriber reconnecting with its last cursor receives exactly the missed events', async () => {
    const first = new FirehoseClient(pds.url, pds.ctx.sequencer.head())
    await agent.com.atproto.repo.createRecord({ repo: did, collection: POST, record: post('a') })
    await first.until(() => first.seqs().length === 1)
    await first.close()
    const cursor = first.seqs()[0] as number
    const missed: string[] = []
    for (let i = 0; i < 5; i++) {
      const res = await agent.com.atproto.repo.createRecord({
        repo: did,
        collection: POST,
        record: post(`missed ${i}`),
      })
      missed.push(res.data.commit?.rev ?? '')
    }
    const again = new FirehoseClient(pds.url, cursor)
    await again.until(() => again.seqs().length === 5)
    await again.close()
    expect(again.seqs()).toEqual([1, 2, 3, 4, 5].map((n) => cursor + n))
    expect(again.messages.map((m) => m.body.rev)).toEqual(missed)
  })

  it('two hundred writes reach ten subscribers with nothing lost', async () => {
    const start = pds.ctx.sequencer.head()
    const clients = Array.from({ length: 10 }, () => new FirehoseClient(pds.url, start))
    const revs: string[] = []
    for (let i = 0; i < 200; i++) {
      const res = await agent.com.atproto.repo.createRecord({
        repo: did,
        collection: POST,
        record: post(`bulk ${i}`),
      })
      revs.push(res.data.commit?.rev ?? '')
    }
    for (const client of clients) {
      await client.until(() => client.seqs().length >= 200)
      await client.close()
      expect(client.messages.map((m) => m.body.rev)).toEqual(revs)
      expect(client.seqs()).toEqual(revs.map((_, i) => start + 1 + i))
    }
  })
})
