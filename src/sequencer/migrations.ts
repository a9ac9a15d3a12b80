import type { Kysely } from 'kysely'
import { sql } from 'kysely'
import type { Migration } from 'kysely/migration'

/** sequencer.sqlite schema: the durable, append-only firehose log. */
export const sequencerMigrations: Record<string, Migration> = {
  '001-repo-seq': {
    async up(db: Kysely<unknown>): Promise<void> {
      // AUTOINCREMENT: a seq is never reused, even after the rows holding the newest ones are trimmed.
      await db.schema
        .createTable('repo_seq')
        .addColumn('seq', 'integer', (col) => col.primaryKey().autoIncrement())
        .addColumn('did', 'text', (col) => col.notNull())
        .addColumn('event_type', 'text', (col) => col.notNull())
        .addColumn('event', 'blob', (col) => col.notNull())
        .addColumn('sequenced_at', 'text', (col) => col.notNull())
        .execute()
      await db.schema.createIndex('repo_seq_did_idx').on('repo_seq').column('did').execute()
      await db.schema
        .createIndex('repo_seq_sequenced_at_idx')
        .on('repo_seq')
        .column('sequenced_at')
        .execute()
      // One row: every seq at or below `trimmed_through` has been removed by retention, so a cursor
      // below it has missed events (OutdatedCursor).
      await db.schema
        .createTable('repo_seq_trim')
        .addColumn('id', 'integer', (col) => col.primaryKey().check(sql`id = 1`))
        .addColumn('trimmed_through', 'integer', (col) => col.notNull())
        .execute()
      await sql`INSERT INTO repo_seq_trim (id, trimmed_through) VALUES (1, 0)`.execute(db)
    },
  },
  '002-repo-announcements': {
    async up(db: Kysely<unknown>): Promise<void> {
      // Per repo: the rev of its last #commit or #sync, and the outbox token of the last event
      // drained from its repo file (so a drain repeated after a crash skips what is already here).
      await sql`CREATE TABLE repo_announced (
        did TEXT PRIMARY KEY,
        rev TEXT NOT NULL,
        outbox_token BLOB
      ) WITHOUT ROWID`.execute(db)
      // Repos whose file may hold a commit not yet announced here, settled at the next start-up.
      // mode: 'check' (drain, then #sync if the head is not the last announced rev), 'resync'
      // (#sync whatever the log says: after a restore).
      await sql`CREATE TABLE repo_unsettled (
        did TEXT PRIMARY KEY,
        mode TEXT NOT NULL
      ) WITHOUT ROWID`.execute(db)
      // One row: every hosted repo is to be settled at the next start-up, in this mode ('upgrade':
      // repos written before the outbox existed; 'resync': a restored backup).
      await sql`CREATE TABLE repo_settle_all (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        mode TEXT NOT NULL
      )`.execute(db)
      await sql`INSERT INTO repo_settle_all (id, mode) VALUES (1, 'upgrade')`.execute(db)
    },
  },
}
