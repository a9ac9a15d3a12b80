import { randomBytes } from 'node:crypto'
import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { buffer } from 'node:stream/consumers'
import { CID } from 'multiformats/cid'
import * as raw from 'multiformats/codecs/raw'
import { sha256 } from 'multiformats/hashes/sha2'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BlobService, type BlobReferences } from '../../src/blobs/blob-service.ts'
import type { BlobStore } from '../../src/blobs/blob-store.ts'
import { LocalBlobStore } from '../../src/blobs/local-store.ts'
import { S3BlobStore } from '../../src/blobs/s3-store.ts'
import { stageBlob } from '../../src/blobs/upload.ts'
import { openStorage } from '../../src/context.ts'
import { createLogger } from '../../src/logger.ts'
import { dataDirLayout, ensureDataDir, type DataDirLayout } from '../../src/storage/data-dir.ts'
import { startTestS3, type TestS3 } from './s3-server.ts'

const ALICE = 'did:plc:alice00000000000000000000'
const BOB = 'did:plc:bob0000000000000000000000'
const MAX = 4096
const GRACE_SECONDS = 60

/** A 1x1 PNG, made unique per run so uploads start from nothing. */
const PNG = Buffer.concat([
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  ),
  randomBytes(16),
])

/** Record -> blob references as a repo would hold them (the repo's own tests cover record_blob). */
class MemoryReferences implements BlobReferences {
  refs = new Map<string, Array<{ cid: string; recordUri: string }>>()
  add(did: string, cid: string, recordUri = `at://${did}/app.bsky.feed.post/${cid.slice(-6)}`) {
    this.refs.set(did, [...(this.refs.get(did) ?? []), { cid, recordUri }])
  }
  remove(did: string, cid: string) {
    this.refs.set(
      did,
      (this.refs.get(did) ?? []).filter((r) => r.cid !== cid),
    )
  }
  async referencedAmong(did: string, cids: string[]) {
    const have = new Set((this.refs.get(did) ?? []).map((r) => r.cid))
    return new Set(cids.filter((c) => have.has(c)))
  }
  async listReferenced(did: string, opts: { cursor?: string; limit: number }) {
    const cids = [...new Set((this.refs.get(did) ?? []).map((r) => r.cid))].sort()
    return cids.filter((c) => c > (opts.cursor ?? '')).slice(0, opts.limit)
  }
  async listReferences(did: string, opts: { cursor?: string; limit: number }) {
    return [...(this.refs.get(did) ?? [])]
      .sort((a, b) => (a.cid < b.cid ? -1 : 1))
      .filter((r) => r.cid > (opts.cursor ?? ''))
      .slice(0, opts.limit)
  }
}

let root: string
let s3: TestS3
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'tempest-blobsvc-'))
  s3 = await startTestS3()
})
afterAll(async () => {
  await s3?.close()
  await rm(root, { recursive: true, force: true })
})

const kinds: Array<[string, (layout: DataDirLayout) => BlobStore]> = [
  ['local', (layout) => new LocalBlobStore(layout.blobs)],
  ['s3', () => new S3BlobStore(s3.cfg)],
]

