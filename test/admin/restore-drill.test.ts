import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser, type TestUser, xrpc } from '../account/helpers.ts'
import { startTestS3, type TestS3 } from '../blobs/s3-server.ts'
import { runCli } from '../helpers/cli.ts'
import { startTestPds, startTestPlc, type TestPds, type TestPlc } from '../helpers/harness.ts'
import { FirehoseClient } from '../sequencer/firehose-client.ts'
import { ADMIN_TOKEN, adminEnv } from './helpers.ts'

const SECRET_KEY_BASE = 'restore-drill-secret-'.padEnd(64, 'x')
const BACKUP_BUCKET = 'tempest-backups'

async function s3Env(s3: TestS3): Promise<Record<string, string>> {
  const client = new S3Client({
    endpoint: s3.cfg.endpoint,
    region: s3.cfg.region,
    forcePathStyle: true,
    credentials: { accessKeyId: s3.cfg.accessKeyId, secretAccessKey: s3.cfg.secretAccessKey },
  })
  await client.send(new CreateBucketCommand({ Bucket: BACKUP_BUCKET }))
  client.destroy()
  return {
    ...s3.env,
    TEMPEST_BACKUP_STORE: 's3',
    TEMPEST_BACKUP_S3_ENDPOINT: s3.cfg.endpoint as string,
    TEMPEST_BACKUP_S3_BUCKET: BACKUP_BUCKET,
    TEMPEST_BACKUP_S3_REGION: s3.cfg.region,
    TEMPEST_BACKUP_S3_ACCESS_KEY_ID: s3.cfg.accessKeyId,
    TEMPEST_BACKUP_S3_SECRET_ACCESS_KEY: s3.cfg.secretAccessKey,
  }
}

/**
 * The operator's bad day, rehearsed: a server with accounts, records, blobs and firehose history
 * is backed up while writes continue, the archive is restored into an empty dir with the CLI, and
 * a second server started on it must be the same PDS.
 */
