import type { Kysely } from 'kysely'

/**
 * Blob metadata. A blob is stored per account (the same bytes uploaded by two accounts are two
 * blobs). It is `temporary` from upload until a record references it, then `permanent` until no
 * record does. No foreign key to `account`: the stored objects must be deleted along
 * with the rows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('blob')
    .addColumn('did', 'text', (col) => col.notNull())
    .addColumn('cid', 'text', (col) => col.notNull())
    .addColumn('mime_type', 'text', (col) => col.notNull())
    .addColumn('size', 'integer', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('touched_at', 'text', (col) => col.notNull())
    .addColumn('takedown_ref', 'text')
    .addPrimaryKeyConstraint('blob_pkey', ['did', 'cid'])
    .execute()
  await db.schema
    .createIndex('blob_status_touched_idx')
    .on('blob')
    .columns(['status', 'touched_at'])
    .execute()
}
