import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Secp256k1Keypair } from '@atproto/crypto'
import type { Cid } from '@atproto/lex-data'
import { BlockMap, type CommitData, def, MemoryBlockstore, MST } from '@atproto/repo'
import { jsonToLex } from '@atproto/lexicon'
import { createLogger } from '../../src/logger.ts'
import { prepareDelete, prepareRecordWrite } from '../../src/repo/prepare.ts'
import { RepoManager } from '../../src/repo/repo-manager.ts'
import type { BlobRefHooks, CommitOp, PreparedWrite, RepoCommit } from '../../src/repo/types.ts'

export interface SequencedCall {
  did: string
  commit: RepoCommit
  ops: CommitOp[]
}

/** A RepoManager on a temp dir with one fixed key, recording what it sequences. */
export async function repoFixture(opts: { blobs?: BlobRefHooks; openRepos?: number } = {}) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tempest-repo-'))
  const key = await Secp256k1Keypair.create({ exportable: true })
  const sequenced: SequencedCall[] = []
  const synced: CommitData[] = []
  const repos = new RepoManager({
    reposDir: dir,
    keys: { getSigningKey: async () => key },
    sequencer: {
      sequenceCommit: async (did, commit, ops) => sequenced.push({ did, commit, ops }),
      sequenceSync: async (_did, commit) => synced.push(commit),
    },
    blobs: opts.blobs,
    logger: createLogger('silent'),
    openRepos: opts.openRepos,
  })
  return {
    dir,
    key,
    repos,
    sequenced,
    synced,
    close: async () => {
      repos.close()
      await rm(dir, { recursive: true, force: true })
    },
  }
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
