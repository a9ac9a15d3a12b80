import { readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Readable } from 'node:stream'
import type { Kysely } from 'kysely'
import { InvalidRequestError, UpstreamFailureError } from '@atproto/xrpc-server'
import type { AccountDbSchema } from '../account/schema.ts'
import type { SqliteDb } from '../db/sqlite.ts'
import type { Logger } from '../logger.ts'
import type { BlobRefChanges, BlobRefHooks, RecordBlobRef } from '../repo/types.ts'
import { BlobMetadata, type BlobRow } from './blob-metadata.ts'
import { BlobMissingError, type BlobStore, type ByteRange } from './blob-store.ts'
import { KeyedLock } from './key-lock.ts'
import { stageBlob } from './upload.ts'

/** What the blob service asks the repos: the record -> blob references kept in each repo file. */
export interface BlobReferences {
  /** The subset of `cids` that at least one record of `did` references. */
  referencedAmong(did: string, cids: string[]): Promise<Set<string>>
  /** Distinct blob CIDs referenced by records written after rev `since`, in CID order. */
  listReferenced(
    did: string,
    opts: { since?: string; cursor?: string; limit: number },
  ): Promise<string[]>
  /** Each record's blob references ordered by CID, after `cursor` (a CID). */
  listReferences(
    did: string,
    opts: { cursor?: string; limit: number },
  ): Promise<Array<{ cid: string; recordUri: string }>>
}

export interface BlobInfo {
  cid: string
  mimeType: string
  size: number
}

export interface SweepResult {
  /** Temporary blobs deleted because no record referenced them within the grace period. */
  removed: Array<{ did: string; cid: string; size: number }>
  /** Temporary blobs found referenced (a commit whose follow-up did not run) and kept. */
  keptReferenced: number
  /** Staging files left behind by interrupted uploads. */
  stagingFilesRemoved: number
  /**
   * Stored objects with no metadata row, older than the grace period and referenced by no record:
   * a crash between an upload's object write and its row, or between a deletion's row and object.
   */
  orphansRemoved: Array<{ did: string; cid: string }>
}

export interface BlobServiceOptions {
  db: Kysely<AccountDbSchema>
  /** The connection under `db`, for the prepared read on the blob-serving path. */
  sqlite: SqliteDb
  store: BlobStore
  /** The data dir's `tmp/` (same file system as a local store). */
  tmpDir: string
  maxBytes: number
  graceSeconds: number
  logger: Logger
  references: BlobReferences
}

const SWEEP_BATCH = 500
/** Objects are listed for orphans at most this often by the scheduled sweep (`blob gc` always does). */
const ORPHAN_SWEEP_MS = 6 * 60 * 60 * 1000

/**
 * Blob uploads, reads and lifecycle (`ctx.blobs`). Bytes live in the `BlobStore`; metadata in
 * account.sqlite. A blob's object is always written before its row and its row deleted before its
 * object, so metadata never points at a missing object.
 */
export class BlobService implements BlobRefHooks {
  readonly meta: BlobMetadata
  readonly store: BlobStore
  private readonly lock = new KeyedLock()

  constructor(private readonly opts: BlobServiceOptions) {
    this.meta = new BlobMetadata(opts.db, opts.sqlite)
    this.store = opts.store
  }

  get maxBytes(): number {
    return this.opts.maxBytes
  }

