import { existsSync } from 'node:fs'
import { openSqlite, type SqliteDb } from '../db/sqlite.ts'
import { repoFilePath } from '../repo/repo-file.ts'
import type { BlobReferences } from './blob-service.ts'

/**
 * Reads the record -> blob references (`record_blob`, written by the commit writer in the commit's
 * transaction) straight from each account's repo file, on a short-lived connection of its own, so
 * it serves the CLI's sweep as well as the running server.
 */
export class RepoFileReferences implements BlobReferences {
  constructor(private readonly reposDir: string) {}

  private read<T>(did: string, empty: T, fn: (db: SqliteDb) => T): T {
    const file = repoFilePath(this.reposDir, did)
    if (!existsSync(file)) return empty
    const db = openSqlite(file)
    try {
      return fn(db)
    } finally {
      db.close()
    }
  }

  async referencedAmong(did: string, cids: string[]): Promise<Set<string>> {
    return this.read(did, new Set<string>(), (db) => {
      const stmt = db
        .prepare<[string], number>('SELECT 1 FROM record_blob WHERE blob_cid = ? LIMIT 1')
        .pluck()
      return new Set(cids.filter((cid) => stmt.get(cid) !== undefined))
    })
  }

  async listReferenced(
    did: string,
    opts: { since?: string; cursor?: string; limit: number },
  ): Promise<string[]> {
    return this.read(did, [], (db) =>
      db
        .prepare<[string, string, number], string>(
          'SELECT DISTINCT rb.blob_cid FROM record_blob rb ' +
            'JOIN record r ON r.collection = rb.collection AND r.rkey = rb.rkey ' +
            'WHERE r.rev > ? AND rb.blob_cid > ? ORDER BY rb.blob_cid LIMIT ?',
        )
        .pluck()
        .all(opts.since ?? '', opts.cursor ?? '', opts.limit),
    )
  }

  async listReferences(
    did: string,
    opts: { cursor?: string; limit: number },
  ): Promise<Array<{ cid: string; recordUri: string }>> {
    return this.read(did, [], (db) =>
      db
        .prepare<[string, number], { cid: string; collection: string; rkey: string }>(
          'SELECT blob_cid AS cid, collection, rkey FROM record_blob WHERE blob_cid > ? ' +
            'ORDER BY blob_cid, collection, rkey LIMIT ?',
        )
        .all(opts.cursor ?? '', opts.limit)
        .map((r) => ({ cid: r.cid, recordUri: `at://${did}/${r.collection}/${r.rkey}` })),
    )
  }
}
