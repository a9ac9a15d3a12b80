import { WriteOpAction } from '@atproto/repo'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config.ts'
import { openSqlite } from '../../src/db/sqlite.ts'
import type { Cid } from '../../src/sequencer/events.ts'
import { createUser } from '../account/helpers.ts'
import { startTestPds, startTestPlc, type TestPds, type TestPlc } from '../helpers/harness.ts'
import { FirehoseClient } from './firehose-client.ts'
import { invertCommit, TestRepo } from './test-repo.ts'

const COLL = 'com.example.record' as const

let plc: TestPlc
let didCounter = 0
const newDid = () => `did:plc:tempestseqtest${String(++didCounter).padStart(10, '0')}`

beforeAll(async () => {
  plc = await startTestPlc()
})
afterAll(async () => {
  await plc.close()
})

/** Sequences a fresh repo's genesis (#identity, #account, #commit, #sync) and returns the repo. */
async function newRepo(pds: TestPds): Promise<TestRepo> {
  const { repo, genesis } = await TestRepo.create(newDid())
  const seq = pds.ctx.sequencer
  await seq.sequenceIdentity(repo.did, 'alice.test')
  await seq.sequenceAccount(repo.did, true)
  await seq.sequenceCommit(repo.did, genesis.commit, genesis.ops)
  await seq.sequenceSync(repo.did, genesis.commit)
  return repo
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i)
}

