import type { Keypair } from '@atproto/crypto'
import type { Cid, LexMap } from '@atproto/lex-data'
import { type BlockMap, cborToLexRecord, concatBytesAsync, getRecords } from '@atproto/repo'
import type { WalCheckpoints } from '../db/wal-checkpoints.ts'
import type { Logger } from '../logger.ts'
import type { ServerTiming } from '../metrics/server-timing.ts'
import { CommitWriter, RepoNotFoundError } from './commit-writer.ts'
import type { RepoRoot } from './repo-snapshot.ts'
import { RepoStoreCache } from './store-cache.ts'
import type {
  BlobRefHooks,
  CommitResult,
  CommitSequencer,
  PreparedWrite,
  RepoCommit,
  SigningKeySource,
} from './types.ts'

/** Repo files kept open when idle (each holds one SQLite connection, two while streaming). */
const DEFAULT_OPEN_REPOS = 256

export interface RepoManagerOptions {
  reposDir: string
  keys: SigningKeySource
  sequencer: CommitSequencer
  blobs?: BlobRefHooks
  logger: Logger
  openRepos?: number
  /** Checkpoints repo files' WALs between bursts of writes instead of inside them. */
  checkpoints?: WalCheckpoints
  /** Times a write's steps for the `Server-Timing` header. */
  timing?: ServerTiming
  /** Told of each record-write commit and how long it took (metrics). */
  onCommit?: (writes: readonly PreparedWrite[], seconds: number) => void
}

export interface RecordValue {
  cid: Cid
  value: LexMap
}

/**
 * Every account's repository (`ctx.repos`): the commit writer for writes, and reads straight
 * from each account's SQLite file (record index for records, snapshots for whole-repo CARs).
 */
export class RepoManager {
  private readonly stores: RepoStoreCache
  readonly writer: CommitWriter
  private readonly onCommit: RepoManagerOptions['onCommit']

  constructor(opts: RepoManagerOptions) {
    this.onCommit = opts.onCommit
    this.stores = new RepoStoreCache(
      opts.reposDir,
      opts.openRepos ?? DEFAULT_OPEN_REPOS,
      opts.checkpoints,
    )
    this.writer = new CommitWriter({
      stores: this.stores,
      keys: opts.keys,
      sequencer: opts.sequencer,
      blobs: opts.blobs,
      logger: opts.logger,
      timing: opts.timing,
    })
  }

  createRepo(did: string, signingKey: Keypair): Promise<RepoCommit> {
    return this.writer.createRepo(did, signingKey)
  }

  deleteRepo(did: string): Promise<void> {
    return this.writer.deleteRepo(did)
  }

  applyWrites(
    did: string,
    writes: PreparedWrite[],
    opts: { swapCommit?: Cid } = {},
  ): Promise<CommitResult> {
    const start = performance.now()
    // Not async: the writer's synchronous refusals (too many writes) stay synchronous.
    return this.writer.applyWrites(did, writes, opts).then((result) => {
      this.onCommit?.(writes, (performance.now() - start) / 1000)
      return result
    })
  }

  importRepo(did: string, car: Uint8Array, opts: { resign: boolean }): Promise<RepoCommit> {
    return this.writer.importRepo(did, car, opts)
  }

  resignHead(did: string): Promise<RepoCommit | null> {
    return this.writer.resignHead(did)
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

  getBlocks(did: string, cids: Cid[]): { blocks: BlockMap; missing: Cid[] } {
    const found = this.stores.with(did, (store) => store.blocksNow(cids))
    if (!found) throw new RepoNotFoundError(did)
    return found
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

  close(): void {
    this.stores.closeAll()
  }
}
