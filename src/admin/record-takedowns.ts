import type { SqliteDb } from '../db/sqlite.ts'

interface RecordTakedown {
  uri: string
  cid: string
  ref: string
}

/**
 * Records taken down by the operator (account.sqlite `record_takedown`). Checked on every record
 * read, so the lookups are prepared statements answered synchronously.
 */
export class RecordTakedowns {
  private readonly stmts

  constructor(db: SqliteDb) {
    this.stmts = {
      get: db.prepare<[string], { uri: string; cid: string; takedown_ref: string }>(
        'SELECT uri, cid, takedown_ref FROM record_takedown WHERE uri = ?',
      ),
      put: db.prepare<[string, string, string, string]>(
        'INSERT INTO record_takedown (uri, cid, takedown_ref, created_at) VALUES (?, ?, ?, ?) ' +
          'ON CONFLICT (uri) DO UPDATE SET cid = excluded.cid, takedown_ref = excluded.takedown_ref',
      ),
      remove: db.prepare<[string]>('DELETE FROM record_takedown WHERE uri = ?'),
    }
  }

  get(uri: string): RecordTakedown | null {
    const row = this.stmts.get.get(uri)
    return row ? { uri: row.uri, cid: row.cid, ref: row.takedown_ref } : null
  }

  isTakendown(uri: string): boolean {
    return this.stmts.get.get(uri) !== undefined
  }

  set(uri: string, cid: string, ref: string | null): void {
    if (ref === null) this.stmts.remove.run(uri)
    else this.stmts.put.run(uri, cid, ref, new Date().toISOString())
  }
}
