import type { Kysely } from 'kysely'

/**
 * Everything that lets someone act as an account besides its password: refresh-token families,
 * app passwords, invite codes, emailed one-time tokens and reserved signing keys. Rows that belong
 * to an account go away with it (ON DELETE CASCADE), so deleting the account row is enough.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('refresh_token')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('did', 'text', (col) => col.notNull().references('account.did').onDelete('cascade'))
    .addColumn('family_id', 'text', (col) => col.notNull())
    .addColumn('app_password_name', 'text')
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .addColumn('rotated_at', 'text')
    .execute()
  await db.schema.createIndex('refresh_token_did_idx').on('refresh_token').column('did').execute()
  await db.schema
    .createIndex('refresh_token_family_idx')
    .on('refresh_token')
    .column('family_id')
    .execute()

  await db.schema
    .createTable('app_password')
    .addColumn('did', 'text', (col) => col.notNull().references('account.did').onDelete('cascade'))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('password_hash', 'text', (col) => col.notNull())
    .addColumn('privileged', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('app_password_pk', ['did', 'name'])
    .addUniqueConstraint('app_password_hash_unique', ['did', 'password_hash'])
    .execute()

  await db.schema
    .createTable('invite_code')
    .addColumn('code', 'text', (col) => col.primaryKey())
    .addColumn('available_uses', 'integer', (col) => col.notNull())
    .addColumn('disabled', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('for_account', 'text', (col) => col.notNull())
    .addColumn('created_by', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute()
  await db.schema
    .createIndex('invite_code_for_account_idx')
    .on('invite_code')
    .column('for_account')
    .execute()
  await db.schema
    .createTable('invite_code_use')
    .addColumn('code', 'text', (col) =>
      col.notNull().references('invite_code.code').onDelete('cascade'),
    )
    .addColumn('used_by', 'text', (col) => col.notNull())
    .addColumn('used_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('invite_code_use_pk', ['code', 'used_by'])
    .execute()

  await db.schema
    .createTable('email_token')
    .addColumn('purpose', 'text', (col) => col.notNull())
    .addColumn('did', 'text', (col) => col.notNull().references('account.did').onDelete('cascade'))
    .addColumn('token', 'text', (col) => col.notNull())
    .addColumn('requested_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('email_token_pk', ['purpose', 'did'])
    .addUniqueConstraint('email_token_purpose_token_unique', ['purpose', 'token'])
    .execute()

  await db.schema
    .createTable('reserved_signing_key')
    .addColumn('key_did', 'text', (col) => col.primaryKey())
    .addColumn('did', 'text', (col) => col.unique())
    .addColumn('private_key', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute()
}
