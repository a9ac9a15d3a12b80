import { InvalidRequestError } from '@atproto/xrpc-server'
import type { Statement } from 'better-sqlite3'
import type { Kysely, Selectable } from 'kysely'
import { verifyPassword } from '../auth/passwords.ts'
import { NativeSecp256k1Keypair } from '../crypto/secp256k1-keypair.ts'
import type { SqliteDb } from '../db/sqlite.ts'
import { AppPasswordStore } from './app-passwords.ts'
import { EmailTokenStore } from './email-tokens.ts'
import { InviteStore } from './invites.ts'
import { ReservedKeyStore } from './reserved-keys.ts'
import type { AccountDbSchema, AccountStatus, AccountTable } from './schema.ts'
import { isUniqueViolation } from './sqlite-errors.ts'

/** Every column but the password hash and the signing key. */
const ACCOUNT_COLUMNS =
  'did, handle, email, email_confirmed_at, email_auth_factor, status, takedown_ref, ' +
  'deactivated_at, invites_disabled, created_at'

/** An account as the rest of the server sees it: no password hash, no key material. */
export interface Account {
  did: string
  handle: string
  email: string | null
  emailConfirmedAt: string | null
  emailAuthFactor: boolean
  status: AccountStatus
  takedownRef: string | null
  deactivatedAt: string | null
  invitesDisabled: boolean
  createdAt: string
}

export interface NewAccount {
  did: string
  handle: string
  email: string | undefined
  /** From hashPassword: the caller hashes while it prepares the DID. */
  passwordHash: string | null
  signingKey: NativeSecp256k1Keypair
  deactivated: boolean
  inviteCode: string | undefined
}

type AccountRow = Omit<Selectable<AccountTable>, 'password_hash' | 'signing_key'>

function toAccount(row: AccountRow): Account {
  return {
    did: row.did,
    handle: row.handle,
    email: row.email,
    emailConfirmedAt: row.email_confirmed_at,
    emailAuthFactor: row.email_auth_factor === 1,
    status: row.status,
    takedownRef: row.takedown_ref,
    deactivatedAt: row.deactivated_at,
    invitesDisabled: row.invites_disabled === 1,
    createdAt: row.created_at,
  }
}

/** account.sqlite's accounts and the credentials hanging off them (`ctx.accounts`). */
export class AccountStore {
  readonly invites: InviteStore
  readonly appPasswords: AppPasswordStore
  readonly emailTokens: EmailTokenStore
  readonly reservedKeys: ReservedKeyStore
  /**
   * Every authenticated request looks its account up: a prepared statement costs a few
   * microseconds where a Kysely query costs about half a millisecond.
   */
  private readonly byDid: Statement<[string], AccountRow>
  private readonly byHandle: Statement<[string], AccountRow>
  private readonly signingKeyOf: Statement<[string], string>
  private readonly allDidsStmt: Statement<[], string>

  constructor(
    readonly db: Kysely<AccountDbSchema>,
    sqlite: SqliteDb,
    appPasswordKey: Uint8Array,
    emailTokens: { key: Uint8Array; keepPlaintext: boolean },
  ) {
    this.byDid = sqlite.prepare(`SELECT ${ACCOUNT_COLUMNS} FROM account WHERE did = ?`)
    this.byHandle = sqlite.prepare(`SELECT ${ACCOUNT_COLUMNS} FROM account WHERE handle = ?`)
    this.signingKeyOf = sqlite
      .prepare<[string], string>('SELECT signing_key FROM account WHERE did = ?')
      .pluck()
    this.allDidsStmt = sqlite.prepare<[], string>('SELECT did FROM account ORDER BY did').pluck()
    this.invites = new InviteStore(db)
    this.appPasswords = new AppPasswordStore(db, appPasswordKey)
    this.emailTokens = new EmailTokenStore(db, emailTokens.key, emailTokens.keepPlaintext)
    this.reservedKeys = new ReservedKeyStore(db)
  }

  /** Every account's DID (start-up settling after an upgrade or a restore). */
  allDids(): string[] {
    return this.allDidsStmt.all()
  }

