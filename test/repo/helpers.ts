import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Secp256k1Keypair } from '@atproto/crypto'
import type { Cid } from '@atproto/lex-data'
import { BlockMap, CidSet, def, MemoryBlockstore, MST, readCarWithRoot } from '@atproto/repo'
import { jsonToLex } from '@atproto/lexicon'
import { migrateToLatest } from '../../src/db/migrate.ts'
import { kyselyFor, openSqlite } from '../../src/db/sqlite.ts'
import { createLogger } from '../../src/logger.ts'
import { Crawlers } from '../../src/sequencer/crawlers.ts'
import { sequencerMigrations } from '../../src/sequencer/migrations.ts'
import { Sequencer } from '../../src/sequencer/sequencer.ts'
import { prepareDelete, prepareRecordWrite } from '../../src/repo/prepare.ts'
import { RepoManager } from '../../src/repo/repo-manager.ts'
import { RepoStoreCache } from '../../src/repo/store-cache.ts'
import type { BlobRefHooks, CommitOp, PreparedWrite, RepoCommit } from '../../src/repo/types.ts'

export interface SequencedCall {
  did: string
  commit: RepoCommit
  ops: CommitOp[]
}

/**
 * A RepoManager on a temp dir with one fixed key, over a real sequencer (its log in the same dir).
 * `sequenced()` reads back the `#commit` events the log holds once every queued append is written,
 * as the commits they announce.
 */
export async function repoFixture(opts: { blobs?: BlobRefHooks; openRepos?: number } = {}) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tempest-repo-'))
  const key = await Secp256k1Keypair.create({ exportable: true })
  const logger = createLogger('silent')
  const sqlite = openSqlite(path.join(dir, 'sequencer.sqlite'))
  const kysely = kyselyFor<unknown>(sqlite)
  await migrateToLatest(kysely, sequencerMigrations)
  const crawlers = new Crawlers({ hostname: 'localhost', urls: [], logger })
  const sequencer = new Sequencer(sqlite, { logger, crawlers, retainHours: 1 })
  const stores = new RepoStoreCache(path.join(dir, 'repos'), { capacity: opts.openRepos })
  const repos = new RepoManager({
    stores,
    keys: { getSigningKey: async () => key },
    sequencer,
    blobs: opts.blobs,
    logger,
  })
  await mkdir(path.join(dir, 'repos'))
  return {
    dir: path.join(dir, 'repos'),
    key,
    repos,
    stores,
    sequencer,
    sequenced: () => commitEvents(sequencer),
    close: async () => {
      await sequencer.flushed()
      stores.closeAll()
      sequencer.close()
      await kysely.destroy()
      await rm(dir, { recursive: true, force: true })
    },
  }
}

async function commitEvents(sequencer: Sequencer): Promise<SequencedCall[]> {
  await sequencer.flushed()
  const calls: SequencedCall[] = []
  for (const evt of sequencer.readAfter(0, 100_000)) {
    if (evt.type !== 'commit') continue
    const body = evt.body as {
      commit: Cid
      rev: string
      since: string | null
      prevData?: Cid
      blocks: Uint8Array
      ops: CommitOp[]
    }
    const { blocks } = await readCarWithRoot(body.blocks)
    const commit: RepoCommit = {
      cid: body.commit,
      rev: body.rev,
      since: body.since,
      prev: null,
      newBlocks: blocks,
      relevantBlocks: blocks,
      removedCids: new CidSet(),
      prevData: body.prevData ?? null,
    }
    calls.push({ did: evt.did, commit, ops: body.ops })
  }
  return calls
}

/** A create as a handler would prepare it from JSON input. */
export function create(
  collection: string,
  json: Record<string, unknown>,
  opts: { rkey?: string; validate?: boolean; swapCid?: Cid | null } = {},
): Promise<PreparedWrite> {
  return prepareRecordWrite({
    action: 'create',
    collection,
    record: jsonToLex(json as never),
    ...opts,
  })
}

export function update(
  collection: string,
  rkey: string,
  json: Record<string, unknown>,
  opts: { swapCid?: Cid | null } = {},
): Promise<PreparedWrite> {
  return prepareRecordWrite({
    action: 'update',
    collection,
    rkey,
    record: jsonToLex(json as never),
    ...opts,
  })
}

export function del(collection: string, rkey: string, swapCid?: Cid | null): PreparedWrite {
  return prepareDelete({ collection, rkey, ...(swapCid !== undefined && { swapCid }) })
}

export function post(text: string): Record<string, unknown> {
  return { $type: 'app.bsky.feed.post', text, createdAt: new Date().toISOString() }
}

/**
 * What a firehose consumer does with a `#commit`: starting from the new MST (in the event's blocks
 * only), undo each op in reverse; the result must be the previous commit's MST root.
 */
export async function invertOps(commit: RepoCommit, ops: CommitOp[]): Promise<Cid> {
  const blocks = new BlockMap()
  blocks.addMap(commit.newBlocks)
  blocks.addMap(commit.relevantBlocks)
  const storage = new MemoryBlockstore(blocks)
  const signed = await storage.readObj(commit.cid, def.commit)
  let mst = MST.load(storage, signed.data)
  for (const op of [...ops].reverse()) {
    if (op.action === 'create') mst = await mst.delete(op.path)
    else if (op.action === 'update') mst = await mst.update(op.path, op.prev as Cid)
    else mst = await mst.add(op.path, op.prev as Cid)
  }
  return mst.getPointer()
}
