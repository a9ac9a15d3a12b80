import { randomBytes } from 'node:crypto'
import { InvalidRequestError } from '@atproto/xrpc-server'
import type { Kysely } from 'kysely'
import { hmacHex } from '../auth/secrets.ts'
import { type AppPasswordDescription, deleteSessions } from '../auth/sessions.ts'
import type { AccountDbSchema } from './schema.ts'
import { isUniqueViolation } from './sqlite-errors.ts'

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567'

/** `xxxx-xxxx-xxxx-xxxx` from a 32-letter alphabet: 80 bits, so a keyed hash is enough to store. */
function generateAppPassword(): string {
  const chars = Array.from(randomBytes(16), (b) => ALPHABET[b % 32]).join('')
  return chars.match(/.{4}/g)!.join('-')
}

/** App passwords: limited credentials for third-party clients, revocable one by one. */
export class AppPasswordStore {
  constructor(
    private readonly db: Kysely<AccountDbSchema>,
    private readonly key: Uint8Array,
  ) {}

  private hash(did: string, password: string): string {
    return hmacHex(this.key, `${did}\n${password}`)
  }

  async create(
    did: string,
    name: string,
    privileged: boolean,
  ): Promise<{ name: string; password: string; createdAt: string; privileged: boolean }> {
    const password = generateAppPassword()
    const createdAt = new Date().toISOString()
    try {
      await this.db
        .insertInto('app_password')
        .values({
          did,
          name,
          password_hash: this.hash(did, password),
          privileged: privileged ? 1 : 0,
          created_at: createdAt,
        })
        .execute()
    } catch (err) {
      if (!isUniqueViolation(err)) throw err
      // No name of its own: the lexicon declares none and the reference answers InvalidRequest.
      throw new InvalidRequestError('App password name already in use')
    }
    return { name, password, createdAt, privileged }
  }

  async list(
    did: string,
  ): Promise<Array<{ name: string; createdAt: string; privileged: boolean }>> {
    const rows = await this.db
      .selectFrom('app_password')
      .select(['name', 'created_at', 'privileged'])
      .where('did', '=', did)
      .orderBy('created_at', 'desc')
      .execute()
    return rows.map((r) => ({
      name: r.name,
      createdAt: r.created_at,
      privileged: r.privileged === 1,
    }))
  }

  private async find(
    did: string,
    by: 'name' | 'password_hash',
    value: string,
  ): Promise<AppPasswordDescription | null> {
    const row = await this.db
      .selectFrom('app_password')
      .select(['name', 'privileged'])
      .where('did', '=', did)
      .where(by, '=', value)
      .executeTakeFirst()
    return row ? { name: row.name, privileged: row.privileged === 1 } : null
  }

  /** The app password this string is, or `null`. */
  async verify(did: string, password: string): Promise<AppPasswordDescription | null> {
    if (!/^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/.test(password)) return null
    return this.find(did, 'password_hash', this.hash(did, password))
  }

  /** The app password of this name, or `null` once it is revoked. */
  async describe(did: string, name: string): Promise<AppPasswordDescription | null> {
    return this.find(did, 'name', name)
  }

  /** Deletes the app password and every session made with it, in one transaction. */
  async revoke(did: string, name: string): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      await tx.deleteFrom('app_password').where('did', '=', did).where('name', '=', name).execute()
      await deleteSessions(tx, did, name)
    })
  }
}