describe('sequencer and subscribeRepos', () => {
  let pds: TestPds
  beforeAll(async () => {
    pds = await startTestPds({ plc })
  })
  afterAll(async () => {
    await pds.close()
  })

  it('appends each event durably before any subscriber sees it, in call order', async () => {
    const reader = openSqlite(pds.ctx.dataDir.sequencerDb, { readonly: true })
    const seenInLog: boolean[] = []
    const unsubscribe = pds.ctx.sequencer.subscribe((evt) => {
      seenInLog.push(
        reader.prepare('SELECT 1 FROM repo_seq WHERE seq = ?').get(evt.seq) !== undefined,
      )
    })
    const { repo, genesis } = await TestRepo.create(newDid())
    const writes = await repo.create(COLL, 'a', { $type: COLL, n: 1 })
    // A commit (async CAR building) started first must still be appended first.
    const seqs = await Promise.all([
      pds.ctx.sequencer.sequenceCommit(repo.did, genesis.commit, genesis.ops),
      pds.ctx.sequencer.sequenceIdentity(repo.did),
      pds.ctx.sequencer.sequenceCommit(repo.did, writes.commit, writes.ops),
      pds.ctx.sequencer.sequenceAccount(repo.did, false, 'deactivated'),
    ])
    unsubscribe()
    reader.close()
    expect(seqs).toEqual(range(seqs[0] as number, (seqs[0] as number) + 3))
    expect(seenInLog).toEqual([true, true, true, true])
    expect(pds.ctx.sequencer.head()).toBe(seqs[3])
  })

  it('encodes #identity, #account, #commit and #sync as the lexicon defines them', async () => {
    const start = pds.ctx.sequencer.head()
    const { repo, genesis } = await TestRepo.create(newDid())
    const seq = pds.ctx.sequencer
    await seq.sequenceIdentity(repo.did, 'bob.test')
    await seq.sequenceIdentity(repo.did)
    await seq.sequenceAccount(repo.did, true, 'takendown')
    await seq.sequenceAccount(repo.did, false, 'takendown')
    await seq.sequenceCommit(repo.did, genesis.commit, genesis.ops)
    await seq.sequenceSync(repo.did, genesis.commit)
    const write = await repo.create(COLL, 'r1', { $type: COLL, text: 'hi' })
    await seq.sequenceCommit(repo.did, write.commit, write.ops)

    const client = new FirehoseClient(pds.url, start)
    await client.until(() => client.messages.length === 7)
    await client.close()
    const [idWithHandle, idBare, active, takendown, genesisEvt, sync, commit] = client.messages
    const time = expect.stringMatching(/^\d{4}-\d\d-\d\dT/)
    expect(idWithHandle).toEqual({
      type: '#identity',
      body: { seq: start + 1, time, did: repo.did, handle: 'bob.test' },
    })
    expect(idBare?.body).toEqual({ seq: start + 2, time, did: repo.did })
    // status only qualifies an inactive account
    expect(active).toEqual({
      type: '#account',
      body: { seq: start + 3, time, did: repo.did, active: true },
    })
    expect(takendown?.body).toMatchObject({ active: false, status: 'takendown' })
    expect(genesisEvt?.body).not.toHaveProperty('prevData')
    expect(sync?.type).toBe('#sync')
    expect(Object.keys(sync?.body ?? {}).sort()).toEqual(['blocks', 'did', 'rev', 'seq', 'time'])
    expect(sync?.body.rev).toBe(genesis.commit.rev)
    expect(commit?.type).toBe('#commit')
    expect(commit?.body).toMatchObject({
      seq: start + 7,
      repo: repo.did,
      rev: write.commit.rev,
      since: genesis.commit.rev,
      rebase: false,
      tooBig: false,
      blobs: [],
      ops: [{ action: 'create', path: `${COLL}/r1`, cid: write.ops[0]?.cid }],
    })
    expect((commit?.body.commit as Cid).equals(write.commit.cid)).toBe(true)
    expect((commit?.body.prevData as Cid).equals(write.commit.prevData as Cid)).toBe(true)
    expect(commit?.body.ops).toEqual([expect.not.objectContaining({ prev: expect.anything() })])
  })

  it('carries the blocks needed to invert every op back to prevData', async () => {
    const repo = await newRepo(pds)
    const start = pds.ctx.sequencer.head()
    const seq = pds.ctx.sequencer
    const commits = []
    // Enough records for a multi-level MST, then updates, deletes and a mixed batch.
    for (let i = 0; i < 60; i++) {
      commits.push(await repo.create(COLL, `k${String(i).padStart(3, '0')}`, { $type: COLL, i }))
    }
    commits.push(await repo.update(COLL, 'k007', { $type: COLL, i: 'changed' }))
    commits.push(await repo.delete(COLL, 'k031'))
    commits.push(
      await repo.write([
        { action: WriteOpAction.Create, collection: COLL, rkey: 'z1', record: { $type: COLL } },
        { action: WriteOpAction.Update, collection: COLL, rkey: 'k008', record: { $type: COLL } },
        { action: WriteOpAction.Delete, collection: COLL, rkey: 'k050' },
      ]),
    )
    for (const c of commits) await seq.sequenceCommit(repo.did, c.commit, c.ops)

    const client = new FirehoseClient(pds.url, start)
    await client.until(() => client.messages.length === commits.length)
    await client.close()
    for (const [i, msg] of client.messages.entries()) {
      const body = msg.body as Parameters<typeof invertCommit>[0] & { prevData: Cid }
      const inverted = await invertCommit(body)
      expect(inverted.equals(body.prevData), `commit ${i} inverts to prevData`).toBe(true)
    }
    const last = client.messages.at(-1)?.body.ops as Array<{ action: string; prev?: Cid }>
    expect(last.map((op) => [op.action, op.prev !== undefined])).toEqual([
      ['create', false],
      ['update', true],
      ['delete', true],
    ])
  })

  it('replays from a cursor and reconnecting with the last cursor yields exactly the missed events', async () => {
    const repo = await newRepo(pds)
    const first = new FirehoseClient(pds.url, 0)
    await first.until(() => first.seqs().at(-1) === pds.ctx.sequencer.head())
    expect(first.seqs()).toEqual(range(1, pds.ctx.sequencer.head()))
    await first.close()
    const lastCursor = first.seqs().at(-1) as number

    for (let i = 0; i < 5; i++)
      await repo
        .create(COLL, `m${i}`, { $type: COLL })
        .then((c) => pds.ctx.sequencer.sequenceCommit(repo.did, c.commit, c.ops))
    const again = new FirehoseClient(pds.url, lastCursor)
    await again.until(() => again.seqs().length === 5)
    await pds.ctx.sequencer.sequenceIdentity(repo.did)
    await again.until(() => again.seqs().length === 6)
    await again.close()
    expect(again.seqs()).toEqual(range(lastCursor + 1, lastCursor + 6))
  })

  it('cuts over from replay to live without gaps or duplicates while writes continue', async () => {
    const repo = await newRepo(pds)
    const writer = (async () => {
      for (let i = 0; i < 250; i++) await pds.ctx.sequencer.sequenceIdentity(repo.did, `h${i}.test`)
    })()
    // Connect while the writer is mid-way, replaying the whole log and then following it live.
    await pds.ctx.sequencer.sequenceIdentity(repo.did)
    const client = new FirehoseClient(pds.url, 0)
    await writer
    const head = pds.ctx.sequencer.head()
    await client.until(() => client.seqs().at(-1) === head)
    await client.close()
    expect(client.seqs()).toEqual(range(1, head))
  })

  it('without a cursor, streams only new events', async () => {
    const repo = await newRepo(pds)
    const client = new FirehoseClient(pds.url)
    await new Promise((resolve) => client.ws.once('open', resolve))
    await waitFor(() => pds.ctx.sequencer.subscriberCount === 1)
    const seq = await pds.ctx.sequencer.sequenceIdentity(repo.did)
    await client.until(() => client.seqs().length === 1)
    await client.close()
    expect(client.seqs()).toEqual([seq])
  })

  it('answers a cursor in the future with a FutureCursor error frame and closes', async () => {
    const client = new FirehoseClient(pds.url, pds.ctx.sequencer.head() + 1)
    const closed = await client.closed
    expect(client.errors).toEqual([{ error: 'FutureCursor', message: 'Cursor in the future.' }])
    expect(client.messages).toEqual([])
    expect(closed.code).toBe(1008)
  })

  it('delivers 200 writes to 10 concurrent subscribers without losing any', async () => {
    const repo = await newRepo(pds)
    const start = pds.ctx.sequencer.head()
    const clients = Array.from({ length: 10 }, () => new FirehoseClient(pds.url, start))
    for (let i = 0; i < 200; i++) {
      const c = await repo.create(COLL, `w${String(i).padStart(3, '0')}`, { $type: COLL, i })
      await pds.ctx.sequencer.sequenceCommit(repo.did, c.commit, c.ops)
    }
    const expected = range(start + 1, start + 200)
    for (const client of clients) {
      await client.until(() => client.seqs().length >= 200)
      expect(client.seqs()).toEqual(expected)
      await client.close()
    }
  })

  it('removes a deleted account’s earlier events from the log', async () => {
    const repo = await newRepo(pds)
    const other = await newRepo(pds)
    const deletedAt = await pds.ctx.sequencer.sequenceAccount(repo.did, false, 'deleted')
    const dids = pds.ctx.sequencer.readAfter(0, 1_000_000).filter((e) => e.did === repo.did)
    expect(dids.map((e) => e.seq)).toEqual([deletedAt])
    expect(pds.ctx.sequencer.readAfter(0, 1_000_000).some((e) => e.did === other.did)).toBe(true)
  })
})

