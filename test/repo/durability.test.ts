import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { copyFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { AtpAgent } from '@atproto/api'
import { verifyRepoCar } from '@atproto/repo'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoFilePath } from '../../src/repo/repo-file.ts'
import { spawnCli, waitForLine } from '../helpers/cli.ts'
import { freePort, startTestPlc, type TestPlc } from '../helpers/harness.ts'
import { FirehoseClient } from '../sequencer/firehose-client.ts'

let tmp: string
let plc: TestPlc
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'tempest-durability-'))
  plc = await startTestPlc()
})
afterAll(async () => {
  await plc.close()
  await rm(tmp, { recursive: true, force: true })
})

async function serve(dataDir: string) {
  const port = await freePort()
  const child = spawnCli(['serve'], {
    TEMPEST_DATA_DIR: dataDir,
    TEMPEST_PLC_URL: plc.url,
    PORT: String(port),
  })
  await waitForLine(child, /tempest is listening/)
  return { child, url: `http://localhost:${port}` }
}

const PASSWORD = 'durable-password-1'

/** A server on a fresh `dataDir` with one account signed up, `<name>.test`. */
async function serveWithAccount(dataDir: string, name: string) {
  const first = await serve(dataDir)
  const agent = new AtpAgent({ service: first.url })
  await agent.createAccount({
    handle: `${name}.test`,
    email: `${name}@example.com`,
    password: PASSWORD,
  })
  return { first, agent, did: agent.assertDid }
}

describe('durability', () => {
  it('keeps every acknowledged write through kill -9, before any WAL checkpoint', async () => {
    const dataDir = path.join(tmp, 'data')
    const { first, agent, did } = await serveWithAccount(dataDir, 'durable')
    const acked = new Map<string, string>()
    for (let i = 0; i < 60; i++) {
      const { data } = await agent.com.atproto.repo.createRecord({
        repo: did,
        collection: 'app.bsky.feed.post',
        record: {
          $type: 'app.bsky.feed.post',
          text: `post ${i}`,
          createdAt: new Date().toISOString(),
        },
      })
      acked.set(data.uri, data.cid)
    }
    const { data: batch } = await agent.com.atproto.repo.applyWrites({
      repo: did,
      writes: Array.from({ length: 200 }, (_, i) => ({
        $type: 'com.atproto.repo.applyWrites#create' as const,
        collection: 'com.example.item',
        value: { $type: 'com.example.item', n: i, pad: 'x'.repeat(300) },
      })),
    })
    for (const result of batch.results ?? []) {
      const { uri, cid } = result as { uri: string; cid: string }
      acked.set(uri, cid)
    }
    const { data: last } = await agent.com.atproto.repo.createRecord({
      repo: did,
      collection: 'app.bsky.feed.post',
      record: {
        $type: 'app.bsky.feed.post',
        text: 'the last one',
        createdAt: new Date().toISOString(),
      },
    })
    acked.set(last.uri, last.cid)

    // Killed right after the last acknowledgement, before the WAL was checkpointed: the database
    // file alone (copied without its WAL) lacks acknowledged records.
    const died = once(first.child, 'exit')
    first.child.kill('SIGKILL')
    await died
    const mainOnly = path.join(tmp, 'main-only.sqlite')
    copyFileSync(repoFilePath(path.join(dataDir, 'repos'), did), mainOnly)
    const db = new Database(mainOnly, { readonly: true })
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n
    const inMainFile =
      count("SELECT count(*) AS n FROM sqlite_master WHERE name = 'record'") === 0
        ? 0
        : count('SELECT count(*) AS n FROM record')
    db.close()
    expect(inMainFile).toBeLessThan(acked.size)

    const second = await serve(dataDir)
    try {
      const reader = new AtpAgent({ service: second.url })
      const head = await reader.com.atproto.sync.getLatestCommit({ did })
      expect(head.data.cid).toBe(last.commit?.cid)
      for (const [uri, cid] of acked) {
        const [, , , collection, rkey] = uri.split('/') as string[]
        const { data } = await reader.com.atproto.repo.getRecord({
          repo: did,
          collection: collection as string,
          rkey: rkey as string,
        })
        expect(data.cid).toBe(cid)
      }
      const car = await reader.com.atproto.sync.getRepo({ did })
      const signingKey = (await (await fetch(`${plc.url}/${did}/data`)).json()) as {
        verificationMethods: { atproto: string }
      }
      const verified = await verifyRepoCar(car.data, did, signingKey.verificationMethods.atproto)
      expect(verified.creates).toHaveLength(acked.size)

      // Every acknowledged commit is in the firehose log.
      const firehose = new FirehoseClient(second.url, 0)
      const commitsOf = () =>
        firehose.messages.filter((m) => m.type === '#commit' && m.body.repo === did)
      await firehose.until(() => commitsOf().length >= 62)
      await firehose.close()
      expect(commitsOf().at(-1)?.body.commit?.toString()).toBe(last.commit?.cid)
    } finally {
      const exited = once(second.child, 'exit')
      second.child.kill('SIGTERM')
      await exited
    }
  })

  // Uploads are not fsynced (docs/reference/configuration.md, "Blob storage"): what an
  // acknowledgement promises is that nothing of the blob is left in the process to lose.
  it('keeps every acknowledged blob upload through kill -9', async () => {
    const dataDir = path.join(tmp, 'blobs-data')
    const { first, agent, did } = await serveWithAccount(dataDir, 'uploads')
    const uploads = [randomBytes(1024 * 1024), randomBytes(300_000), randomBytes(5)]
    const acked = []
    for (const bytes of uploads) {
      const { data } = await agent.com.atproto.repo.uploadBlob(bytes, {
        encoding: 'application/octet-stream',
      })
      acked.push({ bytes, blob: data.blob })
    }
    const died = once(first.child, 'exit')
    first.child.kill('SIGKILL')
    await died

    const second = await serve(dataDir)
    try {
      const again = new AtpAgent({ service: second.url })
      await again.login({ identifier: 'uploads.test', password: PASSWORD })
      // A record accepts only blobs whose metadata and object match what was acknowledged.
      await again.com.atproto.repo.createRecord({
        repo: did,
        collection: 'com.example.files',
        record: { $type: 'com.example.files', files: acked.map(({ blob }) => blob) },
      })
      for (const { bytes, blob } of acked) {
        const { data } = await again.com.atproto.sync.getBlob({ did, cid: blob.ref.toString() })
        expect(Buffer.from(data).equals(bytes)).toBe(true)
      }
    } finally {
      const exited = once(second.child, 'exit')
      second.child.kill('SIGTERM')
      await exited
    }
  })
})
