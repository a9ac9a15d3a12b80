import { Secp256k1Keypair } from '@atproto/crypto'
import {
  MST,
  MemoryBlockstore,
  Repo,
  WriteOpAction,
  readCarWithRoot,
  type RecordCreateOp,
  type RecordWriteOp,
} from '@atproto/repo'
import { decode } from '@atproto/lex-cbor'
import type { Cid, CommitOp, SequencedCommit } from '../../src/sequencer/events.ts'

type Nsid = RecordWriteOp['collection']
type LexRecord = RecordCreateOp['record']

export interface BuiltCommit {
  commit: SequencedCommit
  ops: CommitOp[]
}

/**
 * A repo built directly with @atproto/repo on a memory blockstore, producing commits exactly as a
 * commit writer hands them to the sequencer (CommitData + prevData, and the firehose ops).
 */
export class TestRepo {
  private constructor(
    public repo: Repo,
    readonly keypair: Secp256k1Keypair,
  ) {}

  static async create(
    did: string,
    keypair?: Secp256k1Keypair,
  ): Promise<{ repo: TestRepo; genesis: BuiltCommit }> {
    const key = keypair ?? (await Secp256k1Keypair.create())
    const storage = new MemoryBlockstore()
    const commit = await Repo.formatInitCommit(storage, did, key)
    const repo = await Repo.createFromCommit(storage, commit)
    return {
      repo: new TestRepo(repo, key),
      genesis: { commit: { ...commit, prevData: null }, ops: [] },
    }
  }

  get did(): string {
    return this.repo.did
  }

  async write(writes: RecordWriteOp[]): Promise<BuiltCommit> {
    const prevData = this.repo.commit.data
    const ops: CommitOp[] = []
    for (const w of writes) {
      const path = `${w.collection}/${w.rkey}`
      const prev = (await this.repo.data.get(path)) ?? undefined
      ops.push({ action: w.action, path, cid: null, ...(prev && { prev }) })
    }
    const commit = await this.repo.formatCommit(writes, this.keypair)
    this.repo = await this.repo.applyCommit(commit)
    for (const op of ops) {
      if (op.action !== 'delete') op.cid = (await this.repo.data.get(op.path)) ?? null
    }
    return { commit: { ...commit, prevData }, ops }
  }

  create(collection: Nsid, rkey: string, record: Record<string, unknown>) {
    return this.write([
      { action: WriteOpAction.Create, collection, rkey, record: record as LexRecord },
    ])
  }

  update(collection: Nsid, rkey: string, record: Record<string, unknown>) {
    return this.write([
      { action: WriteOpAction.Update, collection, rkey, record: record as LexRecord },
    ])
  }

  delete(collection: Nsid, rkey: string) {
    return this.write([{ action: WriteOpAction.Delete, collection, rkey }])
  }
}

/**
 * Inverts a #commit's ops over only the blocks it carries and returns the resulting MST root,
 * which must equal the event's prevData (the Sync 1.1 inductive check; MST reads fail on a
 * missing proof block).
 */
export async function invertCommit(evt: {
  blocks: Uint8Array
  commit: Cid
  ops: Array<{ action: string; path: string; cid: Cid | null; prev?: Cid }>
}): Promise<Cid> {
  const { root, blocks } = await readCarWithRoot(evt.blocks)
  if (!root.equals(evt.commit)) throw new Error('CAR root is not the commit')
  const storage = new MemoryBlockstore(blocks)
  const commitBytes = blocks.get(root)
  if (!commitBytes) throw new Error('commit block missing from CAR')
  const commit = decode(commitBytes) as { data: Cid }
  let mst = MST.load(storage, commit.data)
  for (const op of [...evt.ops].reverse()) {
    if (op.action === 'create') mst = await mst.delete(op.path)
    else if (op.action === 'update') mst = await mst.update(op.path, req(op.prev, op.path))
    else mst = await mst.add(op.path, req(op.prev, op.path))
  }
  return mst.getPointer()
}

function req(prev: Cid | undefined, path: string): Cid {
  if (!prev) throw new Error(`op on ${path} lacks prev`)
  return prev
}