  /**
   * Streams an upload into the store. The blob is temporary until a record references it, unless a
   * record already does (an imported repo whose blobs are uploaded afterwards).
   */
  async upload(did: string, body: Readable, declaredType: string | undefined): Promise<BlobInfo> {
    const staged = await stageBlob(body, {
      tmpDir: this.opts.tmpDir,
      maxBytes: this.opts.maxBytes,
      declaredType,
    })
    const cid = staged.cid.toString()
    return this.lock.run(`${did} ${cid}`, async () => {
      const existing = await this.meta.get(did, cid)
      if (existing) {
        await rm(staged.file, { force: true })
        await this.meta.touch(did, [cid], new Date().toISOString())
        return { cid, mimeType: existing.mime_type, size: existing.size }
      }
      // The repo file is read while the store moves the object (a rename in the thread pool, or
      // an S3 PUT); the row still comes after both.
      const [, referenced] = await Promise.all([
        this.store.putFile(did, cid, staged.file, staged.size).catch((err: unknown) => {
          throw this.storeFailure(err, 'upload')
        }),
        this.opts.references.referencedAmong(did, [cid]),
      ])
      const now = new Date().toISOString()
      await this.meta.insert({
        did,
        cid,
        mime_type: staged.mimeType,
        size: staged.size,
        status: referenced.has(cid) ? 'permanent' : 'temporary',
        created_at: now,
        touched_at: now,
      })
      return { cid, mimeType: staged.mimeType, size: staged.size }
    })
  }

  /**
   * Checks, before a commit, that every blob a record references was uploaded by this account and
   * matches the record's declared size and type (and the lexicon's constraints). Throws
   * InvalidRequestError otherwise, so the write commits nothing. Temporary blobs get a fresh grace
   * period so the sweep cannot remove them between this check and the commit.
   */
  async checkRefs(did: string, refs: RecordBlobRef[]): Promise<void> {
    for (const ref of refs) {
      const cid = ref.cid.toString()
      const found = await this.meta.get(did, cid)
      if (!found || found.takedown_ref !== null) {
        throw new InvalidRequestError(`Could not find blob: ${cid}`, 'BlobNotFound')
      }
      if (found.mime_type !== ref.mimeType) {
        throw new InvalidRequestError(
          `Referenced Mimetype does not match stored blob. Expected: ${found.mime_type}, Got: ${ref.mimeType}`,
          'InvalidMimeType',
        )
      }
      if (found.size !== ref.size) {
        throw new InvalidRequestError(
          `Referenced size does not match stored blob. Expected: ${found.size}, Got: ${ref.size}`,
          'InvalidBlob',
        )
      }
      const { maxSize, accept } = ref.constraints ?? {}
      if (maxSize !== undefined && found.size > maxSize) {
        throw new InvalidRequestError(
          `This file is too large. It is ${found.size} bytes but the maximum size is ${maxSize} bytes.`,
          'BlobTooLarge',
        )
      }
      if (accept !== undefined && !acceptsMime(accept, found.mime_type)) {
        throw new InvalidRequestError(
          `Wrong type of file. It is ${found.mime_type} but it must match ${accept.join(', ')}.`,
          'InvalidMimeType',
        )
      }
    }
    await this.meta.touch(
      did,
      refs.map((r) => r.cid.toString()),
      new Date().toISOString(),
    )
  }

  /**
   * Runs after a commit is durable: blobs the commit references become permanent; blobs whose
   * last reference it removed are deleted. Failures are logged, not thrown: the commit stands and
   * the sweep catches up on what was missed.
   */
  async onCommitted(did: string, _rev: string, changes: BlobRefChanges): Promise<void> {
    try {
      const referenced = [...new Set(changes.added.map((r) => r.cid.toString()))]
      await this.meta.makePermanent(did, referenced)
      // `removed` holds only blobs no record referenced once the commit's own transaction had
      // changed the references, and this runs under the account's write lock (before its next
      // commit can add one), so the repo file is not asked again.
      for (const cid of changes.removed) await this.deleteBlob(did, cid.toString())
    } catch (err) {
      this.opts.logger.error({ err, did }, 'blob bookkeeping after commit failed')
    }
  }

  /**
   * A reachable blob's metadata; BlobNotFound when absent, taken down, or still temporary: as on
   * the reference PDS, an upload becomes public only once a record references it.
   */
  async find(did: string, cid: string): Promise<BlobInfo> {
    const found = await this.meta.get(did, cid)
    if (!found || found.takedown_ref !== null || found.status !== 'permanent') {
      throw new InvalidRequestError('Blob not found', 'BlobNotFound')
    }
    return { cid: found.cid, mimeType: found.mime_type, size: found.size }
  }

