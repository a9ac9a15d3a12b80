import type { Kysely } from 'kysely'

/**
 * Private per-account preferences (app.bsky.actor.getPreferences / putPreferences): one row per
 * preference object, in the order the client last put them. Never part of the repo.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('account_pref')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('did', 'text', (col) => col.notNull().references('account.did').onDelete('cascade'))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('value_json', 'text', (col) => col.notNull())
    .execute()
  await db.schema.createIndex('account_pref_did_idx').on('account_pref').column('did').execute()
}
