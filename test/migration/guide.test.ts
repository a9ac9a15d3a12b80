import type { AtpAgent } from '@atproto/api'
import { verifyRepoCar } from '@atproto/repo'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPlc, type TestPlc } from '../helpers/harness.ts'
import { didData, recordCids, seedAccount } from './flow.ts'
import { migrateAsGoTools, migrateAsTheGuide } from './guide.ts'
import {
  agentFor,
  startProductionPeer,
  startReferencePeer,
  type Peer,
  type ProductionPeer,
} from './peers.ts'

/**
 * Account migration exactly as users are told to do it (the official guide's script, and the way
 * Go tools do it), from the reference PDS into Tempest and from Tempest to Tempest, with the
 * destination in its production configuration on a loopback PLC directory.
 */
let plc: TestPlc
let ref: Peer
let b: ProductionPeer
let c: ProductionPeer

const PREFERENCES = [
  { $type: 'app.bsky.actor.defs#adultContentPref', enabled: true },
  {
    $type: 'app.bsky.actor.defs#savedFeedsPrefV2',
    items: [{ id: '3l6ovcmm2vd2j', type: 'timeline', value: 'following', pinned: true }],
  },
]

beforeAll(async () => {
  plc = await startTestPlc()
  ;[ref, b, c] = await Promise.all([
    startReferencePeer(plc),
    startProductionPeer('B', plc, 'localhost'),
    startProductionPeer('C', plc, '127.0.0.1'),
  ])
})

afterAll(async () => {
  await Promise.all([ref?.close(), b?.close(), c?.close()])
  await plc?.close()
})

/** An account on the reference PDS with posts, images, a profile and preferences. */
async function referenceAccount(handle: string) {
  const agent = agentFor(ref)
  const password = `${handle}-password`
  const res = await agent.createAccount({ handle, email: `${handle}@example.com`, password })
  await seedAccount(agent, res.data.did, { posts: 30, images: 4 })
  await agent.app.bsky.actor.putPreferences({ preferences: PREFERENCES })
  return { did: res.data.did, handle, password }
}

/**
 * What a migration promises, checked right after activation: the same DID and records, every
 * blob byte for byte, the preferences, a DID document naming the new server, a repo that
 * verifies against it, and the old account deactivated.
 */
async function expectMigrated(opts: {
  did: string
  oldAgent: AtpAgent
  newAgent: AtpAgent
  oldCar: Uint8Array
  to: ProductionPeer
}) {
  const { did, oldAgent, newAgent, to } = opts
  const doc = await didData(plc.url, did)
  expect(doc.pds).toBe(to.url)
  expect(doc.signingKey).toBe((await to.pds.ctx.accounts.getSigningKey(did)).did())

  const car = (await newAgent.com.atproto.sync.getRepo({ did })).data
  await verifyRepoCar(car, did, doc.signingKey)
  const records = await recordCids(opts.oldCar, did)
  expect(records.length).toBeGreaterThanOrEqual(31)
  expect(await recordCids(car, did)).toEqual(records)

  const oldBlobs = (await oldAgent.com.atproto.sync.listBlobs({ did })).data.cids.sort()
  const newBlobs = (await newAgent.com.atproto.sync.listBlobs({ did })).data.cids.sort()
  expect(newBlobs).toEqual(oldBlobs)
  expect(newBlobs).toHaveLength(4)
  for (const cid of newBlobs) {
    const [from, into] = await Promise.all([
      oldAgent.com.atproto.sync.getBlob({ did, cid }),
      newAgent.com.atproto.sync.getBlob({ did, cid }),
    ])
    expect(Buffer.from(into.data).equals(Buffer.from(from.data))).toBe(true)
  }

  const prefs = await newAgent.app.bsky.actor.getPreferences()
  expect(prefs.data.preferences).toEqual(PREFERENCES)

  const status = await newAgent.com.atproto.server.checkAccountStatus()
  expect(status.data).toMatchObject({
    activated: true,
    validDid: true,
    indexedRecords: records.length,
    privateStateValues: PREFERENCES.length,
    expectedBlobs: 4,
    importedBlobs: 4,
  })
  // Now that the document names this server, sessions carry it (and clients follow it here).
  const session = await newAgent.com.atproto.server.getSession()
  expect(session.data.active).toBe(true)
  expect(JSON.stringify(session.data.didDoc)).toContain(to.url)

  const old = await oldAgent.com.atproto.server.getSession()
  expect(old.data).toMatchObject({ active: false, status: 'deactivated' })
  const write = await oldAgent.com.atproto.repo
    .createRecord({
      repo: did,
      collection: 'app.bsky.feed.post',
      record: { text: 'from the old server', createdAt: new Date().toISOString() },
    })
    .catch((err: unknown) => err)
  expect(write).toMatchObject({ status: 401, error: 'AccountDeactivated' })
  await newAgent.com.atproto.repo.createRecord({
    repo: did,
    collection: 'app.bsky.feed.post',
    record: { text: `hello from ${to.name}`, createdAt: new Date().toISOString() },
  })
}

