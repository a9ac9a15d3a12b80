import { type Kysely, sql } from 'kysely'

/**
 * The OAuth authorization server's state (@atproto/oauth-provider stores): pending authorization
 * requests, browser devices and the accounts signed in on them, issued tokens with their current
 * refresh token, refresh tokens already used (replay of one revokes its token), the clients each
 * account has authorized with their scopes, and resolved permission-set lexicons. Everything tied
 * to an account goes away with it by cascade.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('oauth_request')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('did', 'text')
    .addColumn('device_id', 'text')
    .addColumn('client_id', 'text', (col) => col.notNull())
    .addColumn('client_auth', 'text')
    .addColumn('parameters', 'text', (col) => col.notNull())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .addColumn('code', 'text')
    .execute()
  await db.schema
    .createIndex('oauth_request_code_idx')
    .unique()
    .on('oauth_request')
    .column('code')
    .where(sql.ref('code'), 'is not', null)
    .execute()
  await db.schema
    .createIndex('oauth_request_expires_at_idx')
    .on('oauth_request')
    .column('expires_at')
    .execute()

  await db.schema
    .createTable('oauth_device')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('session_id', 'text', (col) => col.notNull())
    .addColumn('user_agent', 'text')
    .addColumn('ip_address', 'text', (col) => col.notNull())
    .addColumn('last_seen_at', 'text', (col) => col.notNull())
    .execute()

  await db.schema
    .createTable('oauth_account_device')
    .addColumn('device_id', 'text', (col) =>
      col.notNull().references('oauth_device.id').onDelete('cascade'),
    )
    .addColumn('did', 'text', (col) => col.notNull().references('account.did').onDelete('cascade'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('oauth_account_device_pk', ['device_id', 'did'])
    .execute()
  await db.schema
    .createIndex('oauth_account_device_did_idx')
    .on('oauth_account_device')
    .column('did')
    .execute()

  await db.schema
    .createTable('oauth_token')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('token_id', 'text', (col) => col.notNull().unique())
    .addColumn('did', 'text', (col) => col.notNull().references('account.did').onDelete('cascade'))
    .addColumn('client_id', 'text', (col) => col.notNull())
    .addColumn('client_auth', 'text', (col) => col.notNull())
    .addColumn('device_id', 'text')
    .addColumn('parameters', 'text', (col) => col.notNull())
    .addColumn('details', 'text')
    .addColumn('code', 'text')
    .addColumn('current_refresh_token', 'text', (col) => col.unique())
    .addColumn('scope', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .execute()
  await db.schema.createIndex('oauth_token_did_idx').on('oauth_token').column('did').execute()
  await db.schema
    .createIndex('oauth_token_code_idx')
    .unique()
    .on('oauth_token')
    .column('code')
    .where(sql.ref('code'), 'is not', null)
    .execute()

  await db.schema
    .createTable('oauth_used_refresh_token')
    .addColumn('refresh_token', 'text', (col) => col.primaryKey())
    .addColumn('token_row_id', 'integer', (col) =>
      col.notNull().references('oauth_token.id').onDelete('cascade'),
    )
    .execute()
  await db.schema
    .createIndex('oauth_used_refresh_token_row_idx')
    .on('oauth_used_refresh_token')
    .column('token_row_id')
    .execute()

  await db.schema
    .createTable('oauth_authorized_client')
    .addColumn('did', 'text', (col) => col.notNull().references('account.did').onDelete('cascade'))
    .addColumn('client_id', 'text', (col) => col.notNull())
    .addColumn('data', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('oauth_authorized_client_pk', ['did', 'client_id'])
    .execute()

  await db.schema
    .createTable('oauth_lexicon')
    .addColumn('nsid', 'text', (col) => col.primaryKey())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('last_succeeded_at', 'text')
    .addColumn('uri', 'text')
    .addColumn('lexicon', 'text')
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'oauth_lexicon',
    'oauth_authorized_client',
    'oauth_used_refresh_token',
    'oauth_token',
    'oauth_account_device',
    'oauth_device',
    'oauth_request',
  ]) {
    await db.schema.dropTable(table).execute()
  }
}
