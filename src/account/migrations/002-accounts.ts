import { type Kysely, sql } from 'kysely'

/**
 * Accounts and everything that authenticates them. Status is one of active, deactivated,
 * takendown; deleted accounts are removed (their handle becomes free).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('account')
    .addColumn('did', 'text', (col) => col.primaryKey())
    .addColumn('handle', 'text', (col) => col.notNull().unique())
    .addColumn('email', 'text')
    .addColumn('email_confirmed_at', 'text')
    .addColumn('email_auth_factor', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('password_hash', 'text')
    .addColumn('signing_key', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull().defaultTo('active'))
    .addColumn('takedown_ref', 'text')
    .addColumn('deactivated_at', 'text')
    .addColumn('invites_disabled', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute()
  await db.schema
    .createIndex('account_email_idx')
    .unique()
    .on('account')
    .expression(sql`lower(email)`)
    .execute()
}
