import type { Kysely } from 'kysely'

/** Server-level key/value state (last backup result, crawler bookkeeping, ...). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('server_state')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('value', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute()
}
