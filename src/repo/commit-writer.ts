import { randomBytes } from 'node:crypto'
import type { Keypair } from '@atproto/crypto'
import { enumBlobRefs, isTypedBlobRef, type Cid } from '@atproto/lex-data'
import {
  BlockMap,
  cborToLexRecord,
  CidSet,
  type Commit,
  type CommitData,
  def,
  MemoryBlockstore,
  type MST,
  readCarWithRoot,
  Repo,
  verifyCommitSig,
  verifyRepo,
} from '@atproto/repo'
import { InvalidRequestError } from '@atproto/xrpc-server'
import type { Logger } from '../logger.ts'
import type { ServerTiming } from '../metrics/server-timing.ts'
import { formatCommitEvent } from '../sequencer/events.ts'
import type { DrainedEvent, SettleMode } from '../sequencer/sequencer.ts'
import { formatCommit, invalidSwap, planWrites, resignedCommit } from './commit-format.ts'
import { KeyedMutex } from './keyed-mutex.ts'
import { OutboxDrain } from './outbox-drain.ts'
import type { RepoStore } from './repo-store.ts'
import type { RepoStoreCache } from './store-cache.ts'
import type {
  BlobRefHooks,
  CommitResult,
  CommitSequencer,
  PreparedWrite,
  RecordPut,
  RepoCommit,
  SigningKeySource,
} from './types.ts'

export const MAX_WRITES_PER_COMMIT = 200
const MAX_CACHED_KEYS = 1000
/** Accounts whose current tree stays in memory between commits (recent writers). */
const MAX_CACHED_HEADS = 64
/**
 * Record writes after which a cached tree is dropped and the next commit starts from the stored
 * root again. A tree keeps every node it ever loaded or built, and with TID keys every node was
 * once on the path being written, so without a bound it would come to hold the whole repo
 * (~3 KB per record: 60 MB after 20,000, and that much more for the GC to mark).
 */
const MAX_WRITES_PER_CACHED_HEAD = 2000

/**
 * An account's head as the last commit left it: the tree object keeps the nodes it has loaded or
 * built, so the next commit neither reloads nor re-parses its path. Only valid for the store it
 * reads from and while that store's root is still `cid`.
 */
interface CachedHead {
  store: RepoStore
  cid: Cid
  commit: Commit
  data: MST
  /** Record writes applied to `data` since it was loaded from the store. */
  writes: number
}

export interface CommitWriterOptions {
  stores: RepoStoreCache
  keys: SigningKeySource
  sequencer: CommitSequencer
  blobs?: BlobRefHooks
  logger: Logger
  /** Times a write's steps for the `Server-Timing` header. */
  timing?: ServerTiming
}

export class RepoNotFoundError extends InvalidRequestError {
  constructor(did: string) {
    super(`Could not find repo for DID: ${did}`, 'RepoNotFound')
  }
}

/**
 * The only place a commit is built and signed. Each account's writes are serialised; a commit
 * reads the current MST from the account's store, applies the writes to it with `@atproto/repo`
 * (only the touched paths are loaded and rewritten), signs it with the account key, stores the
 * new blocks, record index, blob refs and its `#commit` event in one SQLite transaction, and
 * queues that event for the firehose log in the account's turn: it is appended once the write's
 * response is out, before any event sequenced for the account later.
 *
 * No stored commit without its event: a commit and its event are one repo-file transaction, and
 * the event leaves the repo file's outbox only after sequencer.sqlite committed it together with
 * the event's token, so replaying an outbox never announces twice. The repo is marked unsettled in
 * sequencer.sqlite before that transaction and the mark goes with the append, so start-up (which
 * settles every marked repo before the server answers) always finds an outbox the log lacks.
 */
export class CommitWriter {
  private readonly locks = new KeyedMutex()
  /**
   * Signing keys by DID (importing one from hex costs about a millisecond). An account's key is
   * set when its repo is created and never changes while the repo exists.
   */
  private readonly keys = new Map<string, Keypair>()
  private readonly heads = new Map<string, CachedHead>()
  private readonly outbox: OutboxDrain

