import { AtpAgent } from '@atproto/api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPlc, type TestPlc } from '../helpers/harness.ts'
import { Migration, seedAccount, type Credentials } from './flow.ts'
import { agentFor, startTempestPeer, type TempestPeer } from './peers.ts'

/**
 * What a deactivated account may call, method by method, as the reference PDS decides it (its
 * auth verifier refuses deactivated accounts only where a handler sets `checkDeactivated`: the
 * four repo writes). Two deactivated accounts are used: one migrating in (created on B with an
 * existing DID) and the same account deactivated at home on A, where the PLC operation is signed.
 */
let plc: TestPlc
let a: TempestPeer
let b: TempestPeer
let migration: Migration
const account: Credentials = {
  did: '',
  handle: 'dormant.test',
  email: 'dormant@example.com',
  password: 'dormant-password-123',
}

beforeAll(async () => {
  plc = await startTestPlc()
  ;[a, b] = await Promise.all([startTempestPeer('A', plc), startTempestPeer('B', plc)])
  const agent = agentFor(a)
  const { handle, email, password } = account
  account.did = (await agent.createAccount({ handle, email, password })).data.did
  await seedAccount(agent, account.did, { posts: 3, images: 2 })
  migration = new Migration(a, b, account)
  await migration.login()
  await migration.createAccount()
})

afterAll(async () => {
  await Promise.all([a?.close(), b?.close()])
  await plc?.close()
})

/** The XRPC error a call ended with, as clients see it (status and name). */
async function refusal(call: Promise<unknown>): Promise<{ status: number; error: string }> {
  const err = (await call.then(
    () => ({ status: 200, error: 'none' }),
    (e: unknown) => e,
  )) as { status: number; error: string }
  return { status: err.status, error: err.error }
}

const post = () => ({
  $type: 'app.bsky.feed.post',
  text: 'while deactivated',
  createdAt: new Date().toISOString(),
})

describe('a deactivated account migrating in may call', () => {
  it('createSession', async () => {
    const agent = agentFor(b)
    const res = await agent.login({ identifier: account.handle, password: account.password })
    expect(res.data).toMatchObject({ did: account.did, active: false, status: 'deactivated' })
    // The DID document still names A, so the session carries none (AtpAgent would follow it).
    expect(res.data.didDoc).toBeUndefined()
  })

  it('getSession', async () => {
    const res = await migration.newAgent.com.atproto.server.getSession()
    expect(res.data).toMatchObject({ did: account.did, active: false, status: 'deactivated' })
    expect(res.data.didDoc).toBeUndefined()
  })

  it('refreshSession', async () => {
    await migration.newAgent.sessionManager.refreshSession()
    expect(migration.newAgent.session).toMatchObject({ did: account.did, active: false })
  })

  it('checkAccountStatus', async () => {
    const res = await migration.newAgent.com.atproto.server.checkAccountStatus()
    expect(res.data).toMatchObject({ activated: false, validDid: false })
  })

  it('importRepo', async () => {
    await migration.importRepo()
    const res = await migration.newAgent.com.atproto.server.checkAccountStatus()
    expect(res.data.indexedRecords).toBe(4)
  })

  it('listMissingBlobs and uploadBlob', async () => {
    const before = await migration.newAgent.com.atproto.repo.listMissingBlobs({})
    expect(before.data.blobs).toHaveLength(2)
    expect(await migration.transferBlobs()).toBe(2)
    const after = await migration.newAgent.com.atproto.repo.listMissingBlobs({})
    expect(after.data.blobs).toEqual([])
  })

  it('putPreferences and getPreferences', async () => {
    const preferences = [{ $type: 'app.bsky.actor.defs#adultContentPref', enabled: true }]
    await migration.newAgent.app.bsky.actor.putPreferences({ preferences })
    const res = await migration.newAgent.app.bsky.actor.getPreferences()
    expect(res.data.preferences).toEqual(preferences)
  })

  it('getRecommendedDidCredentials', async () => {
    const res = await migration.newAgent.com.atproto.identity.getRecommendedDidCredentials()
    expect(res.data.services).toMatchObject({ atproto_pds: { endpoint: b.url } })
  })

  it('getServiceAuth, within the same limits as an active account', async () => {
    const res = await migration.newAgent.com.atproto.server.getServiceAuth({
      aud: 'did:web:feed.example',
      lxm: 'app.bsky.feed.getFeedSkeleton',
    })
    expect(res.data.token.split('.')).toHaveLength(3)
    expect(
      await refusal(
        migration.newAgent.com.atproto.server.getServiceAuth({
          aud: 'did:web:feed.example',
          lxm: 'com.atproto.server.deactivateAccount',
        }),
      ),
    ).toEqual({ status: 400, error: 'InvalidRequest' })
  })

  it('createAppPassword', async () => {
    const res = await migration.newAgent.com.atproto.server.createAppPassword({ name: 'moving' })
    expect(res.data.name).toBe('moving')
  })
})