describe.each(kinds)('blob service on the %s store', (kind, makeStore) => {
  let layout: DataDirLayout
  let storage: Awaited<ReturnType<typeof openStorage>>
  let refs: MemoryReferences
  let blobs: BlobService

  beforeAll(async () => {
    layout = dataDirLayout(path.join(root, kind))
    ensureDataDir(layout)
    storage = await openStorage(layout)
    refs = new MemoryReferences()
    blobs = new BlobService({
      db: storage.accountDb,
      sqlite: storage.accountSqlite,
      store: makeStore(layout),
      tmpDir: layout.tmp,
      maxBytes: MAX,
      graceSeconds: GRACE_SECONDS,
      logger: createLogger('silent'),
      references: refs,
    })
  })
  afterAll(async () => {
    blobs.store.close()
    await storage.close()
  })

  const upload = (did: string, bytes: Uint8Array, type?: string) =>
    blobs.upload(did, Readable.from([Buffer.from(bytes)]), type)

  it('computes the raw sha-256 CID while streaming and sniffs the type', async () => {
    const info = await upload(ALICE, PNG, 'application/octet-stream')
    const expected = CID.createV1(raw.code, await sha256.digest(PNG)).toString()
    expect(info).toEqual({ cid: expected, mimeType: 'image/png', size: PNG.length })
    expect(await buffer(await blobs.open(ALICE, info.cid))).toEqual(PNG)
    const row = await blobs.meta.get(ALICE, info.cid)
    expect(row?.status).toBe('temporary')
    expect(await readdir(layout.tmp)).toEqual([])
  })

  it('falls back to the declared type, then to application/octet-stream', async () => {
    expect((await upload(ALICE, Buffer.from('hello text'), 'text/plain')).mimeType).toBe(
      'text/plain',
    )
    expect((await upload(ALICE, Buffer.from('hello any'), '*/*')).mimeType).toBe(
      'application/octet-stream',
    )
  })

  it('refuses a body over the limit with BlobTooLarge and stores nothing', async () => {
    const bytes = randomBytes(MAX + 100)
    const cid = CID.createV1(raw.code, await sha256.digest(bytes)).toString()
    await expect(upload(ALICE, bytes)).rejects.toMatchObject({
      error: 'BlobTooLarge',
      statusCode: 413,
    })
    expect(await readdir(layout.tmp)).toEqual([])
    expect(await blobs.meta.get(ALICE, cid)).toBeUndefined()
    expect(await blobs.store.has(ALICE, cid)).toBe(false)
  })

  it('checks record refs: owner, existence, size, type and lexicon constraints', async () => {
    const info = await upload(ALICE, PNG, 'image/png')
    const cid = CID.parse(info.cid)
    const ref = { cid, mimeType: 'image/png', size: PNG.length }
    await expect(blobs.checkRefs(ALICE, [ref])).resolves.toBeUndefined()

    const missing = CID.createV1(raw.code, await sha256.digest(randomBytes(8)))
    const cases: Array<[string, Parameters<BlobService['checkRefs']>, string]> = [
      ["another account's blob", [BOB, [ref]], 'BlobNotFound'],
      ['a missing blob', [ALICE, [{ ...ref, cid: missing }]], 'BlobNotFound'],
      ['a wrong type', [ALICE, [{ ...ref, mimeType: 'image/jpeg' }]], 'InvalidMimeType'],
      ['a wrong size', [ALICE, [{ ...ref, size: PNG.length + 1 }]], 'InvalidBlob'],
      [
        'a blob over the field maximum',
        [ALICE, [{ ...ref, constraints: { maxSize: 10 } }]],
        'BlobTooLarge',
      ],
      [
        'a type the field does not accept',
        [ALICE, [{ ...ref, constraints: { accept: ['video/*'] } }]],
        'InvalidMimeType',
      ],
    ]
    for (const [, args, error] of cases) {
      await expect(blobs.checkRefs(...args)).rejects.toMatchObject({ error, statusCode: 400 })
    }
    await expect(
      blobs.checkRefs(ALICE, [{ ...ref, constraints: { accept: ['image/*'], maxSize: 1e6 } }]),
    ).resolves.toBeUndefined()
  })

  it('makes referenced blobs permanent and deletes them when the last reference goes', async () => {
    const info = await upload(ALICE, randomBytes(300), 'image/webp')
    const cid = CID.parse(info.cid)
    refs.add(ALICE, info.cid)
    await blobs.onCommitted(ALICE, 'rev1', {
      added: [{ cid, mimeType: info.mimeType, size: info.size }],
      removed: [],
    })
    expect((await blobs.meta.get(ALICE, info.cid))?.status).toBe('permanent')
    expect(await blobs.listBlobs(ALICE, { limit: 10 })).toContain(info.cid)

    refs.remove(ALICE, info.cid)
    await blobs.onCommitted(ALICE, 'rev2', { added: [], removed: [cid] })
    expect(await blobs.meta.get(ALICE, info.cid)).toBeUndefined()
    expect(await blobs.store.has(ALICE, info.cid)).toBe(false)
  })

  it('uploads a blob an imported record already references as permanent, and lists missing ones', async () => {
    const bytes = randomBytes(100)
    const cid = CID.createV1(raw.code, await sha256.digest(bytes)).toString()
    refs.add(BOB, cid, `at://${BOB}/app.bsky.feed.post/x`)
    expect(await blobs.listMissing(BOB, { limit: 10 })).toEqual({
      blobs: [{ cid, recordUri: `at://${BOB}/app.bsky.feed.post/x` }],
    })
    await upload(BOB, bytes)
    expect((await blobs.meta.get(BOB, cid))?.status).toBe('permanent')
    expect(await blobs.listMissing(BOB, { limit: 10 })).toEqual({ blobs: [] })
  })

  it('hides a temporary blob until a record references it, and a taken-down blob', async () => {
    const info = await upload(ALICE, randomBytes(50))
    await expect(blobs.find(ALICE, info.cid)).rejects.toMatchObject({ error: 'BlobNotFound' })
    await blobs.meta.makePermanent(ALICE, [info.cid])
    expect((await blobs.find(ALICE, info.cid)).size).toBe(50)
    expect(await blobs.setTakedown(ALICE, info.cid, 'mod-1')).toBe(true)
    await expect(blobs.find(ALICE, info.cid)).rejects.toMatchObject({ error: 'BlobNotFound' })
    await blobs.setTakedown(ALICE, info.cid, null)
    expect((await blobs.find(ALICE, info.cid)).size).toBe(50)
  })

  it('sweeps unreferenced temporary blobs after the grace period, and stale staging files', async () => {
    const kept = await upload(BOB, randomBytes(70))
    const referenced = await upload(BOB, randomBytes(71))
    refs.add(BOB, referenced.cid)
    const staging = path.join(layout.tmp, 'blob-interrupted')
    await writeFile(staging, 'partial')
    const old = new Date(Date.now() - 2 * GRACE_SECONDS * 1000)
    await utimes(staging, old, old)

    const now = await blobs.sweep()
    expect(now.removed).toEqual([])
    expect(now.stagingFilesRemoved).toBe(1)
    const later = new Date(Date.now() + 2 * GRACE_SECONDS * 1000)
    const result = await blobs.sweep(later)
    expect(result.removed.map((r) => r.cid)).toContain(kept.cid)
    expect(result.removed.map((r) => r.cid)).not.toContain(referenced.cid)
    expect(result.keptReferenced).toBe(1)
    expect(await blobs.store.has(BOB, kept.cid)).toBe(false)
    expect((await blobs.meta.get(BOB, referenced.cid))?.status).toBe('permanent')
  })
  it('sweeps objects a crash left without metadata, never a referenced or recent one', async () => {
    const used = await upload(ALICE, randomBytes(81))
    refs.add(ALICE, used.cid)
    await blobs.onCommitted(ALICE, 'rev', { added: [], removed: [] })
    // What a kill between the object write and its row leaves: the object alone.
    const putOrphan = async (bytes: Uint8Array) => {
      const staged = await stageBlob(Readable.from([Buffer.from(bytes)]), {
        tmpDir: layout.tmp,
        maxBytes: MAX,
        declaredType: undefined,
      })
      await blobs.store.putFile(ALICE, staged.cid.toString(), staged.file, staged.size)
      return staged.cid.toString()
    }
    const orphan = await putOrphan(randomBytes(90))
    // A record references this one though its row is missing (an imported repo's blob).
    const referencedOrphan = await putOrphan(randomBytes(91))
    refs.add(ALICE, referencedOrphan)
    expect(await blobs.meta.get(ALICE, orphan)).toBeUndefined()

    // Within the grace period it may be an upload in flight: kept.
    expect((await blobs.sweep()).orphansRemoved).toEqual([])
    expect(await blobs.store.has(ALICE, orphan)).toBe(true)

    const later = new Date(Date.now() + 2 * GRACE_SECONDS * 1000)
    expect((await blobs.sweep(later)).orphansRemoved).toEqual([{ did: ALICE, cid: orphan }])
    expect(await blobs.store.has(ALICE, orphan)).toBe(false)
    expect(await blobs.store.has(ALICE, referencedOrphan)).toBe(true)
    expect(await blobs.store.has(ALICE, used.cid)).toBe(true)
    expect((await blobs.meta.get(ALICE, used.cid))?.status).toBe('permanent')
    // The scheduled sweep can leave the listing out.
    const quick = await blobs.sweep(later, { orphans: false })
    expect(quick.orphansRemoved).toEqual([])
  })
})

describe('an unreachable S3 store', () => {
  it('answers UpstreamFailure and leaves no metadata or staging file', async () => {
    const layout = dataDirLayout(path.join(root, 'unreachable'))
    ensureDataDir(layout)
    const storage = await openStorage(layout)
    // A port nothing listens on: every request is refused.
    const store = new S3BlobStore({ ...s3.cfg, endpoint: 'http://127.0.0.1:9' })
    const blobs = new BlobService({
      db: storage.accountDb,
      sqlite: storage.accountSqlite,
      store,
      tmpDir: layout.tmp,
      maxBytes: MAX,
      graceSeconds: GRACE_SECONDS,
      logger: createLogger('silent'),
      references: new MemoryReferences(),
    })
    try {
      await expect(blobs.upload(ALICE, Readable.from([PNG]), 'image/png')).rejects.toMatchObject({
        error: 'UpstreamFailure',
        statusCode: 502,
      })
      expect(await storage.accountDb.selectFrom('blob').selectAll().execute()).toEqual([])
      expect(await readdir(layout.tmp)).toEqual([])
    } finally {
      store.close()
      await storage.close()
    }
  })
})
