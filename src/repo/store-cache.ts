import { rmSync } from 'node:fs'
import type { WalCheckpoints } from '../db/wal-checkpoints.ts'
import { repoFilePath } from './repo-file.ts'
import { RepoStore } from './repo-store.ts'

/** Repo files kept open when idle (each holds one SQLite connection, two while streaming). */
const DEFAULT_CAPACITY = 256

interface Entry {
  store: RepoStore
  leases: number
  /** Evicted or deleted while leased: closed when the last lease ends. */
  retired: boolean
}

export interface StoreLease {
  store: RepoStore
  release(): void
}

/**
 * Open repo files in least-recently-used order, at most `capacity` idle ones (the oldest idle
 * store is closed when a new one opens). A lease keeps a store open while a request uses it
 * across awaits. One per process, shared by the repos (`RepoManager`) and the blob service's
 * reference reads (`RepoBlobReferences`); whoever creates it closes it.
 */
export class RepoStoreCache {
  private readonly entries = new Map<string, Entry>()
  private readonly capacity: number
  private readonly checkpoints: WalCheckpoints | undefined

  constructor(
    private readonly reposDir: string,
    opts: { capacity?: number; checkpoints?: WalCheckpoints } = {},
  ) {
    this.capacity = opts.capacity ?? DEFAULT_CAPACITY
    this.checkpoints = opts.checkpoints
  }

  /** Leases the account's store; `null` when it has no repo file. */
  lease(did: string): StoreLease | null {
    const entry = this.entries.get(did) ?? this.open(did, false)
    return entry ? this.hold(did, entry) : null
  }

  /** Leases the account's store, creating an empty repo file when there is none. */
  leaseOrCreate(did: string): StoreLease {
    const entry = this.entries.get(did) ?? (this.open(did, true) as Entry)
    return this.hold(did, entry)
  }

  /** Runs `fn` with the account's store, or returns `null` when there is no repo. */
  with<T>(did: string, fn: (store: RepoStore) => T): T | null {
    const lease = this.lease(did)
    if (!lease) return null
    try {
      return fn(lease.store)
    } finally {
      lease.release()
    }
  }

  /** Closes the account's store and removes its files (the caller holds the account's write lock). */
  remove(did: string): void {
    const entry = this.entries.get(did)
    if (entry) {
      this.entries.delete(did)
      this.retire(entry)
    }
    const file = repoFilePath(this.reposDir, did)
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true })
  }

  closeAll(): void {
    for (const entry of this.entries.values()) this.retire(entry)
    this.entries.clear()
  }

  get size(): number {
    return this.entries.size
  }

  private open(did: string, create: boolean): Entry | null {
    const store = RepoStore.open(repoFilePath(this.reposDir, did), {
      create,
      checkpoints: this.checkpoints,
    })
    if (!store) return null
    const entry: Entry = { store, leases: 0, retired: false }
    this.entries.set(did, entry)
    return entry
  }

  private hold(did: string, entry: Entry): StoreLease {
    // Most recently used last.
    this.entries.delete(did)
    this.entries.set(did, entry)
    entry.leases++
    this.evict()
    let released = false
    return {
      store: entry.store,
      release: () => {
        if (released) return
        released = true
        entry.leases--
        if (entry.retired && entry.leases === 0) entry.store.close()
      },
    }
  }

  /** Closes the least recently used idle stores beyond capacity (leased ones wait their turn). */
  private evict(): void {
    for (const [did, entry] of this.entries) {
      if (this.entries.size <= this.capacity) return
      if (entry.leases > 0) continue
      this.entries.delete(did)
      this.retire(entry)
    }
  }

  private retire(entry: Entry): void {
    entry.retired = true
    if (entry.leases === 0) entry.store.close()
  }
}