  constructor(private readonly opts: CommitWriterOptions) {
    this.outbox = new OutboxDrain(opts)
  }

  /** Runs `fn` while no commit of `did` is being built (account deletion, migrations). */
  exclusive<T>(did: string, fn: () => Promise<T>): Promise<T> {
    return this.locks.run(did, fn)
  }

  /**
   * Creates the account's repo with its first (empty) signed commit. The caller sequences it,
   * because account creation orders it after its `#identity` and `#account` events.
   */
  createRepo(did: string, signingKey: Keypair): Promise<RepoCommit> {
    return this.locks.run(did, async () => {
      const lease = this.opts.stores.leaseOrCreate(did)
      try {
        if (lease.store.root()) throw new InvalidRequestError(`Repo already exists: ${did}`)
        const commit = await Repo.formatInitCommit(lease.store, did, signingKey)
        this.rememberKey(did, signingKey)
        this.opts.sequencer.markUnsettled(did)
        lease.store.createRoot(did, commit)
        return { ...commit, prevData: null }
      } finally {
        lease.release()
      }
    })
  }

  /** Removes the account's repo file (account deletion). */
  deleteRepo(did: string): Promise<void> {
    return this.locks.run(did, async () => {
      this.keys.delete(did)
      this.heads.delete(did)
      this.opts.stores.remove(did)
    })
  }

  /** Applies writes as one commit, all or nothing; `swapCommit` must be the current commit. */
  applyWrites(
    did: string,
    writes: PreparedWrite[],
    opts: { swapCommit?: Cid } = {},
  ): Promise<CommitResult> {
    if (writes.length === 0) throw new InvalidRequestError('No writes to apply')
    if (writes.length > MAX_WRITES_PER_COMMIT) {
      throw new InvalidRequestError(`Too many writes. Max: ${MAX_WRITES_PER_COMMIT}`)
    }
    const queued = performance.now()
    return this.locks.run(did, async () => {
      this.opts.timing?.add('lock', performance.now() - queued)
      const lease = this.opts.stores.lease(did)
      if (!lease) throw new RepoNotFoundError(did)
      try {
        return await this.commitLocked(did, lease.store, writes, opts.swapCommit)
      } finally {
        lease.release()
      }
    })
  }

  /**
   * Replaces the account's repo with the one in a CAR (every block's CID and the whole MST are
   * checked). With `resign`, the imported tree gets a fresh commit signed with the account key,
   * so the stored repo verifies against the key this server holds. The caller announces it
   * (`#sync`) when the account is live.
   */
  importRepo(did: string, car: Uint8Array, opts: { resign: boolean }): Promise<RepoCommit> {
    return this.locks.run(did, async () => {
      const { root, blocks } = await readCarWithRoot(car)
      const verified = await verifyRepo(blocks, root, did)
      const imported = await Repo.load(new MemoryBlockstore(blocks), root)
      const records: RecordPut[] = verified.creates.map((create) => {
        const record = cborToLexRecord(blocks.get(create.cid) as Uint8Array)
        const blobs = [...enumBlobRefs(record)]
          .filter((b) => isTypedBlobRef(b))
          .map((b) => ({ cid: b.ref, mimeType: b.mimeType, size: b.size }))
        return {
          kind: 'put',
          collection: create.collection,
          rkey: create.rkey,
          cid: create.cid,
          blobs,
        }
      })
      const lease = this.opts.stores.leaseOrCreate(did)
      try {
        const previous = lease.store.root()
        let commit: CommitData = verified.commit
        if (opts.resign) {
          const revFloor = [imported.commit.rev, previous?.rev ?? ''].sort().at(-1) as string
          const { cid, rev, bytes } = await resignedCommit(
            did,
            imported.commit.data,
            revFloor,
            await this.signingKey(did),
          )
          const newBlocks = new BlockMap()
          for (const [blockCid, block] of verified.commit.newBlocks) {
            if (!blockCid.equals(root)) newBlocks.set(blockCid, block)
          }
          newBlocks.set(cid, bytes)
          commit = { ...verified.commit, cid, rev, newBlocks, relevantBlocks: newBlocks }
        }
        this.opts.sequencer.markUnsettled(did)
        lease.store.replaceAll(did, commit, records)
        return { ...commit, since: previous?.rev ?? null, prevData: null }
      } finally {
        lease.release()
      }
    })
  }

