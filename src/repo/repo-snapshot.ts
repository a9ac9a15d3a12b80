import { decodeCid, type Cid } from '@atproto/lex-data'
import { encode } from '@atproto/lex-cbor'
import { BlockMap, ReadableBlockstore } from '@atproto/repo'
import type { Statement } from 'better-sqlite3'
import { varint } from 'multiformats'
import { openSqlite, type SqliteDb } from '../db/sqlite.ts'

/** Blocks per page of a CAR export, at most. */
const CAR_PAGE_ROWS = 2000
/**
 * Bytes per page, at most (unless one block is larger): fewer rows when the repo holds large blocks,
 * so a page stays a small buffer and far below SQLite's 1 GB limit on one value.
 */
const CAR_PAGE_BYTES = 8 * 1024 * 1024
/**
 * CAR output is gathered into chunks of about this size before it is written out: few socket
 * writes, yet the client starts receiving while the rest is still being encoded (1 MiB chunks made
 * a 2.6 MB export reach an `@atproto/api` client 1-10 ms later at the median, four A/B runs).
 */
const CAR_CHUNK_BYTES = 64 * 1024

export interface RepoRoot {
  did: string
  cid: Cid
  rev: string
}

export interface RootRow {
  did: string
  cid: Uint8Array
  rev: string
}

export function toRoot(row: RootRow | undefined): RepoRoot | null {
  return row ? { did: row.did, cid: decodeCid(row.cid), rev: row.rev } : null
}

/**
 * The DID of a repo file's current commit, read on a connection of its own (a backup's snapshot);
 * `undefined` for a file still being created (no commit, or no schema yet).
 */
export function repoFileDid(db: SqliteDb): string | undefined {
  try {
    return db.prepare<[], string>('SELECT did FROM repo_root WHERE id = 1').pluck().get()
  } catch {
    return undefined
  }
}

/** The statements a block read needs: a block's bytes, and whether it is there. */
export interface BlockStatements {
  getBlock: Statement<[Uint8Array], Uint8Array>
  hasBlock: Statement<[Uint8Array], number>
}

/**
 * `@atproto/repo`'s block reads over a repo file's `block` table, for the store and its snapshots.
 * `getBlocks` reads every block before it returns (no await inside), so no commit lands halfway.
 */
export abstract class SqliteBlockReads extends ReadableBlockstore {
  constructor(private readonly blockSql: BlockStatements) {
    super()
  }

  async getBytes(cid: Cid): Promise<Uint8Array | null> {
    return this.blockSql.getBlock.get(cid.bytes) ?? null
  }

  async has(cid: Cid): Promise<boolean> {
    return this.blockSql.hasBlock.get(cid.bytes) !== undefined
  }

  async getBlocks(cids: Cid[]): Promise<{ blocks: BlockMap; missing: Cid[] }> {
    const blocks = new BlockMap()
    const missing: Cid[] = []
    for (const cid of cids) {
      const bytes = this.blockSql.getBlock.get(cid.bytes)
      if (bytes) blocks.set(cid, bytes)
      else missing.push(cid)
    }
    return { blocks, missing }
  }
}

/** The block statements of a repo file's connection. */
export function blockStatements(db: SqliteDb): BlockStatements {
  return {
    getBlock: db.prepare<[Uint8Array], Uint8Array>('SELECT bytes FROM block WHERE cid = ?').pluck(),
    hasBlock: db.prepare<[Uint8Array], number>('SELECT 1 FROM block WHERE cid = ?').pluck(),
  }
}

function snapshotStatements(db: SqliteDb) {
  return {
    ...blockStatements(db),
    getRoot: db.prepare<[], RootRow>('SELECT did, cid, rev FROM repo_root WHERE id = 1'),
    // All blocks by a plain scan, or those first written after a rev through its index.
    extent: db.prepare<[], Extent>(
      'SELECT 0 AS start, max(length(cid) + length(bytes)) AS largest FROM block',
    ),
    extentSince: db.prepare<[string], Extent>(
      'SELECT min(rowid) - 1 AS start, max(length(cid) + length(bytes)) AS largest ' +
        'FROM block WHERE rev > ?',
    ),
    page: db.prepare<[string, number, number], BlockPage>(
      `SELECT max(id) AS last, ${PAGE_COLUMNS} FROM (SELECT rowid AS id, cid, bytes FROM block ` +
        'WHERE rev > ? AND rowid > ? ORDER BY rowid LIMIT ?)',
    ),
  }
}

/** Where an export's blocks start (the rowid to read after) and the size of the largest. */
interface Extent {
  start: number | null
  largest: number | null
}

