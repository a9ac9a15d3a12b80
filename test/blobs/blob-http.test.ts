import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import type { AtpAgent, BlobRef } from '@atproto/api'
import { CID } from 'multiformats/cid'
import * as raw from 'multiformats/codecs/raw'
import { sha256 } from 'multiformats/hashes/sha2'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPds, startTestPlc, type TestPds, type TestPlc } from '../helpers/harness.ts'
import { startTestS3, type TestS3 } from './s3-server.ts'

const MAX_BYTES = 64 * 1024
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
)

let plc: TestPlc
let s3: TestS3
beforeAll(async () => {
  plc = await startTestPlc()
  s3 = await startTestS3()
})
afterAll(async () => {
  await s3?.close()
  await plc?.close()
})

const stores: Array<[string, () => Record<string, string>]> = [
  ['local', () => ({})],
  ['s3', () => s3.env],
]

describe.each(stores)('blobs over HTTP (%s store)', (_kind, storeEnv) => {
  let pds: TestPds
  let alice: AtpAgent
  let bob: AtpAgent

  beforeAll(async () => {
    pds = await startTestPds({
      plc,
      env: { TEMPEST_BLOB_MAX_BYTES: String(MAX_BYTES), ...storeEnv() },
    })
    alice = await account(pds, 'alice')
    bob = await account(pds, 'bob')
  })
  afterAll(() => pds?.close())

  /** A unique image each time, so every test starts from a blob nobody uploaded. */
  const image = () => Buffer.concat([PNG, randomBytes(32)])

  const post = (agent: AtpAgent, blob: unknown) =>
    agent.com.atproto.repo.createRecord({
      repo: agent.assertDid,
      collection: 'app.bsky.feed.post',
      record: {
        $type: 'app.bsky.feed.post',
        text: 'with an image',
        createdAt: new Date().toISOString(),
        embed: { $type: 'app.bsky.embed.images', images: [{ image: blob, alt: 'a pixel' }] },
      },
    })

  const getBlob = (did: string, cid: string, headers: Record<string, string> = {}) =>
    fetch(`${pds.url}/xrpc/com.atproto.sync.getBlob?did=${did}&cid=${cid}`, { headers })

  it('posts an image, serves it with safe headers and ranges, and deletes it with the post', async () => {
    const bytes = image()
    const { data } = await alice.com.atproto.repo.uploadBlob(bytes, {
      encoding: 'application/octet-stream',
    })
    expect(data.blob.mimeType).toBe('image/png')
    expect(data.blob.size).toBe(bytes.length)
    const cid = data.blob.ref.toString()
    const did = alice.assertDid
    // Uploaded but not referenced by any record yet: not public.
    const unreferenced = await getBlob(did, cid)
    expect(unreferenced.status).toBe(400)
    expect(await unreferenced.json()).toMatchObject({ error: 'BlobNotFound' })

    const created = await post(alice, data.blob)
    expect((await pds.ctx.blobs.meta.get(did, cid))?.status).toBe('permanent')

    const res = await getBlob(did, cid)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/png')
    expect(res.headers.get('content-length')).toBe(String(bytes.length))
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox")
    expect(res.headers.get('content-disposition')).toBe('attachment')
    expect(Buffer.from(await res.arrayBuffer())).toEqual(bytes)

    const part = await getBlob(did, cid, { range: 'bytes=8-15' })
    expect(part.status).toBe(206)
    expect(part.headers.get('content-range')).toBe(`bytes 8-15/${bytes.length}`)
    expect(part.headers.get('content-length')).toBe('8')
    expect(Buffer.from(await part.arrayBuffer())).toEqual(bytes.subarray(8, 16))
    const beyond = await getBlob(did, cid, { range: `bytes=${bytes.length + 10}-` })
    expect(beyond.status).toBe(416)
    expect(beyond.headers.get('content-range')).toBe(`bytes */${bytes.length}`)

    const listed = await alice.com.atproto.sync.listBlobs({ did })
    expect(listed.data.cids).toContain(cid)

    await alice.com.atproto.repo.deleteRecord({
      repo: did,
      collection: 'app.bsky.feed.post',
      rkey: created.data.uri.split('/').pop() as string,
    })
    expect(await pds.ctx.blobs.meta.get(did, cid)).toBeUndefined()
    expect(await pds.ctx.blobs.store.has(did, cid)).toBe(false)
    if (pds.ctx.blobs.store.kind === 'local') {
      expect(existsSync(path.join(pds.dataDir, 'blobs', encodeURIComponent(did), cid))).toBe(false)
    }
    const gone = await getBlob(did, cid)
    expect(gone.status).toBe(400)
    expect(await gone.json()).toMatchObject({ error: 'BlobNotFound' })
  })

  it('keeps a blob while another record still references it', async () => {
    const { data } = await alice.com.atproto.repo.uploadBlob(image(), { encoding: 'image/png' })
    const cid = data.blob.ref.toString()
    const did = alice.assertDid
    const rkeyOf = (uri: string) => uri.split('/').pop() as string
    const first = await post(alice, data.blob)
    const second = await post(alice, data.blob)

    await alice.com.atproto.repo.deleteRecord({
      repo: did,
      collection: 'app.bsky.feed.post',
      rkey: rkeyOf(first.data.uri),
    })
    expect((await pds.ctx.blobs.meta.get(did, cid))?.status).toBe('permanent')
    expect(await pds.ctx.blobs.store.has(did, cid)).toBe(true)
    expect((await getBlob(did, cid)).status).toBe(200)
    expect((await alice.com.atproto.sync.listBlobs({ did })).data.cids).toContain(cid)

    await alice.com.atproto.repo.deleteRecord({
      repo: did,
      collection: 'app.bsky.feed.post',
      rkey: rkeyOf(second.data.uri),
    })
    expect(await pds.ctx.blobs.meta.get(did, cid)).toBeUndefined()
    expect(await pds.ctx.blobs.store.has(did, cid)).toBe(false)
    expect((await getBlob(did, cid)).status).toBe(400)
    expect((await alice.com.atproto.sync.listBlobs({ did })).data.cids).not.toContain(cid)
  })

  it('refuses an upload 100 bytes over the limit and stores nothing', async () => {
    const bytes = randomBytes(MAX_BYTES + 100)
    await expect(
      alice.com.atproto.repo.uploadBlob(bytes, { encoding: 'image/png' }),
    ).rejects.toMatchObject({ status: 413, error: 'BlobTooLarge' })

    // Without Content-Length the limit is enforced while streaming.
    const chunked = await fetch(`${pds.url}/xrpc/com.atproto.repo.uploadBlob`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${alice.session?.accessJwt}`,
        'content-type': 'image/png',
      },
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(bytes.subarray(0, MAX_BYTES))
          controller.enqueue(bytes.subarray(MAX_BYTES))
          controller.close()
        },
      }),
      duplex: 'half',
    } as RequestInit)
    expect(chunked.status).toBe(413)
    expect(await chunked.json()).toMatchObject({ error: 'BlobTooLarge' })

    const cid = CID.createV1(raw.code, await sha256.digest(bytes)).toString()
    expect(await pds.ctx.blobs.meta.get(alice.assertDid, cid)).toBeUndefined()
    expect(await pds.ctx.blobs.store.has(alice.assertDid, cid)).toBe(false)
    expect(
      (await readdir(path.join(pds.dataDir, 'tmp'))).filter((f) => f.startsWith('blob-')),
    ).toEqual([])
  })

  it('requires auth to upload', async () => {
    const res = await fetch(`${pds.url}/xrpc/com.atproto.repo.uploadBlob`, {
      method: 'POST',
      headers: { 'content-type': 'image/png' },
      body: PNG,
    })
    expect(res.status).toBe(401)
  })

  it('rejects records whose blob refs do not check out, committing nothing', async () => {
    const did = alice.assertDid
    const bobs = (await bob.com.atproto.repo.uploadBlob(image(), { encoding: 'image/png' })).data
      .blob
    const mine = (await alice.com.atproto.repo.uploadBlob(image(), { encoding: 'image/png' })).data
      .blob
    const json = (b: BlobRef, patch: Record<string, unknown> = {}) => ({
      $type: 'blob',
      ref: { $link: b.ref.toString() },
      mimeType: b.mimeType,
      size: b.size,
      ...patch,
    })
    const missingCid = 'bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy'
    const cases: Array<[unknown, string]> = [
      [json(bobs), 'BlobNotFound'],
      [json(mine, { ref: { $link: missingCid } }), 'BlobNotFound'],
      [json(mine, { mimeType: 'image/jpeg' }), 'InvalidMimeType'],
      [json(mine, { size: mine.size + 1 }), 'InvalidBlob'],
    ]
    const before = pds.ctx.repos.root(did)?.rev
    for (const [blob, error] of cases) {
      await expect(post(alice, blob)).rejects.toMatchObject({ status: 400, error })
    }
    expect(pds.ctx.repos.root(did)?.rev).toBe(before)
    expect((await pds.ctx.blobs.meta.get(did, mine.ref.toString()))?.status).toBe('temporary')
  })

  it('lists nothing missing for an account whose blobs are all uploaded', async () => {
    const { data } = await alice.com.atproto.repo.listMissingBlobs({})
    expect(data.blobs).toEqual([])
  })

  it('answers getBlob for an unknown account with RepoNotFound', async () => {
    const res = await getBlob(
      'did:plc:unknown0000000000000000',
      'bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy',
    )
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ error: 'RepoNotFound' })
  })
})

async function account(pds: TestPds, name: string): Promise<AtpAgent> {
  const agent = pds.agent()
  await agent.createAccount({
    handle: `${name}.test`,
    email: `${name}@example.com`,
    password: 'correct horse battery staple',
  })
  return agent
}