describe.each(['local', 's3'] as const)('restore drill (%s backup store)', (store) => {
  let plc: TestPlc
  let s3: TestS3 | undefined
  let env: Record<string, string>
  let pds: TestPds
  let restored: TestPds | undefined
  let target: string
  let alice: TestUser
  let bob: TestUser

  beforeAll(async () => {
    plc = await startTestPlc()
    s3 = store === 's3' ? await startTestS3() : undefined
    env = {
      ...(await adminEnv()),
      SECRET_KEY_BASE,
      ...(s3 ? await s3Env(s3) : {}),
    }
    pds = await startTestPds({ plc, env })
    target = path.join(await mkdtemp(path.join(os.tmpdir(), 'tempest-drill-')), 'data')
    alice = await createUser(pds, 'alice')
    bob = await createUser(pds, 'bob')
  })
  afterAll(async () => {
    await restored?.close()
    await pds.close()
    await s3?.close()
    await plc.close()
    await rm(path.dirname(target), { recursive: true, force: true })
  })

  it('restores the same repos, records, blobs, sessions and firehose position', async () => {
    const image = new Uint8Array(2048).map((_, i) => (i * 7) % 251)
    const blob = await bob.agent.uploadBlob(image, { encoding: 'image/png' })
    const withImage = await bob.agent.post({
      text: 'with an image',
      embed: { $type: 'app.bsky.embed.images', images: [{ alt: 'x', image: blob.data.blob }] },
    })
    const posts = []
    for (let i = 0; i < 5; i++) posts.push(await alice.agent.post({ text: `post ${i}` }))
    await bob.agent.like(posts[0]?.uri as string, posts[0]?.cid as string)

    // Alice keeps writing while the backup is made.
    let writing = true
    const writer = (async () => {
      let n = 0
      while (writing) await alice.agent.post({ text: `during backup ${n++}` })
      return n
    })()
    const res = await xrpc(pds, 'sh.tempest.admin.createBackup', { token: ADMIN_TOKEN, post: true })
    writing = false
    expect(await writer).toBeGreaterThan(0)
    expect(res.status).toBe(200)
    const backup = res.body.backup as { name: string; store: string; sequencerHead: number }
    expect(backup.store).toBe(store)
    const bobRoot = (await bob.agent.com.atproto.sync.getLatestCommit({ did: bob.did })).data
    const aliceFinal = (await alice.agent.com.atproto.sync.getLatestCommit({ did: alice.did })).data

    // Restore with the CLI: a local archive by path, an S3 one by name from the bucket.
    const archive = store === 'local' ? path.join(pds.dataDir, 'backups', backup.name) : backup.name
    const cli = await runCli(['backup', 'restore', archive, '--target', target], {
      ...env,
      TEMPEST_DATA_DIR: pds.dataDir,
    })
    expect(cli.stderr).toBe('')
    expect(cli.stdout).toContain(`sequencer head ${backup.sequencerHead}`)

    restored = await startTestPds({ plc, env, dataDir: target })
    const agent = restored.agent()

    // Bob was idle during the backup: identical root. Alice's repo is a commit of hers, verified.
    const bobRestored = await agent.com.atproto.sync.getLatestCommit({ did: bob.did })
    expect(bobRestored.data).toEqual(bobRoot)
    const aliceRestored = (await agent.com.atproto.sync.getLatestCommit({ did: alice.did })).data
    expect(aliceRestored.rev <= aliceFinal.rev).toBe(true)
    const aliceRecord = await pds.agent().com.atproto.sync.getRecord({
      did: alice.did,
      collection: 'app.bsky.feed.post',
      rkey: posts[4]?.uri.split('/').pop() as string,
    })
    expect(aliceRecord.success).toBe(true)

    for (const post of [...posts, withImage]) {
      const [, , did, collection, rkey] = post.uri.split('/')
      const got = await agent.com.atproto.repo.getRecord({
        repo: did as string,
        collection: collection as string,
        rkey: rkey as string,
      })
      expect(got.data.cid).toBe(post.cid)
    }
    const blobRes = await fetch(
      `${restored.url}/xrpc/com.atproto.sync.getBlob?did=${bob.did}&cid=${blob.data.blob.ref.toString()}`,
    )
    expect(blobRes.status).toBe(200)
    expect(new Uint8Array(await blobRes.arrayBuffer())).toEqual(image)

    // Sessions made on the old server still work (same SECRET_KEY_BASE and session table).
    expect(
      (await xrpc(restored, 'com.atproto.server.getSession', { token: bob.accessJwt })).status,
    ).toBe(200)
    const refreshed = await xrpc(restored, 'com.atproto.server.refreshSession', {
      token: bob.refreshJwt,
      post: true,
    })
    expect(refreshed.status).toBe(200)

    // The firehose continues from the backup's head. Relays may have seen later commits of the
    // original server (Alice's during the backup), so the restored server first announced every
    // active repo's restored head with #sync, before it answered anything.
    expect(restored.ctx.sequencer.head()).toBe(backup.sequencerHead + 2)
    const relay = new FirehoseClient(restored.url, backup.sequencerHead)
    try {
      await relay.until(() => relay.seqs().length >= 2)
      const syncs = relay.messages.slice(0, 2)
      expect(syncs.map((m) => m.type)).toEqual(['#sync', '#sync'])
      expect(syncs.map((m) => m.body.seq)).toEqual([
        backup.sequencerHead + 1,
        backup.sequencerHead + 2,
      ])
      expect(new Map(syncs.map((m) => [m.body.did, m.body.rev]))).toEqual(
        new Map([
          [alice.did, aliceRestored.rev],
          [bob.did, bobRoot.rev],
        ]),
      )
      // Raw XRPC: the client would follow the DID document to the original server.
      const write = await xrpc(restored, 'com.atproto.repo.createRecord', {
        token: bob.accessJwt,
        body: {
          repo: bob.did,
          collection: 'app.bsky.feed.post',
          record: { text: 'after restore', createdAt: new Date().toISOString() },
        },
      })
      expect(write.status).toBe(200)
      await relay.until(() => relay.seqs().length > 2)
      expect(relay.seqs()[2]).toBe(backup.sequencerHead + 3)
      expect(relay.messages[2]).toMatchObject({
        type: '#commit',
        body: { repo: bob.did, since: bobRoot.rev },
      })
    } finally {
      await relay.close()
    }
  })
})
