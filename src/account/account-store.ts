import { InvalidRequestError } from '@atproto/xrpc-server'
import type { Statement } from 'better-sqlite3'
import { type Kysely, type Selectable, sql, type Updateable } from 'kysely'
import { hashPassword, verifyPassword } from '../auth/passwords.ts'
import { deleteSessions } from '../auth/sessions.ts'
import { NativeSecp256k1Keypair } from '../crypto/secp256k1-keypair.ts'
import type { SqliteDb } from '../db/sqlite.ts'
import { AppPasswordStore } from './app-passwords.ts'
import { deleteEmailTokens, EmailTokenStore } from './email-tokens.ts'
import { InviteStore } from './invites.ts'
import { ReservedKeyStore } from './reserved-keys.ts'
import type { AccountDbSchema, AccountStatus, AccountTable } from './schema.ts'
import { isUniqueViolation } from './sqlite-errors.ts'

/** Every column but the password hash and the signing key. */
const ACCOUNT_FIELDS = [
  'did',
  'handle',
  'email',
  'email_confirmed_at',
  'email_auth_factor',
  'status',
  'takedown_ref',
  'deactivated_at',
  'invites_disabled',
  'created_at',
] as const
const ACCOUNT_COLUMNS = ACCOUNT_FIELDS.join(', ')
const SIGNING_KEY_SQL = 'SELECT signing_key FROM account WHERE did = ?'
const ALL_DIDS_SQL = 'SELECT did FROM account ORDER BY did'

/** Every account's DID, read on a connection of its own (a backup's snapshot of account.sqlite). */
export function accountDidsIn(db: SqliteDb): string[] {
  return db.prepare<[], string>(ALL_DIDS_SQL).pluck().all()
}

/** An account's signing key (hex), read on a connection of its own (the CLI, a backup check). */
export function signingKeyIn(db: SqliteDb, did: string): string | undefined {
  return db.prepare<[string], string>(SIGNING_KEY_SQL).pluck().get(did)
}

/** The reference PDS's answer when an address belongs to another account. */
export function emailTaken(): InvalidRequestError {
  return new InvalidRequestError(
    'This email address is already in use, please use a different email.',
  )
}

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

/** Hosted accounts by status, and their total. */
export interface AccountCounts {
  total: number
  active: number
  deactivated: number
  takendown: number
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
    this.signingKeyOf = sqlite.prepare<[string], string>(SIGNING_KEY_SQL).pluck()
    this.allDidsStmt = sqlite.prepare<[], string>(ALL_DIDS_SQL).pluck()
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
      .select(ACCOUNT_FIELDS)
      .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
      .executeTakeFirst()
    return row ? toAccount(row) : null
  }

  /** The accounts of these DIDs that exist, in no particular order. */
  async getAccounts(dids: string[]): Promise<Account[]> {
    if (dids.length === 0) return []
    const rows = await this.db
      .selectFrom('account')
      .select(ACCOUNT_FIELDS)
      .where('did', 'in', dids)
      .execute()
    return rows.map(toAccount)
  }

  /** Accounts newest first, `limit` at a time, after `after` (the last of the previous page). */
  async listNewestFirst(limit: number, after: Account | null): Promise<Account[]> {
    let query = this.db
      .selectFrom('account')
      .select(ACCOUNT_FIELDS)
      .orderBy('created_at', 'desc')
      .orderBy('did', 'desc')
      .limit(limit)
    if (after) {
      query = query.where((eb) =>
        eb.or([
          eb('created_at', '<', after.createdAt),
          eb.and([eb('created_at', '=', after.createdAt), eb('did', '<', after.did)]),
        ]),
      )
    }
    return (await query.execute()).map(toAccount)
  }

  /**
   * DIDs of the accounts whose email starts with `prefix` (case-insensitive; every account when
   * it is empty), in DID order, `limit` at a time after the DID `cursor`.
   */
  async searchByEmailPrefix(prefix: string, limit: number, cursor?: string): Promise<string[]> {
    let query = this.db.selectFrom('account').select('did').orderBy('did').limit(limit)
    if (prefix !== '') {
      const escaped = prefix.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)
      query = query.where(sql<boolean>`lower(email) like ${`${escaped}%`} escape '\\'`)
    }
    if (cursor !== undefined) query = query.where('did', '>', cursor)
    return (await query.execute()).map((r) => r.did)
  }

  async countByStatus(): Promise<AccountCounts> {
    const rows = await this.db
      .selectFrom('account')
      .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('status')
      .execute()
    const counts = { total: 0, active: 0, deactivated: 0, takendown: 0 }
    for (const row of rows) {
      counts[row.status] = Number(row.n)
      counts.total += Number(row.n)
    }
    return counts
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

  private async update(did: string, values: Updateable<AccountTable>): Promise<void> {
    await this.db.updateTable('account').set(values).where('did', '=', did).execute()
  }

  async updateHandle(did: string, handle: string): Promise<void> {
    try {
      await this.update(did, { handle })
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

  /**
   * Sets a new address: it is unconfirmed until `confirmEmail`, and codes sent to the old one no
   * longer work. Another account's address is refused with the reference PDS's message.
   */
  async setEmail(did: string, email: string): Promise<void> {
    try {
      await this.db.transaction().execute(async (tx) => {
        await tx
          .updateTable('account')
          .set({ email: email.toLowerCase(), email_confirmed_at: null })
          .where('did', '=', did)
          .execute()
        await deleteEmailTokens(tx, did)
      })
    } catch (err) {
      if (!isUniqueViolation(err)) throw err
      throw emailTaken()
    }
  }

  async confirmEmail(did: string): Promise<void> {
    await this.update(did, { email_confirmed_at: new Date().toISOString() })
  }

  async setEmailAuthFactor(did: string, enabled: boolean): Promise<void> {
    await this.update(did, { email_auth_factor: enabled ? 1 : 0 })
  }

  async setInvitesDisabled(did: string, disabled: boolean): Promise<void> {
    await this.update(did, { invites_disabled: disabled ? 1 : 0 })
  }

  /** A new account's hash, computed while its row already claimed the DID, handle and email. */
  async setPasswordHash(did: string, passwordHash: string): Promise<void> {
    await this.update(did, { password_hash: passwordHash })
  }

  /**
   * A new password ends every session, including those made with app passwords (refresh tokens go,
   * and access tokens die with their session), and pending reset codes; the app passwords
   * themselves stay, as the reference.
   */
  async setPassword(did: string, password: string): Promise<void> {
    const passwordHash = await hashPassword(password)
    await this.db.transaction().execute(async (tx) => {
      await tx
        .updateTable('account')
        .set({ password_hash: passwordHash })
        .where('did', '=', did)
        .execute()
      await deleteSessions(tx, did)
      await deleteEmailTokens(tx, did, 'reset_password')
    })
  }

  async takeDown(did: string, ref: string): Promise<void> {
    await this.update(did, { status: 'takendown', takedown_ref: ref })
  }

  /**
   * Lifts a takedown: the account is active again, or deactivated if it was before. The new
   * status, or `null` when the account was not taken down.
   */
  async liftTakedown(did: string): Promise<AccountStatus | null> {
    const restored = await this.db
      .updateTable('account')
      .set((eb) => ({
        status: eb
          .case()
          .when('deactivated_at', 'is not', null)
          .then('deactivated' as const)
          .else('active' as const)
          .end(),
        takedown_ref: null,
      }))
      .where('did', '=', did)
      .where('status', '=', 'takendown')
      .returning('status')
      .executeTakeFirst()
    return restored?.status ?? null
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
