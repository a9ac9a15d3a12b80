import { TID } from '@atproto/common'
import type { Keypair } from '@atproto/crypto'
import { encode } from '@atproto/lex-cbor'
import { cidForCbor, type Cid } from '@atproto/lex-data'
import {
  type BlockMap,
  type Commit,
  DataDiff,
  type MST,
  type Repo,
  signCommit,
} from '@atproto/repo'
import { InvalidRequestError } from '@atproto/xrpc-server'
import { CidBlockMap } from './cid-block-map.ts'
import { coveringProofs } from './covering-proofs.ts'
import type {
  CommitOp,
  PreparedWrite,
  RecordIndexChange,
  RepoCommit,
  WriteResult,
} from './types.ts'

export function invalidSwap(message: string): InvalidRequestError {
  return new InvalidRequestError(message, 'InvalidSwap')
}

/** What a batch of writes does: the MST ops, the commit's ops, the index changes, the results. */
interface WritePlan {
  repoOps: MstOp[]
  ops: CommitOp[]
  changes: RecordIndexChange[]
  results: WriteResult[]
}

/**
 * Turns a batch of writes into what the commit applies, checking each write's swap and that
 * creates and deletes find the record absent or present. `storedCid` is the record's CID in the
 * stored repo, before the batch.
 */
export function planWrites(
  did: string,
  writes: PreparedWrite[],
  storedCid: (collection: string, rkey: string) => Cid | null,
): WritePlan {
  // Each write sees the record as the earlier writes of the same batch left it.
  const pending = new Map<string, Cid | null>()
  const currentCid = (collection: string, rkey: string): Cid | null => {
    const path = `${collection}/${rkey}`
    return pending.has(path) ? (pending.get(path) ?? null) : storedCid(collection, rkey)
  }
  const repoOps: MstOp[] = []
  const ops: CommitOp[] = []
  const changes: RecordIndexChange[] = []
  const results: WriteResult[] = []
  for (const write of writes) {
    const { collection, rkey } = write
    const path = `${collection}/${rkey}`
    const prev = currentCid(collection, rkey)
    if (write.swapCid !== undefined) {
      const matches =
        write.swapCid === null ? prev === null : (prev?.equals(write.swapCid) ?? false)
      if (!matches) throw invalidSwap(`Record was at ${prev?.toString() ?? 'null'}`)
    }
    if (write.action === 'delete') {
      if (!prev) throw new InvalidRequestError(`Could not find record: at://${did}/${path}`)
      repoOps.push({ action: 'delete', key: path })
      ops.push({ action: 'delete', path, cid: null, prev })
      changes.push({ kind: 'delete', collection, rkey })
      results.push({ action: 'delete', collection, rkey, cid: null, validationStatus: undefined })
      pending.set(path, null)
      continue
    }
    if (write.action === 'create' && prev) {
      throw new InvalidRequestError(`Record already exists: at://${did}/${path}`)
    }
    // An update of a missing record creates it (putRecord's upsert).
    const action = prev ? 'update' : 'create'
    repoOps.push({ action, key: path, cid: write.cid })
    ops.push(prev ? { action, path, cid: write.cid, prev } : { action, path, cid: write.cid })
    changes.push({ kind: 'put', collection, rkey, cid: write.cid, blobs: write.blobs })
    results.push({
      action,
      collection,
      rkey,
      cid: write.cid,
      validationStatus: write.validationStatus,
    })
    pending.set(path, write.cid)
  }
  return { repoOps, ops, changes, results }
}

/** A commit over an existing MST root, signed with `key`, with the next rev after `revFloor`. */
export async function resignedCommit(
  did: string,
  data: Cid,
  revFloor: string,
  key: Keypair,
): Promise<{ cid: Cid; rev: string; bytes: Uint8Array }> {
  const rev = TID.nextStr(revFloor)
  const bytes = encode(await signCommit({ did, version: 3, rev, prev: null, data }, key))
  return { cid: await cidForCbor(bytes), rev, bytes }
}

type MstOp =
  { action: 'create' | 'update'; key: string; cid: Cid } | { action: 'delete'; key: string }

/**
 * Builds the next commit: what `Repo.formatCommit` does (apply the ops to the loaded MST, diff it
 * against the previous tree, sign), with the record blocks already encoded by `prepare` and the
 * covering proofs of all ops gathered in one pass (`coveringProofs`).
 */
export async function formatCommit(
  repo: Repo,
  ops: MstOp[],
  leaves: BlockMap,
  key: Keypair,
): Promise<{ commit: RepoCommit; head: { commit: Commit; data: MST } }> {
  let data = repo.data
  for (const op of ops) {
    if (op.action === 'create') data = await data.add(op.key, op.cid)
    else if (op.action === 'update') data = await data.update(op.key, op.cid)
    else data = await data.delete(op.key)
  }
  const dataCid = await data.getPointer()
  const diff = await DataDiff.of(data, repo.data)
  const newBlocks = new CidBlockMap().addMap(diff.newMstBlocks)
  const removedCids = diff.removedCids
  const relevantBlocks = await coveringProofs(
    data,
    ops.map((op) => op.key),
    newBlocks,
  )
  const addedLeaves = leaves.getMany(diff.newLeafCids.toList())
  if (addedLeaves.missing.length > 0) {
    throw new Error(`Missing leaf blocks: ${addedLeaves.missing.join(', ')}`)
  }
  newBlocks.addMap(addedLeaves.blocks)
  relevantBlocks.addMap(addedLeaves.blocks)
  const rev = TID.nextStr(repo.commit.rev)
  const signed = await signCommit(
    { did: repo.did, version: 3, rev, prev: null, data: dataCid },
    key,
  )
  const commitBytes = encode(signed)
  const commitCid = await cidForCbor(commitBytes)
  if (!commitCid.equals(repo.cid)) {
    newBlocks.set(commitCid, commitBytes)
    relevantBlocks.set(commitCid, commitBytes)
    removedCids.add(repo.cid)
  }
  return {
    commit: {
      cid: commitCid,
      rev,
      since: repo.commit.rev,
      prev: repo.cid,
      newBlocks,
      relevantBlocks,
      removedCids,
      prevData: repo.commit.data,
    },
    head: { commit: signed, data },
  }
}