  /** Streams a blob found with `find` (or one range of it). */
  async open(did: string, cid: string, range?: ByteRange): Promise<Readable> {
    try {
      return await this.store.get(did, cid, range)
    } catch (err) {
      if (err instanceof BlobMissingError) {
        this.opts.logger.error({ did, cid }, 'blob metadata without a stored object')
        throw new InvalidRequestError('Blob not found', 'BlobNotFound')
      }
      throw this.storeFailure(err, 'read')
    }
  }

  /** Blobs referenced by the account's records (written after rev `since`), in CID order. */
  listBlobs(
    did: string,
    opts: { since?: string; cursor?: string; limit: number },
  ): Promise<string[]> {
    return this.opts.references.listReferenced(did, opts)
  }

  /** Blobs referenced by the account's records but never uploaded (after a repo import). */
  async listMissing(
    did: string,
    opts: { cursor?: string; limit: number },
  ): Promise<{ blobs: Array<{ cid: string; recordUri: string }>; cursor?: string }> {
    const missing: Array<{ cid: string; recordUri: string }> = []
    const seen = new Set<string>()
    let cursor = opts.cursor
    for (;;) {
      const page = await this.opts.references.listReferences(did, { cursor, limit: opts.limit })
      const present = await this.meta.existing(
        did,
        page.map((r) => r.cid),
      )
      for (const ref of page) {
        if (present.has(ref.cid) || seen.has(ref.cid)) continue
        seen.add(ref.cid)
        missing.push(ref)
        if (missing.length === opts.limit) return { blobs: missing, cursor: ref.cid }
      }
      if (page.length < opts.limit) return { blobs: missing }
      cursor = page[page.length - 1]?.cid
    }
  }

  /** Takes a blob out of (or back into) public reach; false when there is no such blob. */
  setTakedown(did: string, cid: string, ref: string | null): Promise<boolean> {
    return this.meta.setTakedown(did, cid, ref)
  }

  /** Deletes every blob of an account (account deletion). */
  async deleteAccountBlobs(did: string): Promise<number> {
    const rows = await this.meta.listAll(did)
    for (const row of rows) await this.deleteBlob(did, row.cid)
    return rows.length
  }

  /**
   * Deletes temporary blobs whose grace period has passed and that no record references, and
   * staging files of uploads that never finished. Safe to run while the server runs.
   */
  async sweep(now = new Date(), opts: { orphans?: boolean } = {}): Promise<SweepResult> {
    const cutoff = new Date(now.getTime() - this.opts.graceSeconds * 1000)
    const result: SweepResult = {
      removed: [],
      keptReferenced: 0,
      stagingFilesRemoved: 0,
      orphansRemoved: [],
    }
    // Every row of a batch leaves the selection (deleted, made permanent, or touched since), so
    // each batch makes progress.
    for (;;) {
      const stale = await this.meta.staleTemporary(cutoff.toISOString(), SWEEP_BATCH)
      for (const [did, rows] of groupByDid(stale)) {
        const referenced = await this.opts.references.referencedAmong(
          did,
          rows.map((r) => r.cid),
        )
        await this.meta.makePermanent(did, [...referenced])
        result.keptReferenced += referenced.size
        for (const row of rows) {
          if (referenced.has(row.cid)) continue
          const deleted = await this.deleteBlob(did, row.cid, {
            onlyIfTemporaryBefore: cutoff.toISOString(),
          })
          if (deleted) result.removed.push({ did, cid: row.cid, size: row.size })
        }
      }
      if (stale.length < SWEEP_BATCH) break
    }
    result.stagingFilesRemoved = await removeStaleStagingFiles(this.opts.tmpDir, cutoff)
    if (opts.orphans !== false) result.orphansRemoved = await this.removeOrphans(cutoff)
    return result
  }