describe('retention', () => {
  it('trims old events and sends #info OutdatedCursor, then continues from the oldest retained', async () => {
    const pds = await startTestPds({ plc, env: { TEMPEST_SEQUENCER_RETAIN_HOURS: '1' } })
    try {
      const repo = await newRepo(pds)
      const seq = pds.ctx.sequencer
      const old = await seq.sequenceIdentity(repo.did)
      await new Promise((resolve) => setTimeout(resolve, 5))
      const cutoff = Date.now()
      await new Promise((resolve) => setTimeout(resolve, 5))
      const kept = [await seq.sequenceIdentity(repo.did), await seq.sequenceIdentity(repo.did)]
      // An hour from the cutoff, everything sequenced before it has left the window.
      expect(seq.trim(cutoff + 3600_000)).toBe(old)

      const outdated = new FirehoseClient(pds.url, 1)
      await outdated.until(() => outdated.seqs().length === 2)
      await outdated.close()
      expect(outdated.messages[0]).toEqual({
        type: '#info',
        body: {
          name: 'OutdatedCursor',
          message: 'Requested cursor exceeded limit. Possibly missing events',
        },
      })
      expect(outdated.seqs()).toEqual(kept)

      // A cursor at the trim point has missed nothing.
      const current = new FirehoseClient(pds.url, old)
      await current.until(() => current.seqs().length === 2)
      await current.close()
      expect(current.messages.map((m) => m.type)).toEqual(['#identity', '#identity'])
    } finally {
      await pds.close()
    }
  })

  it('keeps seqs, the head and the trim point across a restart', async () => {
    const first = await startTestPds({ plc })
    const dataDir = first.dataDir
    const repo = await newRepo(first)
    const head = first.ctx.sequencer.head()
    first.ctx.sequencer.trim(Date.now() + 1000 * 3600_000)
    await first.server.close()
    const second = await startTestPds({ plc, dataDir })
    try {
      expect(second.ctx.sequencer.head()).toBe(head)
      expect(second.ctx.sequencer.trimmedThrough()).toBe(head)
      expect(await second.ctx.sequencer.sequenceIdentity(repo.did)).toBe(head + 1)
    } finally {
      await second.close()
      const { rm } = await import('node:fs/promises')
      await rm(dataDir, { recursive: true, force: true })
    }
  })

  it('validates TEMPEST_SEQUENCER_RETAIN_HOURS and TEMPEST_FIREHOSE_BUFFER', () => {
    expect(() => loadConfig({ TEMPEST_SEQUENCER_RETAIN_HOURS: '0' }, 't')).toThrow(
      /TEMPEST_SEQUENCER_RETAIN_HOURS/,
    )
    expect(() => loadConfig({ TEMPEST_FIREHOSE_BUFFER: 'lots' }, 't')).toThrow(
      /TEMPEST_FIREHOSE_BUFFER/,
    )
    expect(loadConfig({}, 't')).toMatchObject({ sequencerRetainHours: 72, firehoseBuffer: 500 })
  })
})