  /**
   * Re-signs the head commit with the account's key when another key signed it (a repo imported
   * before this server's key was the DID's): same data root, next rev, so the repo verifies
   * against the DID document from then on. `null` when the head already verifies. The caller
   * announces it (`#sync`).
   */
  resignHead(did: string): Promise<RepoCommit | null> {
    return this.locks.run(did, async () => {
      const lease = this.opts.stores.lease(did)
      if (!lease) throw new RepoNotFoundError(did)
      try {
        const root = lease.store.root()
        if (!root) throw new RepoNotFoundError(did)
        const key = await this.signingKey(did)
        const head = await lease.store.readObj(root.cid, def.commit)
        if (await verifyCommitSig(head, key.did())) return null
        const { cid, rev, bytes } = await resignedCommit(did, head.data, root.rev, key)
        const newBlocks = new BlockMap()
        newBlocks.set(cid, bytes)
        const commit: RepoCommit = {
          cid,
          rev,
          since: root.rev,
          prev: null,
          newBlocks,
          relevantBlocks: newBlocks,
          removedCids: new CidSet([root.cid]),
          prevData: head.data,
        }
        this.opts.sequencer.markUnsettled(did)
        lease.store.commit(commit, [])
        return commit
      } finally {
        lease.release()
      }
    })
  }

  /**
   * Start-up, before the server answers: drains the repo's outbox into the log, then announces
   * the head with `#sync` where the log cannot be brought level by exact events: an active
   * account whose head is not the last rev the log announced (a repo change whose caller was
   * interrupted before sequencing it, or repos written before the outbox existed), or every
   * active account after a restore. Returns how many repos were settled.
   */
  async settleAll(opts: {
    isActive: (did: string) => Promise<boolean>
    allDids: () => string[]
  }): Promise<number> {
    const unsettled = this.opts.sequencer.unsettled(opts.allDids)
    for (const { did, mode } of unsettled) {
      await this.locks.run(did, () => this.settle(did, mode, opts.isActive))
    }
    return unsettled.length
  }

  private async settle(
    did: string,
    mode: SettleMode,
    isActive: (did: string) => Promise<boolean>,
  ): Promise<void> {
    const lease = this.opts.stores.lease(did)
    try {
      const root = lease?.store.root()
      if (lease && root) {
        await this.outbox.drain(did, lease.store)
        const announced = this.opts.sequencer.announcedRev(did)
        // With no announcement on record, only a repo marked by this version can be known to
        // be ahead of the log (an old log may have lost its events to retention).
        const differs = announced === null ? mode === 'check' : announced !== root.rev
        if ((mode === 'resync' || differs) && (await isActive(did))) {
          const { blocks } = await lease.store.getBlocks([root.cid])
          await this.opts.sequencer.sequenceSync(did, { cid: root.cid, rev: root.rev, blocks })
          this.opts.logger.info({ did, rev: root.rev, mode }, 'announced the repo head (#sync)')
        }
      }
      this.opts.sequencer.settled(did)
    } finally {
      lease?.release()
    }
  }

  private time<T>(phase: string, fn: () => T): T {
    return this.opts.timing ? this.opts.timing.time(phase, fn) : fn()
  }

