import type { ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { AtpAgent } from '@atproto/api'
import { IdResolver } from '@atproto/identity'
import { verifyRepoCar } from '@atproto/repo'
import { type Event, Firehose } from '@atproto/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawnCli, waitForLine } from '../helpers/cli.ts'
import { freePort, startTestPlc, type TestPlc } from '../helpers/harness.ts'
import { FirehoseClient } from '../sequencer/firehose-client.ts'

const KILLS = 22
const WRITERS_PER_ACCOUNT = 4
const COLL = 'app.bsky.feed.post'

let tmp: string
let plc: TestPlc
let port: number
let url: string
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'tempest-crash-'))
  plc = await startTestPlc()
  port = await freePort()
  url = `http://localhost:${port}`
})
afterAll(async () => {
  await plc.close()
  await rm(tmp, { recursive: true, force: true })
})

async function serve(dataDir: string): Promise<ChildProcess> {
  const child = spawnCli(['serve'], {
    TEMPEST_DATA_DIR: dataDir,
    TEMPEST_PLC_URL: plc.url,
    PORT: String(port),
  })
  await waitForLine(child, /tempest is listening/)
  return child
}

async function kill9(child: ChildProcess): Promise<void> {
  const exited = once(child, 'exit')
  child.kill('SIGKILL')
  await exited
}

function post(text: string) {
  return { $type: COLL, text, createdAt: new Date().toISOString() }
}

/**
 * Writes until the server goes away: single creates, and every fifth call an applyWrites batch.
 * Only what the server answered is recorded as acknowledged (uri -> cid).
 */
async function writeUntilDown(agent: AtpAgent, acked: Map<string, string>, tag: string) {
  for (let n = 0; ; n++) {
    try {
      if (n % 5 === 4) {
        const { data } = await agent.com.atproto.repo.applyWrites({
          repo: agent.assertDid,
          writes: Array.from({ length: 8 }, (_, i) => ({
            $type: 'com.atproto.repo.applyWrites#create' as const,
            collection: COLL,
            value: post(`${tag} ${n}.${i}`),
          })),
        })
        for (const r of data.results ?? []) {
          const { uri, cid } = r as { uri: string; cid: string }
          acked.set(uri, cid)
        }
      } else {
        const { data } = await agent.com.atproto.repo.createRecord({
          repo: agent.assertDid,
          collection: COLL,
          record: post(`${tag} ${n}`),
        })
        acked.set(data.uri, data.cid)
      }
    } catch {
      return
    }
  }
}

interface RepoEvent {
  seq: number
  type: string
  rev: string
  since?: string | null
}

/**
 * The issue-18 scenario: commits that reached a repo file must all reach the firehose, in a chain a
 * relay applying Sync v1.1 accepts, however often the process is killed mid-write.
 */
describe('crash consistency', () => {
  it(`announces every stored commit in a verified chain through ${KILLS} kill -9s`, async () => {
    const dataDir = path.join(tmp, 'data')
    let child = await serve(dataDir)
    const agents: AtpAgent[] = []
    for (const name of ['alice', 'bob']) {
      const agent = new AtpAgent({ service: url })
      await agent.createAccount({
        handle: `${name}.test`,
        email: `${name}@example.com`,
        password: `${name}-password-1`,
      })
      agents.push(agent)
    }
    const acked = new Map<string, string>()

    for (let round = 0; round < KILLS; round++) {
      const writers = agents.flatMap((agent, a) =>
        Array.from({ length: WRITERS_PER_ACCOUNT }, (_, w) =>
          writeUntilDown(agent, acked, `r${round} a${a} w${w}`),
        ),
      )
      // Killed at a random moment once writes are flowing (the machine may be slow to start them).
      const before = acked.size
      for (let i = 0; i < 1000 && acked.size < before + 2; i++) {
        await new Promise((r) => setTimeout(r, 10))
      }
      await new Promise((r) => setTimeout(r, Math.random() * 300))
      await kill9(child)
      await Promise.all(writers)
      child = await serve(dataDir)
    }

    try {
      const reader = new AtpAgent({ service: url })
      expect(acked.size).toBeGreaterThan(KILLS * 2)
      for (const [uri, cid] of acked) {
        const [, , repo, collection, rkey] = uri.split('/') as string[]
        const { data } = await reader.com.atproto.repo.getRecord({
          repo: repo as string,
          collection: collection as string,
          rkey: rkey as string,
        })
        expect(data.cid).toBe(cid)
      }

      const heads = new Map<string, string>()
      for (const agent of agents) {
        const did = agent.assertDid
        const doc = (await (await fetch(`${plc.url}/${did}/data`)).json()) as {
          verificationMethods: { atproto: string }
        }
        const car = await reader.com.atproto.sync.getRepo({ did })
        await verifyRepoCar(car.data, did, doc.verificationMethods.atproto)
        heads.set(did, (await reader.com.atproto.sync.getLatestCommit({ did })).data.rev)
      }

      // The raw log from cursor 0: per repo, each #commit's `since` is the previous event's rev
      // (null for the first), a #sync resets it, and the last rev is the head.
      const raw = new FirehoseClient(url, 0)
      const eventsOf = (did: string): RepoEvent[] =>
        raw.messages
          .filter(
            (m) =>
              (m.type === '#commit' && m.body.repo === did) ||
              (m.type === '#sync' && m.body.did === did),
          )
          .map((m) => ({
            seq: m.body.seq as number,
            type: m.type,
            rev: m.body.rev as string,
            since: m.body.since as string | null | undefined,
          }))
      const caughtUp = () => [...heads].every(([did, rev]) => eventsOf(did).at(-1)?.rev === rev)
      await raw.until(caughtUp).catch(() => undefined)
      await raw.close()
      for (const [did, head] of heads) {
        let previous: string | null = null
        const breaks: string[] = []
        for (const evt of eventsOf(did)) {
          if (evt.type === '#commit' && evt.since !== previous) {
            breaks.push(`seq ${evt.seq}: since ${evt.since} but the previous rev was ${previous}`)
          }
          previous = evt.rev
        }
        expect(breaks).toEqual([])
        expect(previous).toBe(head)
      }

      // The official consumer, verifying every commit against the DID document's key, sees every
      // acknowledged record created.
      const created = new Set<string>()
      const errors: Error[] = []
      let done: () => void = () => undefined
      const allIn = new Promise<void>((resolve) => (done = resolve))
      const firehose = new Firehose({
        service: url.replace(/^http/, 'ws'),
        // The library's default fetch refuses loopback addresses; the test PLC is on localhost.
        idResolver: new IdResolver({ plcUrl: plc.url, fetch: globalThis.fetch }),
        getCursor: () => 0,
        handleEvent: (evt: Event) => {
          if (evt.event !== 'create') return
          const uri = evt.uri.toString()
          if (acked.has(uri) && !created.has(uri)) created.add(uri)
          if (created.size === acked.size) done()
        },
        onError: (err) => errors.push(err),
      })
      void firehose.start()
      await Promise.race([allIn, new Promise((r) => setTimeout(r, 30_000))])
      await firehose.destroy()
      expect(errors).toEqual([])
      expect([...acked.keys()].filter((uri) => !created.has(uri))).toEqual([])
    } finally {
      await kill9(child)
    }
  }, 150_000)
})