describe('slow consumers', () => {
  it('disconnects a subscriber that stops reading with ConsumerTooSlow', async () => {
    const pds = await startTestPds({ plc, env: { TEMPEST_FIREHOSE_BUFFER: '4' } })
    try {
      const repo = await newRepo(pds)
      const start = pds.ctx.sequencer.head()
      const client = new FirehoseClient(pds.url, start)
      await waitFor(() => pds.ctx.sequencer.subscriberCount === 1)
      client.ws.pause()
      // Large events fill the socket buffers, then the subscriber's own buffer of 4.
      const big = new Uint8Array(256 * 1024).fill(7)
      for (let i = 0; i < 400 && pds.ctx.sequencer.subscriberCount > 0; i++) {
        const c = await repo.create(COLL, `big${i}`, { $type: COLL, big })
        await pds.ctx.sequencer.sequenceCommit(repo.did, c.commit, c.ops)
      }
      expect(pds.ctx.sequencer.subscriberCount).toBe(0)
      const head = pds.ctx.sequencer.head()
      client.ws.resume()
      const closed = await client.closed
      expect(client.errors).toEqual([
        { error: 'ConsumerTooSlow', message: expect.stringContaining('too slow') },
      ])
      expect(closed.code).toBe(1008)
      // Whatever it did get is a gap-free prefix of the stream.
      const got = client.seqs()
      expect(got).toEqual(range(start + 1, start + got.length))
      expect(got.length).toBeLessThan(head - start)
      // Writes carried on regardless.
      expect(await pds.ctx.sequencer.sequenceIdentity(repo.did)).toBe(head + 1)
    } finally {
      await pds.close()
    }
  })
})

describe('subscriber memory', () => {
  it('drops a stuck subscriber before it holds more than TEMPEST_FIREHOSE_BUFFER_BYTES', async () => {
    const bound = 1024 * 1024
    const pds = await startTestPds({ plc, env: { TEMPEST_FIREHOSE_BUFFER_BYTES: String(bound) } })
    try {
      const user = await createUser(pds, 'heavy')
      const start = pds.ctx.sequencer.head()
      const stuck = new FirehoseClient(pds.url, start)
      const normal = new FirehoseClient(pds.url, start)
      await waitFor(() => pds.ctx.sequencer.subscriberCount === 2)
      stuck.ws.pause()
      // applyWrites batches of ~130 kB events (the event count bound of 500 is never reached).
      let largest = 0
      for (let i = 0; i < 120 && pds.ctx.sequencer.subscriberCount > 1; i++) {
        await user.agent.com.atproto.repo.applyWrites({
          repo: user.did,
          writes: Array.from({ length: 10 }, (_, j) => ({
            $type: 'com.atproto.repo.applyWrites#create' as const,
            collection: 'com.example.item',
            value: { $type: 'com.example.item', n: j, pad: `${i}`.repeat(12_000).slice(0, 12_000) },
          })),
        })
        // A buffer only grows inside an append, which has finished when the write is answered.
        largest = Math.max(largest, pds.ctx.sequencer.subscriberBufferedBytes().largest)
        expect(largest).toBeLessThanOrEqual(bound)
      }
      expect(pds.ctx.sequencer.subscriberCount).toBe(1)
      // It did fill up to near the bound before being cut off (one event short of it).
      expect(largest).toBeGreaterThan(bound / 2)
      // It was cut off by bytes, not by the event count.
      expect(pds.ctx.sequencer.head() - start).toBeLessThan(500)
      const head = pds.ctx.sequencer.head()
      await normal.until(() => normal.seqs().at(-1) === head)
      expect(normal.seqs()).toEqual(range(start + 1, head))
      expect(normal.errors).toEqual([])
      stuck.ws.resume()
      await stuck.closed
      expect(stuck.errors).toEqual([
        { error: 'ConsumerTooSlow', message: expect.stringContaining(`${bound} bytes`) },
      ])
      await normal.close()
    } finally {
      await pds.close()
    }
  })
})

async function waitFor(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !cond(); i++) await new Promise((r) => setTimeout(r, 10))
  if (!cond()) throw new Error('condition not reached')
}