  /** The key, with its signatures timed as the `sign` phase when timing is on. */
  private timedKey(key: Keypair): Keypair {
    const timing = this.opts.timing
    if (!timing?.enabled) return key
    return {
      jwtAlg: key.jwtAlg,
      did: () => key.did(),
      sign: (msg) => timing.time('sign', () => key.sign(msg)),
    }
  }

  private async signingKey(did: string): Promise<Keypair> {
    const cached = this.keys.get(did)
    if (cached) return cached
    const key = await this.opts.keys.getSigningKey(did)
    this.rememberKey(did, key)
    return key
  }

  private rememberKey(did: string, key: Keypair): void {
    this.keys.delete(did)
    this.keys.set(did, key)
    // Least recently stored first.
    if (this.keys.size > MAX_CACHED_KEYS) this.keys.delete(this.keys.keys().next().value as string)
  }

  /**
   * The repo at `cid`, from the cached head when it is still current, else loaded from disk, and
   * how many writes its tree has taken since it was loaded.
   */
  private async loadHead(
    did: string,
    store: RepoStore,
    cid: Cid,
  ): Promise<{ repo: Repo; writes: number }> {
    const cached = this.heads.get(did)
    if (cached && cached.store === store && cached.cid.equals(cid)) {
      const repo = new Repo({ storage: store, data: cached.data, commit: cached.commit, cid })
      return { repo, writes: cached.writes }
    }
    return { repo: await Repo.load(store, cid), writes: 0 }
  }

  private async commitLocked(
    did: string,
    store: RepoStore,
    writes: PreparedWrite[],
    swapCommit: Cid | undefined,
  ): Promise<CommitResult> {
    const root = store.root()
    if (!root) throw new RepoNotFoundError(did)
    if (swapCommit && !swapCommit.equals(root.cid)) {
      throw invalidSwap(`Commit was at ${root.cid.toString()}`)
    }
    const { repoOps, ops, changes, results } = planWrites(did, writes, (collection, rkey) =>
      store.recordCid(collection, rkey),
    )

    const blobRefs = writes.flatMap((w) => (w.action === 'delete' ? [] : w.blobs))
    if (blobRefs.length > 0) await this.opts.blobs?.checkRefs(did, blobRefs)

    const key = this.timedKey(await this.signingKey(did))
    const { commit, head, earlierWrites } = await this.time('build', async () => {
      const loaded = await this.loadHead(did, store, root.cid)
      const leaves = new BlockMap()
      for (const write of writes) if (write.action !== 'delete') leaves.set(write.cid, write.bytes)
      return {
        ...(await formatCommit(loaded.repo, repoOps, leaves, key)),
        earlierWrites: loaded.writes,
      }
    })
    const event: DrainedEvent = {
      ...this.time('event', () => formatCommitEvent(did, commit, ops)),
      rev: commit.rev,
      token: randomBytes(16),
    }
    let blobs: ReturnType<RepoStore['commit']>
    try {
      blobs = this.time('repo-txn', () => {
        this.opts.sequencer.markUnsettled(did)
        return store.commit(commit, changes, [
          { token: event.token, type: 'commit', rev: commit.rev, bytes: event.bytes },
        ])
      })
    } finally {
      this.heads.delete(did)
    }
    const headWrites = earlierWrites + writes.length
    if (headWrites < MAX_WRITES_PER_CACHED_HEAD) {
      this.heads.set(did, { store, cid: commit.cid, ...head, writes: headWrites })
      if (this.heads.size > MAX_CACHED_HEADS) {
        this.heads.delete(this.heads.keys().next().value as string)
      }
    }

    this.outbox.later(did, event)
    if (this.opts.blobs && (blobs.added.length > 0 || blobs.removed.length > 0)) {
      await this.opts.blobs.onCommitted(did, commit.rev, blobs).catch((err: unknown) => {
        this.opts.logger.error({ err, did }, 'blob bookkeeping after commit failed')
      })
    }
    return { did, commit, ops, results, blobs }
  }
}
