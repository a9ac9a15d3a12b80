import type { Kysely } from 'kysely'
import { NativeSecp256k1Keypair } from '../crypto/secp256k1-keypair.ts'
import type { AccountDbSchema } from './schema.ts'

/**
 * Signing keys handed out by reserveSigningKey before an account exists, so a migrating user can
 * put the key in their DID document first; createAccount then takes it instead of a fresh one.
 */
export class ReservedKeyStore {
  constructor(private readonly db: Kysely<AccountDbSchema>) {}

  /** Returns the did:key; reserving again for the same DID returns the same key. */
  async reserve(did: string | undefined): Promise<string> {
    if (did !== undefined) {
      const existing = await this.db
        .selectFrom('reserved_signing_key')
        .select('key_did')
        .where('did', '=', did)
        .executeTakeFirst()
      if (existing) return existing.key_did
    }
    const key = NativeSecp256k1Keypair.create()
    await this.db
      .insertInto('reserved_signing_key')
      .values({
        key_did: key.did(),
        did: did ?? null,
        private_key: Buffer.from(await key.export()).toString('hex'),
        created_at: new Date().toISOString(),
      })
      .execute()
    return key.did()
  }

  /** The key reserved for this DID, if any. */
  async forDid(did: string): Promise<NativeSecp256k1Keypair | null> {
    const row = await this.db
      .selectFrom('reserved_signing_key')
      .select('private_key')
      .where('did', '=', did)
      .executeTakeFirst()
    return row ? NativeSecp256k1Keypair.import(row.private_key) : null
  }

  async release(did: string): Promise<void> {
    await this.db.deleteFrom('reserved_signing_key').where('did', '=', did).execute()
  }
}
