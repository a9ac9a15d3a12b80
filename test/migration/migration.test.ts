import { verifyRepoCar } from '@atproto/repo'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPlc, type TestPlc } from '../helpers/harness.ts'
import { FirehoseClient } from '../sequencer/firehose-client.ts'
import { didData, Migration, recordCids, seedAccount, type Credentials } from './flow.ts'
import {
  agentFor,
  startReferencePeer,
  startTempestPeer,
  type Peer,
  type TempestPeer,
} from './peers.ts'

let plc: TestPlc
let a: TempestPeer
let b: TempestPeer
let ref: Peer
const alice: Credentials = {
  did: '',
  handle: 'alice.test',
  email: 'alice@example.com',
  password: 'alice-password-123',
}

beforeAll(async () => {
  plc = await startTestPlc()
  ;[a, b, ref] = await Promise.all([
    startTempestPeer('A', plc),
    startTempestPeer('B', plc),
    startReferencePeer(plc),
  ])
  const agent = agentFor(a)
  const res = await agent.createAccount({
    handle: alice.handle,
    email: alice.email,
    password: alice.password,
  })
  alice.did = res.data.did
  await seedAccount(agent, alice.did, { posts: 500, images: 5 })
})

afterAll(async () => {
  await Promise.all([a?.close(), b?.close(), ref?.close()])
  await plc?.close()
})

/**
 * Runs the whole client flow from `from` to `to` and checks everything a migration promises:
 * the same records (CIDs), every blob, the DID document naming the new server, a repo that
 * verifies against it at once, and the old copy deactivated and refusing writes.
 */
async function migrateAndCheck(from: Peer, to: Peer): Promise<Migration> {
  const migration = new Migration(from, to, alice)
  const before = await migration.run()
  const did = alice.did

  const doc = await didData(plc.url, did)
  expect(doc.pds).toBe(to.url)
  const car = (await migration.newAgent.com.atproto.sync.getRepo({ did })).data
  // Tempest re-signs on import: the repo verifies against the updated DID document at once. The
  // reference PDS serves the old server's signature until its next write (measured), so only the
  // structure is checked there.
  await verifyRepoCar(car, did, 'pds' in to ? doc.signingKey : undefined)
  expect(await recordCids(car, did)).toEqual(await recordCids(before.car, did))
  expect((await recordCids(car, did)).length).toBe(501)

  const newBlobs = await migration.newAgent.com.atproto.sync.listBlobs({ did })
  expect(newBlobs.data.cids.sort()).toEqual(before.blobs.sort())
  expect(newBlobs.data.cids).toHaveLength(5)
  for (const cid of newBlobs.data.cids) {
    const blob = await migration.newAgent.com.atproto.sync.getBlob({ did, cid })
    expect(blob.data.byteLength).toBeGreaterThan(0)
  }

  const status = await migration.newAgent.com.atproto.server.checkAccountStatus()
  expect(status.data).toMatchObject({
    activated: true,
    validDid: true,
    indexedRecords: 501,
    expectedBlobs: 5,
    importedBlobs: 5,
  })

  await expect(
    migration.oldAgent.com.atproto.repo.createRecord({
      repo: did,
      collection: 'app.bsky.feed.post',
      record: { text: 'from the old server', createdAt: new Date().toISOString() },
    }),
  ).rejects.toThrow(/deactivated/i)
  // The account writes on its new server.
  await migration.newAgent.com.atproto.repo.createRecord({
    repo: did,
    collection: 'app.bsky.feed.post',
    record: { text: `hello from ${to.name}`, createdAt: new Date().toISOString() },
  })
  await migration.newAgent.com.atproto.repo.deleteRecord({
    repo: did,
    collection: 'app.bsky.feed.post',
    rkey: (
      await migration.newAgent.com.atproto.repo.listRecords({
        repo: did,
        collection: 'app.bsky.feed.post',
        limit: 1,
      })
    ).data.records[0]!.uri.split('/').pop()!,
  })
  return migration
}

describe('Tempest to Tempest', () => {
  it('moves an account with 500 records, a profile and 5 images from A to B', async () => {
    const firehose = new FirehoseClient(b.url)
    try {
      await migrateAndCheck(a, b)
      const mine = () => firehose.messages.filter((m) => m.body.did === alice.did)
      await firehose.until(() => mine().some((m) => m.type === '#sync'))
      const types = mine().map((m) => m.type)
      expect(types.slice(0, 4)).toEqual(['#identity', '#identity', '#account', '#sync'])
      expect(mine().find((m) => m.type === '#account')?.body.active).toBe(true)
      const sync = mine().find((m) => m.type === '#sync')
      const doc = await didData(plc.url, alice.did)
      const syncCar = sync?.body.blocks as Uint8Array
      expect(syncCar.byteLength).toBeGreaterThan(0)
      expect(doc.signingKey).toBe((await b.pds.ctx.accounts.getSigningKey(alice.did)).did())
      expect((await a.pds.ctx.accounts.getAccount(alice.did))?.status).toBe('deactivated')
    } finally {
      await firehose.close()
    }
  })

  it('moves it back from B to A', async () => {
    await migrateAndCheck(b, a)
    expect((await b.pds.ctx.accounts.getAccount(alice.did))?.status).toBe('deactivated')
  })
})

describe('with the reference PDS', () => {
  it('moves the account from Tempest to the reference PDS', async () => {
    await migrateAndCheck(a, ref)
  })

  it('moves it from the reference PDS back into Tempest', async () => {
    await migrateAndCheck(ref, a)
  })
})
