import type { Server } from 'node:http'
import type { AtpAgent } from '@atproto/api'
import { Secp256k1Keypair } from '@atproto/crypto'
import type { DidDocument } from '@atproto/identity'
import { verifyRepoCar } from '@atproto/repo'
import { createServiceJwt } from '@atproto/xrpc-server'
import express from 'express'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort, startTestPlc, type TestPlc } from '../helpers/harness.ts'
import { FirehoseClient } from '../sequencer/firehose-client.ts'
import { didData, Migration, recordCids, seedAccount, type Credentials } from './flow.ts'
import { agentFor, startTempestPeer, type TempestPeer } from './peers.ts'

/**
 * The operator of a did:web identity: it serves `/.well-known/did.json` for
 * `did:web:localhost%3A<port>` over http on loopback (which the development resolvers follow)
 * and edits the document by hand, as the owner of a did:web does when the account moves.
 */
class DidWebOperator {
  private doc: DidDocument | undefined

  private constructor(
    readonly did: string,
    private readonly server: Server,
  ) {}

  static async start(): Promise<DidWebOperator> {
    const app = express()
    app.get('/.well-known/did.json', (_req, res) => {
      if (operator.doc) res.json(operator.doc)
      else res.status(404).end()
    })
    const port = await freePort()
    const server = await new Promise<Server>((resolve) => {
      const srv = app.listen(port, '127.0.0.1', () => resolve(srv))
    })
    const operator = new DidWebOperator(`did:web:localhost%3A${port}`, server)
    return operator
  }

  publish(opts: { handle: string; signingKey: string; pds: string }): void {
    this.doc = {
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
      id: this.did,
      alsoKnownAs: [`at://${opts.handle}`],
      verificationMethod: [
        {
          id: `${this.did}#atproto`,
          type: 'Multikey',
          controller: this.did,
          publicKeyMultibase: opts.signingKey.slice('did:key:'.length),
        },
      ],
      service: [
        { id: '#atproto_pds', type: 'AtprotoPersonalDataServer', serviceEndpoint: opts.pds },
      ],
    }
  }

  /** Points the document at what the account's server recommends (its endpoint and key). */
  async moveTo(agent: AtpAgent, handle: string): Promise<void> {
    const creds = await agent.com.atproto.identity.getRecommendedDidCredentials()
    const { atproto } = creds.data.verificationMethods as { atproto: string }
    const { endpoint } = (creds.data.services as { atproto_pds: { endpoint: string } }).atproto_pds
    this.publish({ handle, signingKey: atproto, pds: endpoint })
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) =>
      this.server.close((err) => (err ? reject(err) : resolve())),
    )
  }
}

let plc: TestPlc
let a: TempestPeer
let b: TempestPeer
let operator: DidWebOperator
const carol: Credentials = {
  did: '',
  handle: 'carol.test',
  email: 'carol@example.com',
  password: 'carol-password-123',
}

/**
 * The account starts out on A the way a did:web account arrives anywhere: the operator's
 * document names some earlier host and key, the operator signs the service auth for
 * createAccount with that key, then points the document at A, and A activates it.
 */
beforeAll(async () => {
  plc = await startTestPlc()
  ;[a, b, operator] = await Promise.all([
    startTempestPeer('A', plc),
    startTempestPeer('B', plc),
    DidWebOperator.start(),
  ])
  carol.did = operator.did
  const originalKey = await Secp256k1Keypair.create()
  operator.publish({
    handle: carol.handle,
    signingKey: originalKey.did(),
    pds: 'https://earlier-host.invalid',
  })
  const agent = agentFor(a)
  const aDid = (await agent.com.atproto.server.describeServer()).data.did
  const token = await createServiceJwt({
    iss: carol.did,
    aud: aDid,
    lxm: 'com.atproto.server.createAccount',
    keypair: originalKey,
  })
  await agent.createAccount(
    { did: carol.did, handle: carol.handle, email: carol.email, password: carol.password },
    { headers: { authorization: `Bearer ${token}` } },
  )
  agent.sessionManager.pdsUrl = undefined
  await expect(agent.com.atproto.server.activateAccount()).rejects.toMatchObject({
    error: 'InvalidDidDoc',
  })
  await operator.moveTo(agent, carol.handle)
  await agent.com.atproto.server.activateAccount()
  expect((await didData(plc.url, carol.did)).pds).toBe(a.url)
  await seedAccount(agent, carol.did, { posts: 20, images: 3 })
})

afterAll(async () => {
  await Promise.all([a?.close(), b?.close(), operator?.close()])
  await plc?.close()
})