  /** Any status; `null` when no account has this DID or (lower-cased) handle. */
  async getAccount(didOrHandle: string): Promise<Account | null> {
    const row = didOrHandle.startsWith('did:')
      ? this.byDid.get(didOrHandle)
      : this.byHandle.get(didOrHandle.toLowerCase())
    return row ? toAccount(row) : null
  }

  async getAccountByEmail(email: string): Promise<Account | null> {
    const row = await this.db
      .selectFrom('account')
      .selectAll()
      .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
      .executeTakeFirst()
    return row ? toAccount(row) : null
  }

  async getSigningKey(did: string): Promise<NativeSecp256k1Keypair> {
    const key = this.signingKeyOf.get(did)
    if (key === undefined) {
      throw new InvalidRequestError(`Could not find account: ${did}`, 'AccountNotFound')
    }
    return NativeSecp256k1Keypair.import(key)
  }

  /**
   * Inserts the account and consumes its invite in one transaction. A handle, email or DID taken
   * meanwhile (a concurrent signup) surfaces as the protocol error instead of a constraint failure.
   */
  async createAccount(input: NewAccount): Promise<Account> {
    const signingKey = Buffer.from(await input.signingKey.export()).toString('hex')
    const now = new Date().toISOString()
    try {
      await this.db.transaction().execute(async (tx) => {
        if (input.inviteCode !== undefined) {
          await new InviteStore(tx).consume(input.inviteCode, input.did, now)
        }
        await tx
          .insertInto('account')
          .values({
            did: input.did,
            handle: input.handle,
            email: input.email?.toLowerCase() ?? null,
            password_hash: input.passwordHash,
            signing_key: signingKey,
            email_auth_factor: 0,
            invites_disabled: 0,
            status: input.deactivated ? 'deactivated' : 'active',
            deactivated_at: input.deactivated ? now : null,
            created_at: now,
          })
          .execute()
      })
    } catch (err) {
      if (!isUniqueViolation(err)) throw err
      const [byDid, byHandle] = await Promise.all([
        this.getAccount(input.did),
        this.getAccount(input.handle),
      ])
      if (byDid) throw new InvalidRequestError(`Account already exists: ${input.did}`)
      if (byHandle) {
        throw new InvalidRequestError(`Handle already taken: ${input.handle}`, 'HandleNotAvailable')
      }
      throw new InvalidRequestError(`Email already taken: ${input.email}`)
    }
    const account = await this.getAccount(input.did)
    if (!account) throw new Error('account vanished right after creation')
    return account
  }

  async verifyAccountPassword(did: string, password: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('account')
      .select('password_hash')
      .where('did', '=', did)
      .executeTakeFirst()
    if (!row?.password_hash) return false
    return verifyPassword(row.password_hash, password)
  }

  async updateHandle(did: string, handle: string): Promise<void> {
    try {
      await this.db.updateTable('account').set({ handle }).where('did', '=', did).execute()
    } catch (err) {
      if (!isUniqueViolation(err)) throw err
      throw new InvalidRequestError(`Handle already taken: ${handle}`, 'HandleNotAvailable')
    }
  }

  /** Deactivates or reactivates; a taken-down account stays taken down. Returns the new account. */
  async setActive(did: string, active: boolean): Promise<Account> {
    await this.db
      .updateTable('account')
      .set({
        status: active ? 'active' : 'deactivated',
        deactivated_at: active ? null : new Date().toISOString(),
      })
      .where('did', '=', did)
      .where('status', '!=', 'takendown')
      .execute()
    const account = await this.getAccount(did)
    if (!account) throw new InvalidRequestError('Account not found', 'AccountNotFound')
    return account
  }

  /** Removes the account and, by cascade, its sessions, app passwords and email tokens. */
  async deleteAccount(did: string): Promise<void> {
    await this.db.deleteFrom('account').where('did', '=', did).execute()
  }

  /** A page of accounts in DID order, after the DID `after` (listRepos). */
  async listStatuses(
    after: string,
    limit: number,
  ): Promise<Array<{ did: string; status: AccountStatus }>> {
    return this.db
      .selectFrom('account')
      .select(['did', 'status'])
      .where('did', '>', after)
      .orderBy('did')
      .limit(limit)
      .execute()
  }
}
