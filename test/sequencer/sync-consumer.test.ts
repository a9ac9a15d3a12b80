import { Secp256k1Keypair } from '@atproto/crypto'
import { IdResolver } from '@atproto/identity'
import { WriteOpAction } from '@atproto/repo'
import { type Event, Firehose, FirehoseParseError } from '@atproto/sync'
import { Client as PlcClient } from '@did-plc/lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPds, type TestPds } from '../helpers/harness.ts'
import { type BuiltCommit, TestRepo } from './test-repo.ts'

const COLL = 'com.example.record' as const

describe('@atproto/sync Firehose consumer with full verification', () => {
  let pds: TestPds
  beforeAll(async () => {
    pds = await startTestPds()
  })
  afterAll(async () => {
    await pds.close()
  })

  it('receives every op of every commit, each verified against the DID document key', async () => {
    const signingKey = await Secp256k1Keypair.create()
    const did = await createDid(pds, signingKey)
    const start = pds.ctx.sequencer.head()
    const { repo, genesis } = await TestRepo.create(did, signingKey)
    const seq = pds.ctx.sequencer
    await seq.sequenceIdentity(did, 'alice.test')
    await seq.sequenceAccount(did, true)
    await seq.sequenceCommit(did, genesis.commit, genesis.ops)
    await seq.sequenceSync(did, genesis.commit)

    const commits: BuiltCommit[] = []
    for (let i = 0; i < 20; i++) commits.push(await repo.create(COLL, `r${i}`, { $type: COLL, i }))
    commits.push(await repo.update(COLL, 'r3', { $type: COLL, i: 'three' }))
    commits.push(await repo.delete(COLL, 'r4'))
    commits.push(
      await repo.write([
        { action: WriteOpAction.Create, collection: COLL, rkey: 'batch', record: { $type: COLL } },
        { action: WriteOpAction.Update, collection: COLL, rkey: 'r5', record: { $type: COLL } },
        { action: WriteOpAction.Delete, collection: COLL, rkey: 'r6' },
      ]),
    )
    for (const c of commits) await seq.sequenceCommit(did, c.commit, c.ops)
    const expectedOps = commits.flatMap((c) =>
      c.ops.map((op) => ({ event: op.action, uri: `at://${did}/${op.path}`, cid: op.cid })),
    )

    const { received, errors } = await consume(
      pds,
      start,
      (evts) => evts.filter((e) => e.event !== 'identity').length === expectedOps.length + 2,
    )

    expect(errors).toEqual([])
    expect(received.filter((e) => e.event === 'account')).toMatchObject([{ did, active: true }])
    expect(received.filter((e) => e.event === 'sync')).toMatchObject([
      { did, rev: genesis.commit.rev },
    ])
    const ops = received.filter((e) => ['create', 'update', 'delete'].includes(e.event))
    expect(
      ops.map((e) => ({
        event: e.event,
        uri: 'uri' in e ? e.uri.toString() : undefined,
        cid: 'cid' in e ? e.cid : null,
      })),
    ).toEqual(expectedOps)
  })

  it('is checked against the DID key: a commit signed with another key is refused', async () => {
    const did = await createDid(pds, await Secp256k1Keypair.create())
    const start = pds.ctx.sequencer.head()
    const { repo } = await TestRepo.create(did, await Secp256k1Keypair.create())
    const forged = await repo.create(COLL, 'forged', { $type: COLL })
    await pds.ctx.sequencer.sequenceCommit(did, forged.commit, forged.ops)
    await pds.ctx.sequencer.sequenceAccount(did, true)
    const { received, errors } = await consume(pds, start, (evts) =>
      evts.some((e) => e.event === 'account'),
    )
    expect(received.map((e) => e.event)).toEqual(['account'])
    expect(errors).toEqual([expect.any(FirehoseParseError)])
  })
})

async function createDid(pds: TestPds, signingKey: Secp256k1Keypair): Promise<string> {
  const rotationKey = await Secp256k1Keypair.create()
  return new PlcClient(pds.plc.url).createDid({
    signingKey: signingKey.did(),
    handle: 'alice.test',
    pds: pds.url,
    rotationKeys: [rotationKey.did()],
    signer: rotationKey,
  })
}

/** Runs the official consumer from `cursor` until `enough` holds for what it has delivered. */
async function consume(
  pds: TestPds,
  cursor: number,
  enough: (received: Event[]) => boolean,
): Promise<{ received: Event[]; errors: Error[] }> {
  const received: Event[] = []
  const errors: Error[] = []
  let done: () => void = () => undefined
  const allIn = new Promise<void>((resolve) => (done = resolve))
  const firehose = new Firehose({
    service: pds.url.replace(/^http/, 'ws'),
    // The library's default fetch refuses loopback addresses; the test PLC is on localhost.
    idResolver: new IdResolver({ plcUrl: pds.plc.url, fetch: globalThis.fetch }),
    getCursor: () => cursor,
    handleEvent: (evt) => {
      received.push(evt)
      if (enough(received)) done()
    },
    onError: (err) => errors.push(err),
  })
  void firehose.start()
  await allIn
  await firehose.destroy()
  return { received, errors }
}
