import Database from 'better-sqlite3'
import { decodeCid, parseCid, type Cid } from '@atproto/lex-data'
import {
  concatBytesAsync,
  def,
  MemoryBlockstore,
  MST,
  readCarWithRoot,
  verifyProofs,
  verifyRepoCar,
  writeCarStream,
} from '@atproto/repo'
import { CarReader } from '@ipld/car'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { repoFilePath } from '../../src/repo/repo-file.ts'
import { create, del, invertOps, post, repoFixture, update } from './helpers.ts'

const DID = 'did:plc:writertest000000000000000'
const POST = 'app.bsky.feed.post'

let fx: Awaited<ReturnType<typeof repoFixture>>

beforeEach(async () => {
  fx = await repoFixture()
  await fx.repos.createRepo(DID, fx.key)
})
afterEach(() => fx.close())

async function carOf(did: string, since?: string): Promise<Uint8Array> {
  return concatBytesAsync(fx.repos.exportCar(did, since).car)
}

async function* asAsync<T>(items: Iterable<T>): AsyncGenerator<T> {
  yield* items
}

function errorName(err: unknown): string | undefined {
  return (err as { error?: string }).error
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection')
    },
    (err: unknown) => err,
  )
}

describe('commit writer', () => {
  it('creates a signed empty repo that verifies, and refuses a second one', async () => {
    const verified = await verifyRepoCar(await carOf(DID), DID, fx.key.did())
    expect(verified.creates).toEqual([])
    expect(errorName(await rejection(fx.repos.createRepo(DID, fx.key)))).toBe('InvalidRequest')
  })

  it('writes records, indexes them and keeps the MST equal to one built from scratch', async () => {
    const writes = await Promise.all(
      Array.from({ length: 40 }, (_, i) => create(POST, post(`post ${i}`))),
    )
    for (let i = 0; i < writes.length; i += 10) {
      await fx.repos.applyWrites(DID, writes.slice(i, i + 10))
    }
    await fx.repos.applyWrites(DID, [await create('com.example.thing', { n: 1 }, { rkey: 'self' })])
    expect(fx.repos.collections(DID)).toEqual(['app.bsky.feed.post', 'com.example.thing'])
    expect(fx.repos.recordCount(DID)).toBe(41)

    const car = await carOf(DID)
    const verified = await verifyRepoCar(car, DID, fx.key.did())
    expect(verified.creates).toHaveLength(41)
    // Rebuilding the tree from the CAR's leaves gives the commit's data root.
    const { root, blocks } = await readCarWithRoot(car)
    const storage = new MemoryBlockstore(blocks)
    let rebuilt = await MST.create(new MemoryBlockstore())
    for (const c of verified.creates)
      rebuilt = await rebuilt.add(`${c.collection}/${c.rkey}`, c.cid)
    const commit = await storage.readObj(root, def.commit)
    expect((await rebuilt.getPointer()).equals(commit.data)).toBe(true)
  })

  it('updates the MST incrementally: a write to a large repo touches only its path', async () => {
    const writes = await Promise.all(
      Array.from({ length: 600 }, (_, i) => create(POST, post(`bulk ${i}`))),
    )
    for (let i = 0; i < writes.length; i += 200) {
      await fx.repos.applyWrites(DID, writes.slice(i, i + 200))
    }
    const result = await fx.repos.applyWrites(DID, [await create(POST, post('one more'))])
    // New blocks: the record, the commit and the rewritten nodes on one root-to-leaf path (the
    // tree of ~600 records is a handful of layers deep); removed: the nodes they replace.
    expect(result.commit.newBlocks.size).toBeLessThanOrEqual(10)
    expect(result.commit.removedCids.size()).toBeLessThanOrEqual(10)
  })

  it('keeps committing correctly after its in-memory tree is dropped (every 2,000 writes)', async () => {
    const writes = await Promise.all(
      Array.from({ length: 2200 }, (_, i) => create(POST, post(`many ${i}`))),
    )
    for (let i = 0; i < writes.length; i += 200) {
      await fx.repos.applyWrites(DID, writes.slice(i, i + 200))
    }
    // Past the bound the next commits start from the stored root: touch the oldest records too.
    const first = writes[0] as (typeof writes)[number]
    await fx.repos.applyWrites(DID, [await update(POST, first.rkey, post('edited'))])
    await fx.repos.applyWrites(DID, [del(POST, (writes[1] as (typeof writes)[number]).rkey)])
    await fx.repos.applyWrites(DID, [await create(POST, post('after'))])

    const car = await carOf(DID)
    const verified = await verifyRepoCar(car, DID, fx.key.did())
    expect(verified.creates).toHaveLength(2200)
    const { root, blocks } = await readCarWithRoot(car)
    let rebuilt = await MST.create(new MemoryBlockstore())
    for (const c of verified.creates)
      rebuilt = await rebuilt.add(`${c.collection}/${c.rkey}`, c.cid)
    const commit = await new MemoryBlockstore(blocks).readObj(root, def.commit)
    expect((await rebuilt.getPointer()).equals(commit.data)).toBe(true)
  })

  it('reports ops with prev CIDs whose inversion over the commit blocks gives prevData', async () => {
    const a = await create(POST, post('a'), { rkey: '3jzfcijpj2z2a' })
    const b = await create(POST, post('b'), { rkey: '3jzfcijpj2z2b' })
    await fx.repos.applyWrites(DID, [a, b])
    for (let i = 0; i < 30; i++) await fx.repos.applyWrites(DID, [await create(POST, post(`${i}`))])
    const result = await fx.repos.applyWrites(DID, [
      await update(POST, '3jzfcijpj2z2a', post('a2')),
      del(POST, '3jzfcijpj2z2b'),
      await create(POST, post('c')),
    ])
    expect(result.ops.map((o) => o.action)).toEqual(['update', 'delete', 'create'])
    expect(result.ops[0]?.prev?.toString()).toBe((a as { cid: Cid }).cid.toString())
    expect(result.ops[1]?.cid).toBeNull()
    expect(result.commit.prevData).not.toBeNull()
    const sequenced = await fx.sequenced()
    for (const call of sequenced) {
      const inverted = await invertOps(call.commit, call.ops)
      expect(inverted.equals(call.commit.prevData as Cid)).toBe(true)
    }
    const last = sequenced.at(-1)
    expect(last?.commit.cid.equals(result.commit.cid)).toBe(true)
    expect(last?.commit.since).toBe(sequenced.at(-2)?.commit.rev)
  })

  it('reads records by path, pinned CID, and lists them with cursor, limit and reverse', async () => {
    const rkeys = ['3jzfcijpj2z2a', '3jzfcijpj2z2b', '3jzfcijpj2z2c', '3jzfcijpj2z2d']
    await fx.repos.applyWrites(
      DID,
      await Promise.all(rkeys.map((rkey) => create(POST, post(rkey), { rkey }))),
    )
    const got = fx.repos.getRecord(DID, POST, rkeys[1] as string)
    expect(got?.value.text).toBe(rkeys[1])
    expect(fx.repos.getRecord(DID, POST, rkeys[1] as string, got?.cid)).not.toBeNull()
    const other = parseCid('bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm')
    expect(fx.repos.getRecord(DID, POST, rkeys[1] as string, other)).toBeNull()
    expect(fx.repos.getRecord(DID, POST, 'nope')).toBeNull()

    const page1 = fx.repos.listRecords(DID, POST, { limit: 3 })
    expect(page1.map((r) => r.rkey)).toEqual(['3jzfcijpj2z2d', '3jzfcijpj2z2c', '3jzfcijpj2z2b'])
    const page2 = fx.repos.listRecords(DID, POST, { limit: 3, cursor: page1.at(-1)?.rkey })
    expect(page2.map((r) => r.rkey)).toEqual(['3jzfcijpj2z2a'])
    const asc = fx.repos.listRecords(DID, POST, { limit: 2, reverse: true })
    expect(asc.map((r) => r.rkey)).toEqual(['3jzfcijpj2z2a', '3jzfcijpj2z2b'])
  })

  it('serialises concurrent writes into a chain of commits', async () => {
    const writes = await Promise.all(
      Array.from({ length: 20 }, (_, i) => create(POST, post(`${i}`))),
    )
    await Promise.all(writes.map((w) => fx.repos.applyWrites(DID, [w])))
    expect(fx.repos.recordCount(DID)).toBe(20)
    const sequenced = await fx.sequenced()
    expect(sequenced).toHaveLength(20)
    for (let i = 1; i < sequenced.length; i++) {
      const prev = sequenced[i - 1]?.commit
      const cur = sequenced[i]?.commit
      expect(cur?.since).toBe(prev?.rev)
      expect((cur?.rev ?? '') > (prev?.rev ?? '')).toBe(true)
    }
    await verifyRepoCar(await carOf(DID), DID, fx.key.did())
  })

  it('removes a drained event from the outbox with the next write, never announcing it twice', async () => {
    const outbox = () => {
      const db = new Database(repoFilePath(fx.dir, DID), { readonly: true })
      try {
        return db.prepare('SELECT token FROM event_outbox ORDER BY id').all() as {
          token: Uint8Array
        }[]
      } finally {
        db.close()
      }
    }
    await fx.repos.applyWrites(DID, [await create(POST, post('one'))])
    // Until it is appended after the response, the event is only in the outbox.
    expect(fx.sequencer.lastDrainedToken(DID)).toBeNull()
    await fx.sequencer.flushed()
    // The first commit's event is in the log and waits in the outbox for the next write.
    const [waiting] = outbox()
    expect(outbox()).toHaveLength(1)
    expect(Buffer.from(waiting?.token ?? [])).toEqual(
      Buffer.from(fx.sequencer.lastDrainedToken(DID) ?? []),
    )
    await fx.repos.applyWrites(DID, [await create(POST, post('two'))])
    await fx.sequencer.flushed()
    const [next] = outbox()
    expect(outbox()).toHaveLength(1)
    expect(Buffer.from(next?.token ?? [])).not.toEqual(Buffer.from(waiting?.token ?? []))

    // A store closed before its next write (a restart) leaves the drained row; the next drain
    // recognises its token and only removes it.
    fx.stores.closeAll()
    await fx.repos.applyWrites(DID, [await create(POST, post('three'))])
    await fx.sequencer.flushed()
    expect(outbox()).toHaveLength(1)
    const sequenced = await fx.sequenced()
    expect(sequenced.map((s) => s.commit.rev)).toEqual([
      ...new Set(sequenced.map((s) => s.commit.rev)),
    ])
    expect(sequenced).toHaveLength(3)
    expect(fx.repos.recordCount(DID)).toBe(3)
  })

  it('appends a commit event after the write resolves, before events sequenced after it', async () => {
    const result = await fx.repos.applyWrites(DID, [await create(POST, post('one'))])
    const head = fx.sequencer.head()
    // The write's caller answers first; the event follows it, still ahead of a later #account.
    const account = fx.sequencer.sequenceAccount(DID, false, 'deactivated')
    expect(fx.sequencer.head()).toBe(head)
    await account
    const events = fx.sequencer.readAfter(head, 10)
    expect(events.map((e) => e.type)).toEqual(['commit', 'account'])
    expect(events[0]?.body.rev).toBe(result.commit.rev)
  })

  it('enforces swapCommit and swapRecord with InvalidSwap', async () => {
    const first = await fx.repos.applyWrites(DID, [
      await create(POST, post('x'), { rkey: '3jzfcijpj2z2x' }),
    ])
    const stale = fx.repos.root(DID)?.cid as Cid
    expect(stale.equals(first.commit.cid)).toBe(true)
    await fx.repos.applyWrites(DID, [await create(POST, post('y'))], { swapCommit: stale })
    const err = await rejection(
      fx.repos.applyWrites(DID, [await create(POST, post('z'))], { swapCommit: stale }),
    )
    expect(errorName(err)).toBe('InvalidSwap')

    const current = fx.repos.getRecordCid(DID, POST, '3jzfcijpj2z2x') as Cid
    const mustNotExist = await update(POST, '3jzfcijpj2z2x', post('x2'), { swapCid: null })
    expect(errorName(await rejection(fx.repos.applyWrites(DID, [mustNotExist])))).toBe(
      'InvalidSwap',
    )
    const wrong = await update(POST, '3jzfcijpj2z2x', post('x2'), { swapCid: stale })
    expect(errorName(await rejection(fx.repos.applyWrites(DID, [wrong])))).toBe('InvalidSwap')
    const right = await update(POST, '3jzfcijpj2z2x', post('x2'), { swapCid: current })
    await fx.repos.applyWrites(DID, [right])
    expect(fx.repos.getRecord(DID, POST, '3jzfcijpj2z2x')?.value.text).toBe('x2')
    const delWrong = del(POST, '3jzfcijpj2z2x', current)
    expect(errorName(await rejection(fx.repos.applyWrites(DID, [delWrong])))).toBe('InvalidSwap')
  })

  it('refuses duplicate creates, deletes of missing records and batches over 200', async () => {
    await fx.repos.applyWrites(DID, [await create(POST, post('x'), { rkey: 'dup' })])
    const dup = await rejection(
      fx.repos.applyWrites(DID, [await create(POST, post('y'), { rkey: 'dup' })]),
    )
    expect(errorName(dup)).toBe('InvalidRequest')
    expect(errorName(await rejection(fx.repos.applyWrites(DID, [del(POST, 'gone')])))).toBe(
      'InvalidRequest',
    )
    const many = await Promise.all(Array.from({ length: 201 }, () => create(POST, post('m'))))
    expect(() => fx.repos.applyWrites(DID, many)).toThrow(/Too many writes/)
    expect(
      errorName(await rejection(fx.repos.applyWrites('did:plc:nobody', [del(POST, 'a')]))),
    ).toBe('RepoNotFound')
  })

  it('leaves the repo exactly as it was when a commit fails midway', async () => {
    await fx.repos.applyWrites(DID, [await create(POST, post('keep'), { rkey: 'keep' })])
    const before = await carOf(DID)
    const rootBefore = fx.repos.root(DID)
    const sequencedBefore = (await fx.sequenced()).length
    // A trigger makes the record index insert of one write fail inside the commit transaction.
    const db = new Database(repoFilePath(fx.dir, DID))
    db.exec(
      "CREATE TRIGGER boom BEFORE INSERT ON record WHEN NEW.rkey = 'boom' " +
        "BEGIN SELECT RAISE(ABORT, 'boom'); END",
    )
    db.close()
    await expect(
      fx.repos.applyWrites(DID, [
        await create(POST, post('a'), { rkey: 'aaa' }),
        await create(POST, post('b'), { rkey: 'boom' }),
        del(POST, 'keep'),
      ]),
    ).rejects.toThrow(/boom/)
    expect(fx.repos.root(DID)).toEqual(rootBefore)
    expect(fx.repos.getRecord(DID, POST, 'aaa')).toBeNull()
    expect(fx.repos.getRecord(DID, POST, 'keep')).not.toBeNull()
    expect(Buffer.from(await carOf(DID)).equals(Buffer.from(before))).toBe(true)
    expect(await fx.sequenced()).toHaveLength(sequencedBefore)
    // A batch whose last write is refused commits none of the others either.
    await expect(
      fx.repos.applyWrites(DID, [
        await create(POST, post('c'), { rkey: 'ccc' }),
        del(POST, 'nope'),
      ]),
    ).rejects.toThrow()
    expect(fx.repos.getRecord(DID, POST, 'ccc')).toBeNull()
    await verifyRepoCar(await carOf(DID), DID, fx.key.did())
  })

  it('serves record proofs that verify for present and absent records', async () => {
    await fx.repos.applyWrites(
      DID,
      await Promise.all(Array.from({ length: 50 }, (_, i) => create(POST, post(`${i}`)))),
    )
    await fx.repos.applyWrites(DID, [await create(POST, post('target'), { rkey: 'target' })])
    const cid = fx.repos.getRecordCid(DID, POST, 'target')
    const present = await fx.repos.recordProofCar(DID, POST, 'target')
    const ok = await verifyProofs(
      present,
      [{ collection: POST, rkey: 'target', cid }],
      DID,
      fx.key.did(),
    )
    expect(ok.verified).toHaveLength(1)
    const absent = await fx.repos.recordProofCar(DID, POST, 'missing')
    const none = await verifyProofs(
      absent,
      [{ collection: POST, rkey: 'missing', cid: null }],
      DID,
      fx.key.did(),
    )
    expect(none.verified).toHaveLength(1)
  })

  it('exports only the blocks written after `since`', async () => {
    await fx.repos.applyWrites(DID, [await create(POST, post('one'))])
    const since = fx.repos.root(DID)?.rev as string
    const result = await fx.repos.applyWrites(DID, [await create(POST, post('two'))])
    const { root, blocks } = await readCarWithRoot(await carOf(DID, since))
    expect(root.equals(result.commit.cid)).toBe(true)
    expect(blocks.size).toBe(result.commit.newBlocks.size)
  })

  it('exports every stored block byte for byte, across pages, bytes that are not text included', async () => {
    const posts = (n: number, tag: string) =>
      Promise.all(Array.from({ length: n }, (_, i) => create(POST, post(`${tag} ${i}`))))
    await fx.repos.applyWrites(DID, await posts(40, 'before'))
    const since = fx.repos.root(DID)?.rev as string
    // NUL, a lone continuation byte, an overlong form and a surrogate: none of it is UTF-8.
    const binary = Buffer.from([0x00, 0xff, 0x80, 0xc0, 0xaf, 0xed, 0xa0, 0x80, 0x00])
    // A 600 KB block: pages shrink to 13 blocks, so both exports span several pages.
    const large = Buffer.from(Array.from({ length: 600_000 }, (_, i) => (i * 7919) % 256))
    await fx.repos.applyWrites(DID, [
      await create('com.example.binary', { data: { $bytes: binary.toString('base64') } }),
      await create('com.example.large', { data: { $bytes: large.toString('base64') } }),
    ])
    for (const write of await posts(10, 'after')) await fx.repos.applyWrites(DID, [write])

    const db = new Database(repoFilePath(fx.dir, DID), { readonly: true })
    type Row = { cid: Buffer; bytes: Buffer }
    const stored = db.prepare('SELECT cid, bytes FROM block').all() as Row[]
    const storedSince = db.prepare('SELECT cid, bytes FROM block WHERE rev > ?').all(since) as Row[]
    db.close()
    // More than a page of 13 blocks each way.
    expect(stored.length).toBeGreaterThan(3 * 13)
    expect(storedSince.length).toBeGreaterThan(13)

    const head = fx.repos.root(DID)?.cid as Cid
    const full = await carOf(DID)
    for (const [rows, car] of [
      [stored, full],
      [storedSince, await carOf(DID, since)],
      // Nothing written after the head: a CAR of just the root.
      [[], await carOf(DID, fx.repos.root(DID)?.rev as string)],
    ] as const) {
      const { root, blocks } = await readCarWithRoot(car)
      expect(root.equals(head)).toBe(true)
      expect(blocks.size).toBe(rows.length)
      for (const row of rows) {
        expect(Buffer.from(blocks.get(decodeCid(row.cid)) ?? [])).toEqual(row.bytes)
      }
      // The directly framed CAR is the one @atproto/repo's writer makes of the same blocks.
      const framed = rows.map((r) => ({ cid: decodeCid(r.cid), bytes: new Uint8Array(r.bytes) }))
      expect(Buffer.from(car)).toEqual(
        Buffer.from(await concatBytesAsync(writeCarStream(head, asAsync(framed)))),
      )
      // And @ipld/car's reader takes it: the same root, every block, each matching its CID.
      const reader = await CarReader.fromBytes(car)
      expect((await reader.getRoots()).map(String)).toEqual([head.toString()])
      let read = 0
      for await (const block of reader.blocks()) {
        const row = rows[read++] as Row
        expect(block.cid.toString()).toBe(decodeCid(row.cid).toString())
        expect(Buffer.from(block.bytes)).toEqual(row.bytes)
      }
      expect(read).toBe(rows.length)
    }
    const verified = await verifyRepoCar(full, DID, fx.key.did())
    expect(verified.creates).toHaveLength(52)
    // Chunks stay near 64 KiB; only the one holding the 600 KB block is larger.
    const chunks: Uint8Array[] = []
    for await (const chunk of fx.repos.exportCar(DID).car) chunks.push(chunk)
    expect(chunks.filter((c) => c.byteLength > 64 * 1024)).toHaveLength(1)
  })

  it('keeps a streamed CAR consistent while writes delete the blocks it is reading', async () => {
    await fx.repos.applyWrites(
      DID,
      await Promise.all(Array.from({ length: 200 }, (_, i) => create(POST, post(`${i}`)))),
    )
    const { car } = fx.repos.exportCar(DID)
    // These commits delete MST nodes of the snapshot before any of it has been read.
    for (let i = 0; i < 5; i++) {
      const rkey = fx.repos.listRecords(DID, POST, { limit: 1 })[0]?.rkey as string
      await fx.repos.applyWrites(DID, [del(POST, rkey)])
    }
    const chunks: Uint8Array[] = []
    for await (const chunk of car) chunks.push(chunk)
    const verified = await verifyRepoCar(Buffer.concat(chunks), DID, fx.key.did())
    expect(verified.creates).toHaveLength(200)
  })

  it('imports a CAR, re-signed with the account key, and deletes repos', async () => {
    await fx.repos.applyWrites(DID, [await create(POST, post('moved'), { rkey: 'moved' })])
    const car = await carOf(DID)
    const other = 'did:plc:importtarget0000000000000'
    // The CAR names DID, so importing it as another account is refused.
    await expect(fx.repos.importRepo(other, car, { resign: true })).rejects.toThrow(/did/)
    await fx.repos.deleteRepo(DID)
    expect(fx.repos.root(DID)).toBeNull()
    const commit = await fx.repos.importRepo(DID, car, { resign: true })
    expect(fx.repos.getRecord(DID, POST, 'moved')?.value.text).toBe('moved')
    const verified = await verifyRepoCar(await carOf(DID), DID, fx.key.did())
    expect(verified.commit.cid.equals(commit.cid)).toBe(true)
    await fx.repos.applyWrites(DID, [await create(POST, post('after import'))])
    await verifyRepoCar(await carOf(DID), DID, fx.key.did())
  })
})
