import type { Kysely } from 'kysely'

/**
 * Emailed codes are stored as keyed hashes (plus the plaintext only while SMTP is off, for the
 * operator's console) and count how often they were requested. Pending codes live 15 minutes, so
 * the old table is replaced rather than converted.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('email_token').execute()
  await db.schema
    .createTable('email_token')
    .addColumn('purpose', 'text', (col) => col.notNull())
    .addColumn('did', 'text', (col) => col.notNull().references('account.did').onDelete('cascade'))
    .addColumn('token_hash', 'text', (col) => col.notNull())
    .addColumn('plaintext', 'text')
    .addColumn('requested_at', 'text', (col) => col.notNull())
    .addColumn('requests', 'integer', (col) => col.notNull())
    .addColumn('window_started_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('email_token_pk', ['purpose', 'did'])
    .addUniqueConstraint('email_token_purpose_hash_unique', ['purpose', 'token_hash'])
    .execute()
}