describe('a deactivated account may not write its repo', () => {
  it('createRecord', async () => {
    const call = migration.newAgent.com.atproto.repo.createRecord({
      repo: account.did,
      collection: 'app.bsky.feed.post',
      record: post(),
    })
    expect(await refusal(call)).toEqual({ status: 401, error: 'AccountDeactivated' })
  })

  it('putRecord', async () => {
    const call = migration.newAgent.com.atproto.repo.putRecord({
      repo: account.did,
      collection: 'app.bsky.actor.profile',
      rkey: 'self',
      record: { $type: 'app.bsky.actor.profile', displayName: 'no' },
    })
    expect(await refusal(call)).toEqual({ status: 401, error: 'AccountDeactivated' })
  })

  it('deleteRecord', async () => {
    const call = migration.newAgent.com.atproto.repo.deleteRecord({
      repo: account.did,
      collection: 'app.bsky.actor.profile',
      rkey: 'self',
    })
    expect(await refusal(call)).toEqual({ status: 401, error: 'AccountDeactivated' })
  })

  it('applyWrites', async () => {
    const call = migration.newAgent.com.atproto.repo.applyWrites({
      repo: account.did,
      writes: [{ $type: 'com.atproto.repo.applyWrites#create', collection: 'x.y.z', value: {} }],
    })
    expect(await refusal(call)).toEqual({ status: 401, error: 'AccountDeactivated' })
  })
})

describe('an account deactivated at home may call', () => {
  let operation: unknown

  it('deactivateAccount (again), and read its own repo while others may not', async () => {
    await migration.oldAgent.com.atproto.server.deactivateAccount({})
    await migration.oldAgent.com.atproto.server.deactivateAccount({})
    const own = await migration.oldAgent.com.atproto.sync.getRepo({ did: account.did })
    expect(own.data.byteLength).toBeGreaterThan(0)
    const blobs = await migration.oldAgent.com.atproto.sync.listBlobs({ did: account.did })
    expect(blobs.data.cids).toHaveLength(2)
    const blob = await migration.oldAgent.com.atproto.sync.getBlob({
      did: account.did,
      cid: blobs.data.cids[0]!,
    })
    expect(blob.data.byteLength).toBeGreaterThan(0)
    const anonymous = new AtpAgent({ service: a.url })
    expect(await refusal(anonymous.com.atproto.sync.getRepo({ did: account.did }))).toEqual({
      status: 400,
      error: 'RepoDeactivated',
    })
    expect(
      await refusal(
        anonymous.com.atproto.sync.getBlob({ did: account.did, cid: blobs.data.cids[0]! }),
      ),
    ).toEqual({ status: 400, error: 'RepoDeactivated' })
  })

  it('createSession and deleteSession', async () => {
    const agent = agentFor(a)
    const login = await agent.login({ identifier: account.did, password: account.password })
    expect(login.data).toMatchObject({ active: false, status: 'deactivated' })
    const fresh = new AtpAgent({ service: a.url })
    await fresh.com.atproto.server.deleteSession(undefined, {
      headers: { authorization: `Bearer ${login.data.refreshJwt}` },
    })
    const revoked = fresh.com.atproto.server.getSession(undefined, {
      headers: { authorization: `Bearer ${login.data.accessJwt}` },
    })
    expect(await refusal(revoked)).toEqual({ status: 400, error: 'ExpiredToken' })
  })

  it('requestPlcOperationSignature and signPlcOperation', async () => {
    operation = await migration.signOperation(await migration.requestToken())
    expect(operation).toMatchObject({ services: { atproto_pds: { endpoint: b.url } } })
  })

  it('submitPlcOperation, then activateAccount, on the new server', async () => {
    await migration.submitOperation(operation)
    await migration.activate()
    const session = await migration.newAgent.com.atproto.server.getSession()
    expect(session.data).toMatchObject({ active: true })
    expect(JSON.stringify(session.data.didDoc)).toContain(b.url)
  })
})