  /**
   * Deletes objects that have no metadata row. Only objects written before `cutoff`: an upload
   * writes its object just before its row, so a younger one may be in flight (in this process
   * the per-blob lock also covers it). An object a record references is kept: a re-upload of it
   * writes its row.
   */
  private async removeOrphans(cutoff: Date): Promise<Array<{ did: string; cid: string }>> {
    const removed: Array<{ did: string; cid: string }> = []
    for await (const { did, cid, modifiedAt } of this.store.list()) {
      if (modifiedAt >= cutoff || (await this.meta.get(did, cid))) continue
      const deleted = await this.lock.run(`${did} ${cid}`, async () => {
        if (await this.meta.get(did, cid)) return false
        if ((await this.opts.references.referencedAmong(did, [cid])).has(cid)) return false
        await this.store.delete(did, cid)
        return true
      })
      if (deleted) removed.push({ did, cid })
    }
    return removed
  }

  /** Runs the sweep every `intervalMs` until the returned stop function is called. */
  startSweeper(intervalMs: number): () => void {
    let orphansSweptAt = -Infinity
    const timer = setInterval(() => {
      const orphans = Date.now() - orphansSweptAt >= ORPHAN_SWEEP_MS
      if (orphans) orphansSweptAt = Date.now()
      this.sweep(new Date(), { orphans }).then(
        (r) => {
          if (r.removed.length > 0 || r.stagingFilesRemoved > 0 || r.orphansRemoved.length > 0) {
            this.opts.logger.info(
              {
                removed: r.removed.length,
                stagingFilesRemoved: r.stagingFilesRemoved,
                orphansRemoved: r.orphansRemoved.length,
              },
              'blob sweep',
            )
          }
        },
        (err: unknown) => this.opts.logger.error({ err }, 'blob sweep failed'),
      )
    }, intervalMs)
    timer.unref()
    return () => clearInterval(timer)
  }

  private deleteBlob(
    did: string,
    cid: string,
    opts: { onlyIfTemporaryBefore?: string } = {},
  ): Promise<boolean> {
    return this.lock.run(`${did} ${cid}`, async () => {
      if (opts.onlyIfTemporaryBefore !== undefined) {
        // Re-read under the lock: a record write may have claimed it since the batch was read.
        const row = await this.meta.get(did, cid)
        if (!row || row.status !== 'temporary' || row.touched_at >= opts.onlyIfTemporaryBefore) {
          return false
        }
      }
      await this.meta.delete(did, cid)
      await this.store.delete(did, cid)
      return true
    })
  }

  private storeFailure(err: unknown, action: string): Error {
    this.opts.logger.error({ err, store: this.store.kind }, `blob store ${action} failed`)
    return new UpstreamFailureError(`The blob store could not ${action} the blob; try again later`)
  }
}

function groupByDid(rows: BlobRow[]): Map<string, BlobRow[]> {
  const groups = new Map<string, BlobRow[]>()
  for (const row of rows) groups.set(row.did, [...(groups.get(row.did) ?? []), row])
  return groups
}

/** `accept` entries are exact types, `type/*` or `*\/*` (lexicon blob constraints). */
function acceptsMime(accept: string[], mime: string): boolean {
  return accept.some(
    (a) => a === '*/*' || a === mime || (a.endsWith('/*') && mime.startsWith(a.slice(0, -1))),
  )
}

async function removeStaleStagingFiles(tmpDir: string, cutoff: Date): Promise<number> {
  let removed = 0
  for (const name of await readdir(tmpDir)) {
    if (!name.startsWith('blob-')) continue
    const file = path.join(tmpDir, name)
    const info = await stat(file).catch(() => undefined)
    if (info && info.mtime < cutoff) {
      await rm(file, { force: true })
      removed++
    }
  }
  return removed
}
