import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { buffer } from 'node:stream/consumers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BlobMissingError, blobKey, type BlobStore } from '../../src/blobs/blob-store.ts'
import { LocalBlobStore } from '../../src/blobs/local-store.ts'
import { S3BlobStore } from '../../src/blobs/s3-store.ts'
import { startTestS3, type TestS3 } from './s3-server.ts'

const DID = 'did:plc:blobstoretest0000000000'
const CID = 'bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy'
const PART = 5 * 1024 * 1024

let dir: string
let s3: TestS3

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'tempest-blobstore-'))
  s3 = await startTestS3()
})
afterAll(async () => {
  await s3?.close()
  await rm(dir, { recursive: true, force: true })
})

async function staged(bytes: Uint8Array): Promise<string> {
  const file = path.join(dir, `staging-${randomBytes(6).toString('hex')}`)
  await writeFile(file, bytes)
  return file
}

const stores: Array<[string, () => BlobStore]> = [
  ['local', () => new LocalBlobStore(path.join(dir, 'blobs'))],
  // A small part size so the multipart path runs with a modest file.
  ['s3', () => new S3BlobStore(s3.cfg, { partSize: PART })],
]

describe.each(stores)('%s blob store', (_name, make) => {
  let store: BlobStore
  beforeAll(() => {
    store = make()
  })
  afterAll(() => store.close())

  it('stores a staged file, reads it whole and by range, then deletes it', async () => {
    const bytes = randomBytes(1000)
    const file = await staged(bytes)
    await store.putFile(DID, CID, file, bytes.length)
    expect(existsSync(file)).toBe(false)
    expect(await store.has(DID, CID)).toBe(true)
    expect(Buffer.compare(await buffer(await store.get(DID, CID)), bytes)).toBe(0)
    const part = await buffer(await store.get(DID, CID, { start: 10, end: 19 }))
    expect(Buffer.compare(part, bytes.subarray(10, 20))).toBe(0)

    await store.delete(DID, CID)
    expect(await store.has(DID, CID)).toBe(false)
    await expect(store.get(DID, CID)).rejects.toBeInstanceOf(BlobMissingError)
    await store.delete(DID, CID)
  })

  it('keeps accounts apart', async () => {
    const bytes = randomBytes(10)
    await store.putFile(DID, CID, await staged(bytes), bytes.length)
    expect(await store.has('did:plc:someoneelse000000000000', CID)).toBe(false)
    await store.delete(DID, CID)
  })

  it('stores a file larger than one part intact', async () => {
    const bytes = randomBytes(2 * PART + 12345)
    await store.putFile(DID, CID, await staged(bytes), bytes.length)
    expect(Buffer.compare(await buffer(await store.get(DID, CID)), bytes)).toBe(0)
    const tail = await buffer(await store.get(DID, CID, { start: PART - 5, end: PART + 4 }))
    expect(Buffer.compare(tail, bytes.subarray(PART - 5, PART + 5))).toBe(0)
    await store.delete(DID, CID)
  })
})

describe('local blob store layout', () => {
  it('renames the staged file into blobs/<account>/<cid>', async () => {
    const root = path.join(dir, 'layout')
    const store: BlobStore = new LocalBlobStore(root)
    await store.putFile(DID, CID, await staged(randomBytes(5)), 5)
    expect(await readdir(root)).toEqual([encodeURIComponent(DID)])
    expect(await readdir(path.join(root, encodeURIComponent(DID)))).toEqual([CID])
  })
})

describe('blobKey', () => {
  it('is injective and traversal-proof for untrusted DIDs', () => {
    expect(blobKey('did:web:a%3Ab', CID)).not.toBe(blobKey('did:web:a:b', CID))
    expect(blobKey('did:web:..', CID).split('/')).toEqual(['did%3Aweb%3A..', CID])
    expect(() => blobKey('../etc', CID)).toThrow()
    expect(() => blobKey(DID, '../x')).toThrow()
  })
})
