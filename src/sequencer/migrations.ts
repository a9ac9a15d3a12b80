import type { Kysely } from 'kysely'
import type { Migration } from 'kysely/migration'

/** sequencer.sqlite schema: the durable, append-only firehose log. */
export const sequencerMigrations: Record<string, Migration> = {
  '001-repo-seq': {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('repo_seq')
        .addColumn('seq', 'integer', (col) => col.primaryKey().autoIncrement())
        .addColumn('did', 'text', (col) => col.notNull())
        .addColumn('event_type', 'text', (col) => col.notNull())
        .addColumn('event', 'blob', (col) => col.notNull())
        .addColumn('sequenced_at', 'text', (col) => col.notNull())
        .execute()
      await db.schema.createIndex('repo_seq_did_idx').on('repo_seq').column('did').execute()
    },
  },
}