describe("the official guide's script", () => {
  let account: { did: string; handle: string; password: string }

  it('moves an account from the reference PDS into Tempest', async () => {
    account = await referenceAccount('mover.test')
    const result = await migrateAsTheGuide({
      OLD_PDS_URL: ref.url,
      NEW_PDS_URL: b.url,
      CURRENT_HANDLE: account.handle,
      CURRENT_PASSWORD: account.password,
      NEW_HANDLE: 'mover-b.test',
      NEW_ACCOUNT_EMAIL: 'mover@example.com',
      NEW_ACCOUNT_PASSWORD: 'new-password-b',
      NEW_PDS_INVITE_CODE: await b.inviteCode(),
      readToken: (did) => ref.plcToken(did, account.handle),
    })
    expect(result.did).toBe(account.did)
    expect(result.newAgent.session?.did).toBe(account.did)
    expect(result.missingBlobs).toEqual([])
    expect(result.statusBeforeActivation).toMatchObject({
      activated: false,
      validDid: true,
      importedBlobs: 4,
    })
    expect(result.privateKey).toMatch(/^[0-9a-f]{64}$/)
    expect((await didData(plc.url, account.did)).handle).toBe('mover-b.test')
    await expectMigrated({
      did: account.did,
      oldAgent: result.oldAgent,
      newAgent: result.newAgent,
      oldCar: result.car,
      to: b,
    })
  })

  it('moves it on from one production Tempest to another', async () => {
    const result = await migrateAsTheGuide({
      OLD_PDS_URL: b.url,
      NEW_PDS_URL: c.url,
      CURRENT_HANDLE: 'mover-b.test',
      CURRENT_PASSWORD: 'new-password-b',
      NEW_HANDLE: 'mover-c.test',
      NEW_ACCOUNT_EMAIL: 'mover@example.com',
      NEW_ACCOUNT_PASSWORD: 'new-password-c',
      NEW_PDS_INVITE_CODE: await c.inviteCode(),
      readToken: (did) => b.plcToken(did, 'mover-b.test'),
    })
    expect(result.did).toBe(account.did)
    expect(result.missingBlobs).toEqual([])
    await expectMigrated({
      did: account.did,
      oldAgent: result.oldAgent,
      newAgent: result.newAgent,
      oldCar: result.car,
      to: c,
    })
  })
})

describe('the way Go tools do it (no login: the tokens createAccount returned)', () => {
  it('moves an account from the reference PDS into Tempest', async () => {
    const account = await referenceAccount('gotool.test')
    const result = await migrateAsGoTools({
      OLD_PDS_URL: ref.url,
      NEW_PDS_URL: b.url,
      CURRENT_HANDLE: account.handle,
      CURRENT_PASSWORD: account.password,
      NEW_HANDLE: 'gotool-b.test',
      NEW_ACCOUNT_EMAIL: 'gotool@example.com',
      NEW_ACCOUNT_PASSWORD: 'new-password-b',
      NEW_PDS_INVITE_CODE: await b.inviteCode(),
      readToken: (did) => ref.plcToken(did, account.handle),
    })
    expect(result.did).toBe(account.did)
    // The document still named the reference PDS then: a client following it would have left.
    expect(result.createdDidDoc).toBeUndefined()
    await expectMigrated({
      did: account.did,
      oldAgent: result.oldAgent,
      newAgent: result.newAgent,
      oldCar: result.car,
      to: b,
    })
  })
})
