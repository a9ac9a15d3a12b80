import { jsonToLex } from '@atproto/lexicon'
import { describe, expect, it } from 'vitest'
import { prepareRecordWrite } from '../../src/repo/prepare.ts'

const BLOB_CID = 'bafkreiccldh766hwcnuxnf2wh6jgzepf2nlu2lvcllt63eww5p6chi4ity'

function blob(mimeType: string, size = 1000) {
  return { $type: 'blob', ref: { $link: BLOB_CID }, mimeType, size }
}

function prepare(collection: string, json: Record<string, unknown>, validate?: boolean) {
  return prepareRecordWrite({
    action: 'create',
    collection,
    record: jsonToLex(json as never),
    validate,
  })
}

async function errorOf(promise: Promise<unknown>): Promise<string | undefined> {
  return promise.then(
    () => undefined,
    (err: { error?: string }) => err.error,
  )
}

describe('prepareRecordWrite', () => {
  it('validates known lexicons, answers unknown for others and skips when asked', async () => {
    const post = { text: 'hi', createdAt: '2024-01-01T00:00:00.000Z' }
    expect((await prepare('app.bsky.feed.post', post)).validationStatus).toBe('valid')
    expect((await prepare('com.example.thing', { a: 1 })).validationStatus).toBe('unknown')
    const skipped = await prepare('app.bsky.feed.post', { text: 5 }, false)
    expect(skipped.validationStatus).toBeUndefined()
    expect(skipped.record.$type).toBe('app.bsky.feed.post')
    expect(
      await errorOf(prepare('app.bsky.feed.post', { text: 5, createdAt: post.createdAt })),
    ).toBe('InvalidRequest')
    expect(await errorOf(prepare('com.example.thing', { a: 1 }, true))).toBe('InvalidRequest')
  })

  it('gives a fresh TID record key and a CID over the encoded record', async () => {
    const a = await prepare('com.example.thing', { a: 1 })
    const b = await prepare('com.example.thing', { a: 1 })
    expect(a.rkey).toMatch(/^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/)
    expect(a.rkey).not.toBe(b.rkey)
    expect(a.cid.toString()).toBe(b.cid.toString())
  })

  it('collects blob refs with the limits of their place in the lexicon', async () => {
    const profile = await prepare('app.bsky.actor.profile', {
      displayName: 'me',
      avatar: blob('image/png'),
    })
    expect(profile.blobs).toHaveLength(1)
    expect(profile.blobs[0]?.cid.toString()).toBe(BLOB_CID)
    expect(profile.blobs[0]?.constraints?.accept).toEqual(['image/png', 'image/jpeg'])
    expect(profile.blobs[0]?.constraints?.maxSize).toBe(1000000)

    const post = await prepare('app.bsky.feed.post', {
      text: 'pic',
      createdAt: '2024-01-01T00:00:00.000Z',
      embed: {
        $type: 'app.bsky.embed.images',
        images: [{ image: blob('image/jpeg'), alt: '' }],
      },
    })
    expect(post.blobs[0]?.constraints?.accept).toEqual(['image/*'])
    // Unknown lexicons: the refs are still found, without limits.
    const custom = await prepare('com.example.thing', { file: blob('application/pdf') })
    expect(custom.blobs).toHaveLength(1)
    expect(custom.blobs[0]?.constraints).toBeUndefined()
  })

  it('refuses legacy blob refs and records that are not objects', async () => {
    const legacy = prepare('com.example.thing', { file: { cid: BLOB_CID, mimeType: 'image/png' } })
    expect(await errorOf(legacy)).toBe('InvalidRequest')
    const notObject = prepareRecordWrite({
      action: 'create',
      collection: 'com.example.thing',
      record: [1],
    })
    expect(await errorOf(notObject)).toBe('InvalidRequest')
  })
})
