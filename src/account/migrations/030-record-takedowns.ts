import type { Kysely } from 'kysely'

/**
 * Records an operator has taken down (com.atproto.admin.updateSubjectStatus with a strongRef).
 * A record stays in the signed repo, so the takedown lives beside it and reads consult it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('record_takedown')
    .addColumn('uri', 'text', (col) => col.primaryKey())
    .addColumn('cid', 'text', (col) => col.notNull())
    .addColumn('takedown_ref', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute()
}
