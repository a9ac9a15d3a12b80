import Database from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'

export type SqliteDb = Database.Database

/**
 * Opens a SQLite file with the pragmas every Tempest database uses: WAL so readers never block the
 * single writer, NORMAL sync (a committed write survives a process crash such as `kill -9`; only
 * an OS crash or power loss can lose the last transactions), and a busy timeout so the backup API
 * and the CLI can share a file with the running server.
 */
export function openSqlite(file: string, opts: { readonly?: boolean } = {}): SqliteDb {
  const db = new Database(file, {
    readonly: opts.readonly ?? false,
    fileMustExist: opts.readonly ?? false,
  })
  db.pragma('busy_timeout = 5000')
  if (!opts.readonly) {
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = NORMAL')
    db.pragma('foreign_keys = ON')
  }
  return db
}

export function kyselyFor<T>(db: SqliteDb): Kysely<T> {
  return new Kysely<T>({ dialect: new SqliteDialect({ database: db }) })
}