/**
 * A page of blocks in one row: each block's CID and bytes back to back in `data`, and their
 * lengths, in the same order, in `lengths` ("cidLen bytesLen cidLen bytesLen ..."). Two buffers per
 * page instead of two per block: allocating a Buffer per value was most of a full export's read
 * time. Both aggregates consume the same rows in one pass, so their orders agree without an
 * ORDER BY (which would sort the page again). Repo files are UTF-8 databases, so the casts to TEXT
 * and back keep the bytes as they are.
 */
interface BlockPage {
  last: number | null
  lengths: string | null
  data: Buffer | null
}
const PAGE_COLUMNS =
  "group_concat(length(cid) || ' ' || length(bytes), ' ') AS lengths, " +
  "CAST(group_concat(CAST(cid || bytes AS TEXT), '') AS BLOB) AS data"

/**
 * CAR v1 sections: the header, then each block's CID and bytes as the page row already holds them
 * back to back (a section is exactly that, after its length prefix). Nothing is decoded: framing
 * the stored bytes replaced decoding every CID for `@atproto/repo`'s `writeCarStream` and
 * awaiting each block, which were most of a warm export's time.
 */
function* carSections(root: Cid, pages: Iterable<BlockPage>): Generator<Uint8Array> {
  yield encode({ version: 1, roots: [root] })
  for (const page of pages) {
    if (page.lengths === null || page.data === null) continue
    const lengths = page.lengths.split(' ')
    let offset = 0
    for (let i = 0; i < lengths.length; i += 2) {
      const end = offset + Number(lengths[i]) + Number(lengths[i + 1])
      yield page.data.subarray(offset, end)
      offset = end
    }
  }
}

/** The sections, each after its varint length, copied into chunks of about `CAR_CHUNK_BYTES`. */
function* carChunks(sections: Iterable<Uint8Array>): Generator<Uint8Array> {
  let chunk = Buffer.allocUnsafe(CAR_CHUNK_BYTES)
  let size = 0
  for (const section of sections) {
    const prefix = varint.encodingLength(section.byteLength)
    if (size + prefix + section.byteLength > chunk.byteLength) {
      if (size > 0) yield chunk.subarray(0, size)
      chunk = Buffer.allocUnsafe(Math.max(CAR_CHUNK_BYTES, prefix + section.byteLength))
      size = 0
    }
    varint.encodeTo(section.byteLength, chunk, size)
    chunk.set(section, size + prefix)
    size += prefix + section.byteLength
  }
  if (size > 0) yield chunk.subarray(0, size)
}

/**
 * Read snapshots of one repo file on a second, read-only connection (opened on first use), shared
 * by overlapping readers and ended when the last one releases it, so a streamed CAR or a proof is
 * consistent while commits delete old blocks.
 */
export class RepoSnapshots {
  private db: SqliteDb | undefined
  private sql: ReturnType<typeof snapshotStatements> | undefined
  private open = 0

  constructor(private readonly file: string) {}

  /** A snapshot of the repo as it is now; `null` when it has no commit yet. */
  take(): RepoSnapshot | null {
    if (!this.db) {
      this.db = openSqlite(this.file, { readonly: true })
      this.sql = snapshotStatements(this.db)
    }
    const db = this.db
    if (this.open++ === 0) db.exec('BEGIN')
    const release = () => {
      if (--this.open === 0) db.exec('COMMIT')
    }
    const sql = this.sql as ReturnType<typeof snapshotStatements>
    const root = toRoot(sql.getRoot.get())
    if (!root) {
      release()
      return null
    }
    return new RepoSnapshot(root, sql, release)
  }

  close(): void {
    this.db?.close()
  }
}

/** A consistent view of one repo (see `RepoStore.snapshot`); readable by `@atproto/repo`. */
export class RepoSnapshot extends SqliteBlockReads {
  private released = false

  constructor(
    readonly root: RepoRoot,
    private readonly sql: ReturnType<typeof snapshotStatements>,
    private readonly onRelease: () => void,
  ) {
    super(sql)
  }

  /** The pages of every block (or only those first written after `since`). */
  private *pages(since?: string): Generator<BlockPage> {
    const { start, largest } = (
      since === undefined ? this.sql.extent.get() : this.sql.extentSince.get(since)
    ) as Extent
    if (start === null || largest === null) return
    const rows = Math.min(CAR_PAGE_ROWS, Math.max(1, Math.floor(CAR_PAGE_BYTES / largest)))
    for (let after = start; ;) {
      const page = this.sql.page.get(since ?? '', after, rows) as BlockPage
      if (page.last === null) return
      after = page.last
      yield page
    }
  }

  /** The snapshot as a CAR (rooted at its commit), in chunks of about 64 KiB. */
  async *car(since?: string): AsyncGenerator<Uint8Array> {
    yield* carChunks(carSections(this.root.cid, this.pages(since)))
  }

  release(): void {
    if (this.released) return
    this.released = true
    this.onRelease()
  }
}
