import { Secp256k1Keypair } from '@atproto/crypto'
import { blocksToCarFile, MemoryBlockstore, Repo } from '@atproto/repo'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPlc, type TestPlc } from '../helpers/harness.ts'
import { didData, Migration, seedAccount, type Credentials } from './flow.ts'
import { agentFor, startTempestPeer, type TempestPeer } from './peers.ts'

let plc: TestPlc
let a: TempestPeer
let b: TempestPeer

beforeAll(async () => {
  plc = await startTestPlc()
  ;[a, b] = await Promise.all([startTempestPeer('A', plc), startTempestPeer('B', plc)])
})

afterAll(async () => {
  await Promise.all([a?.close(), b?.close()])
  await plc?.close()
})

/** A small account on A (3 posts, 2 images), ready to migrate to B. */
async function accountOnA(name: string): Promise<Credentials> {
  const handle = `${name}.test`
  const email = `${name}@example.com`
  const password = `${name}-password-123`
  const agent = agentFor(a)
  const { did } = (await agent.createAccount({ handle, email, password })).data
  await seedAccount(agent, did, { posts: 3, images: 2 })
  return { did, handle, email, password }
}

/** Up to the PLC step: the account exists on B with its repo and blobs, deactivated. */
async function prepared(name: string): Promise<Migration> {
  const migration = new Migration(a, b, await accountOnA(name))
  await migration.login()
  await migration.createAccount()
  await migration.importRepo()
  await migration.transferBlobs()
  return migration
}

/** The account still lives on A: its DID names A, A takes writes, B keeps it deactivated. */
async function expectStillOnA(migration: Migration): Promise<void> {
  const { did } = migration.account
  expect((await didData(plc.url, did)).pds).toBe(a.url)
  await migration.oldAgent.com.atproto.repo.createRecord({
    repo: did,
    collection: 'app.bsky.feed.post',
    record: { text: 'still here', createdAt: new Date().toISOString() },
  })
  expect((await b.pds.ctx.accounts.getAccount(did))?.status).toBe('deactivated')
}

