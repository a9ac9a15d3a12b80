import type { Cid, LexMap } from '@atproto/lex-data'
import { type BlockMap, cborToLexRecord, concatBytesAsync, getRecords } from '@atproto/repo'
import { CommitWriter, type CommitWriterOptions, RepoNotFoundError } from './commit-writer.ts'
import type { RepoRoot } from './repo-snapshot.ts'
import type { RepoStoreCache } from './store-cache.ts'
import type { CommitResult, PreparedWrite } from './types.ts'

export interface RepoManagerOptions extends CommitWriterOptions {
  /** Told of each record-write commit and how long it took (metrics). */
  onCommit?: (writes: readonly PreparedWrite[], seconds: number) => void
}

export interface RecordValue {
  cid: Cid
  value: LexMap
}

/**
 * Every account's repository (`ctx.repos`), the repo layer's one surface: the commit writer's
 * writes (this is a `CommitWriter`: createRepo, applyWrites, importRepo, resignHead, deleteRepo,
 * exclusive, settleAll), and reads straight from each account's SQLite file (record index for
 * records, snapshots for whole-repo CARs).
 */
export class RepoManager extends CommitWriter {
  private readonly stores: RepoStoreCache
  private readonly onCommit: RepoManagerOptions['onCommit']

  constructor(opts: RepoManagerOptions) {
    super(opts)
    this.stores = opts.stores
    this.onCommit = opts.onCommit
  }

  override applyWrites(
    did: string,
    writes: PreparedWrite[],
    opts: { swapCommit?: Cid } = {},
  ): Promise<CommitResult> {
    const start = performance.now()
    // Not async: the writer's synchronous refusals (too many writes) stay synchronous.
    return super.applyWrites(did, writes, opts).then((result) => {
      this.onCommit?.(writes, (performance.now() - start) / 1000)
      return result
    })
  }

  /** The current commit, or `null` when the account has no repo. */
  root(did: string): RepoRoot | null {
    return this.stores.with(did, (store) => store.root()) ?? null
  }

  /** The current record at a path, or `null`; with `cid`, only if the current record has it. */
  getRecord(did: string, collection: string, rkey: string, cid?: Cid): RecordValue | null {
    const found = this.stores.with(did, (store) => store.record(collection, rkey))
    if (!found || (cid && !cid.equals(found.cid))) return null
    return { cid: found.cid, value: cborToLexRecord(found.bytes) }
  }

  /** The current record's CID at a path, or `null`. */
  getRecordCid(did: string, collection: string, rkey: string): Cid | null {
    return this.stores.with(did, (store) => store.recordCid(collection, rkey)) ?? null
  }

  listRecords(
    did: string,
    collection: string,
    opts: { limit: number; cursor?: string; reverse?: boolean },
  ): Array<RecordValue & { rkey: string }> {
    const rows = this.stores.with(did, (store) => store.listRecords(collection, opts)) ?? []
    return rows.map((r) => ({ rkey: r.rkey, cid: r.cid, value: cborToLexRecord(r.bytes) }))
  }

  /**
   * Records last written after `rev`, oldest first, at most `limit` (read-after-write). Empty when
   * no current record is at or before `rev` either: that rev is not from this repo's history
   * (an imported repo), so nothing can be said to be newer.
   */
  recordsSince(
    did: string,
    rev: string,
    limit: number,
  ): Array<RecordValue & { collection: string; rkey: string; rev: string }> {
    const rows =
      this.stores.with(did, (store) => {
        const newer = store.recordsSince(rev, limit)
        return newer.length > 0 && store.hasRecordAtOrBefore(rev) ? newer : []
      }) ?? []
    return rows.map((r) => ({
      collection: r.collection,
      rkey: r.rkey,
      rev: r.rev,
      cid: r.cid,
      value: cborToLexRecord(r.bytes),
    }))
  }

  collections(did: string): string[] {
    return this.stores.with(did, (store) => store.collections()) ?? []
  }

  recordCount(did: string): number {
    return this.stores.with(did, (store) => store.recordCount()) ?? 0
  }

  /** Blocks stored and distinct blobs referenced (checkAccountStatus). */
  sizes(did: string): { blocks: number; blobRefs: number } {
    return (
      this.stores.with(did, (store) => ({
        blocks: store.blockCount(),
        blobRefs: store.blobRefCount(),
      })) ?? { blocks: 0, blobRefs: 0 }
    )
  }

  async getBlocks(did: string, cids: Cid[]): Promise<{ blocks: BlockMap; missing: Cid[] }> {
    const lease = this.stores.lease(did)
    if (!lease) throw new RepoNotFoundError(did)
    try {
      return await lease.store.getBlocks(cids)
    } finally {
      lease.release()
    }
  }

  /**
   * The whole repo (or the blocks written after `since`) as a CAR, streamed from a consistent
   * snapshot. Throws RepoNotFound before the first byte; the snapshot is held until the stream
   * ends or is abandoned.
   */
  exportCar(did: string, since?: string): { root: RepoRoot; car: AsyncIterable<Uint8Array> } {
    const leased = this.stores.lease(did)
    const found = leased?.store.snapshot()
    if (!leased || !found) {
      leased?.release()
      throw new RepoNotFoundError(did)
    }
    const [lease, snapshot] = [leased, found]
    async function* car() {
      try {
        yield* snapshot.car(since)
      } finally {
        snapshot.release()
        lease.release()
      }
    }
    return { root: snapshot.root, car: car() }
  }

  /** A CAR with the commit, the MST nodes proving a record's presence or absence, and the record. */
  async recordProofCar(did: string, collection: string, rkey: string): Promise<Uint8Array> {
    const lease = this.stores.lease(did)
    const snapshot = lease?.store.snapshot()
    try {
      if (!snapshot) throw new RepoNotFoundError(did)
      return await concatBytesAsync(getRecords(snapshot, snapshot.root.cid, [{ collection, rkey }]))
    } finally {
      snapshot?.release()
      lease?.release()
    }
  }
}