describe('a did:web account migrating from Tempest A to Tempest B', () => {
  let migration: Migration
  let before: { car: Uint8Array; blobs: string[] }
  let firehose: FirehoseClient

  beforeAll(async () => {
    firehose = new FirehoseClient(b.url, b.pds.ctx.sequencer.head())
    migration = new Migration(a, b, carol)
    // By DID, whose `%3A` must keep its case (handles and emails are matched case-insensitively).
    await migration.oldAgent.login({ identifier: carol.did, password: carol.password })
    await migration.createAccount()
    const car = await migration.exportRepo()
    await migration.importRepo(car)
    expect(await migration.transferBlobs()).toBe(3)
    const blobs = await migration.oldAgent.com.atproto.sync.listBlobs({ did: carol.did })
    before = { car, blobs: blobs.data.cids }
  })

  afterAll(() => firehose?.close())

  it('is refused activation on B while the document names A or A’s key', async () => {
    const status = await migration.newAgent.com.atproto.server.checkAccountStatus()
    expect(status.data).toMatchObject({ activated: false, validDid: false, importedBlobs: 3 })
    const refused = { error: 'InvalidDidDoc', message: expect.stringMatching(/DID document/) }
    await expect(migration.activate()).rejects.toMatchObject(refused)

    const aKey = (await a.pds.ctx.accounts.getSigningKey(carol.did)).did()
    const bKey = (await b.pds.ctx.accounts.getSigningKey(carol.did)).did()
    expect(bKey).not.toBe(aKey)
    operator.publish({ handle: carol.handle, signingKey: aKey, pds: b.url })
    await expect(migration.activate()).rejects.toMatchObject(refused)
    operator.publish({ handle: carol.handle, signingKey: bKey, pds: a.url })
    await expect(migration.activate()).rejects.toMatchObject(refused)

    expect((await b.pds.ctx.accounts.getAccount(carol.did))?.status).toBe('deactivated')
    expect(firehose.messages.filter((m) => m.body.did === carol.did)).toEqual([])
    // Back to the truth: the account still lives on A.
    await operator.moveTo(migration.oldAgent, carol.handle)
  })

  it('activates once the operator points the document at B, with records and blobs intact', async () => {
    await operator.moveTo(migration.newAgent, carol.handle)
    expect((await migration.newAgent.com.atproto.server.checkAccountStatus()).data.validDid).toBe(
      true,
    )
    await migration.activate()

    const mine = () => firehose.messages.filter((m) => m.body.did === carol.did)
    await firehose.until(() => mine().some((m) => m.type === '#sync'))
    expect(mine().map((m) => m.type)).toEqual(['#identity', '#account', '#sync'])
    expect(mine()[1]?.body.active).toBe(true)

    const doc = await didData(plc.url, carol.did)
    expect(doc.pds).toBe(b.url)
    expect(doc.signingKey).toBe((await b.pds.ctx.accounts.getSigningKey(carol.did)).did())
    const car = (await agentFor(b).com.atproto.sync.getRepo({ did: carol.did })).data
    await verifyRepoCar(car, carol.did, doc.signingKey)
    const records = await recordCids(car, carol.did)
    expect(records).toEqual(await recordCids(before.car, carol.did))
    expect(records).toHaveLength(21)

    const blobs = await agentFor(b).com.atproto.sync.listBlobs({ did: carol.did })
    expect(blobs.data.cids.sort()).toEqual(before.blobs.sort())
    for (const cid of before.blobs) {
      const [fromA, fromB] = await Promise.all([
        migration.oldAgent.com.atproto.sync.getBlob({ did: carol.did, cid }),
        agentFor(b).com.atproto.sync.getBlob({ did: carol.did, cid }),
      ])
      expect(Buffer.from(fromB.data).equals(Buffer.from(fromA.data))).toBe(true)
    }
    expect((await migration.newAgent.com.atproto.server.checkAccountStatus()).data).toMatchObject({
      activated: true,
      validDid: true,
      indexedRecords: 21,
      expectedBlobs: 3,
      importedBlobs: 3,
    })
    await migration.newAgent.com.atproto.repo.createRecord({
      repo: carol.did,
      collection: 'app.bsky.feed.post',
      record: { text: 'hello from B', createdAt: new Date().toISOString() },
    })
  })

  it('leaves A’s copy deactivated and refusing writes', async () => {
    await migration.deactivateOld()
    expect((await a.pds.ctx.accounts.getAccount(carol.did))?.status).toBe('deactivated')
    await expect(
      migration.oldAgent.com.atproto.repo.createRecord({
        repo: carol.did,
        collection: 'app.bsky.feed.post',
        record: { text: 'from the old server', createdAt: new Date().toISOString() },
      }),
    ).rejects.toMatchObject({ error: 'AccountDeactivated' })
  })

  it('answers the PLC-only methods with a clear error', async () => {
    const creds = await migration.newAgent.com.atproto.identity.getRecommendedDidCredentials()
    const operation = { type: 'plc_operation', prev: null, ...creds.data }
    await expect(
      migration.oldAgent.com.atproto.identity.signPlcOperation({ token: 'AAAAA-BBBBB' }),
    ).rejects.toMatchObject({
      error: 'InvalidRequest',
      message: 'Only did:plc identities have PLC operations to sign',
    })
    await expect(
      migration.newAgent.com.atproto.identity.submitPlcOperation({ operation }),
    ).rejects.toMatchObject({
      error: 'InvalidRequest',
      message: 'Only did:plc identities take PLC operations',
    })
  })
})