describe('a migration refuses, and the account stays on its old server, when', () => {
  it('the PLC token is wrong', async () => {
    const migration = await prepared('badtoken')
    await migration.requestToken()
    await expect(migration.signOperation('AAAAA-BBBBB')).rejects.toMatchObject({
      error: 'InvalidToken',
    })
    await expectStillOnA(migration)
  })

  it('the PLC operation names another signing key, endpoint or rotation key', async () => {
    const migration = await prepared('wrongkey')
    const stranger = (await Secp256k1Keypair.create()).did()
    const wrongKey = await migration.signOperation(await migration.requestToken(), {
      verificationMethods: { atproto: stranger },
    })
    await expect(migration.submitOperation(wrongKey)).rejects.toThrow(/Incorrect signing key/)
    const wrongEndpoint = await migration.signOperation(await migration.requestToken(), {
      services: { atproto_pds: { type: 'AtprotoPersonalDataServer', endpoint: a.url } },
    })
    await expect(migration.submitOperation(wrongEndpoint)).rejects.toThrow(/Incorrect endpoint/)
    const noRotationKey = await migration.signOperation(await migration.requestToken(), {
      rotationKeys: [stranger],
    })
    await expect(migration.submitOperation(noRotationKey)).rejects.toThrow(/rotation key/)
    await expectStillOnA(migration)
  })

  it('the CAR holds another DID, or is not signed by any key of this DID', async () => {
    const other = await accountOnA('someoneelse')
    const migration = new Migration(a, b, await accountOnA('wrongcar'))
    await migration.login()
    await migration.createAccount()
    const otherCar = (await agentFor(a).com.atproto.sync.getRepo({ did: other.did })).data
    await expect(migration.importRepo(otherCar)).rejects.toThrow(
      `The CAR holds the repo of ${other.did}`,
    )
    const storage = new MemoryBlockstore()
    const forged = await Repo.create(
      storage,
      migration.account.did,
      await Secp256k1Keypair.create(),
    )
    await expect(
      migration.importRepo(await blocksToCarFile(forged.cid, storage.blocks)),
    ).rejects.toThrow(/not signed by any signing key/)
    await expect(migration.importRepo(new Uint8Array([1, 2, 3]))).rejects.toMatchObject({
      error: 'InvalidRequest',
    })
    // Nothing was imported.
    const status = await migration.newAgent.com.atproto.server.checkAccountStatus()
    expect(status.data.indexedRecords).toBe(0)
    await expectStillOnA(migration)
  })

  it('a blob is missing at activation time', async () => {
    const migration = new Migration(a, b, await accountOnA('noblob'))
    await migration.login()
    await migration.createAccount()
    await migration.importRepo()
    let skipped = ''
    await migration.transferBlobs((cid) => {
      if (skipped !== '') return false
      skipped = cid
      return true
    })
    const status = await migration.newAgent.com.atproto.server.checkAccountStatus()
    expect(status.data).toMatchObject({
      activated: false,
      validDid: false,
      indexedRecords: 4,
      expectedBlobs: 2,
      importedBlobs: 1,
    })
    await expect(migration.activate()).rejects.toMatchObject({ error: 'InvalidDidDoc' })
    await migration.submitOperation(await migration.signOperation(await migration.requestToken()))
    expect((await migration.newAgent.com.atproto.server.checkAccountStatus()).data.validDid).toBe(
      true,
    )
    await expect(migration.activate()).rejects.toMatchObject({ error: 'BlobsMissing' })
    await expect(migration.activate()).rejects.toThrow(`1 of 2 blobs`)
    // Not active on B; A still has and serves the account until it is deactivated there.
    expect((await b.pds.ctx.accounts.getAccount(migration.account.did))?.status).toBe('deactivated')
    await migration.oldAgent.com.atproto.repo.createRecord({
      repo: migration.account.did,
      collection: 'app.bsky.feed.post',
      record: { text: 'old server still works', createdAt: new Date().toISOString() },
    })
    expect(await migration.transferBlobs()).toBe(1)
    await migration.activate()
    expect((await migration.newAgent.com.atproto.server.checkAccountStatus()).data).toMatchObject({
      activated: true,
      expectedBlobs: 2,
      importedBlobs: 2,
    })
  })
})

it('refuses a CAR over TEMPEST_IMPORT_MAX_BYTES before reading it', async () => {
  const small = await startTempestPeer('small', plc, { TEMPEST_IMPORT_MAX_BYTES: '1000' })
  try {
    const source = await accountOnA('bigrepo')
    const car = (await agentFor(a).com.atproto.sync.getRepo({ did: source.did })).data
    expect(car.byteLength).toBeGreaterThan(1000)
    const agent = agentFor(small)
    await agent.createAccount({
      handle: 'small.test',
      email: 'small@example.com',
      password: 'small-password-123',
    })
    await expect(
      agent.com.atproto.repo.importRepo(car, { encoding: 'application/vnd.ipld.car' }),
    ).rejects.toMatchObject({ status: 413 })
  } finally {
    await small.close()
  }
})

describe('PLC operations', () => {
  it('are only signed for the caller with a fresh single-use code', async () => {
    const migration = await prepared('singleuse')
    const token = await migration.requestToken()
    await migration.signOperation(token)
    await expect(migration.signOperation(token)).rejects.toMatchObject({ error: 'InvalidToken' })
  })

  it('recommend this server, its rotation key and the account key', async () => {
    const migration = await prepared('recommended')
    const creds = await migration.newAgent.com.atproto.identity.getRecommendedDidCredentials()
    expect(creds.data).toEqual({
      alsoKnownAs: ['at://recommended.test'],
      verificationMethods: {
        atproto: (await b.pds.ctx.accounts.getSigningKey(migration.account.did)).did(),
      },
      rotationKeys: [b.pds.ctx.rotationKey.did()],
      services: { atproto_pds: { type: 'AtprotoPersonalDataServer', endpoint: b.url } },
    })
  })
})
