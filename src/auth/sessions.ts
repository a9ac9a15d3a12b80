import { randomUUID } from 'node:crypto'
import { InvalidRequestError } from '@atproto/xrpc-server'
import type { Kysely } from 'kysely'
import type { AccountDbSchema } from '../account/schema.ts'
import type { SqliteDb } from '../db/sqlite.ts'
import { AuthScope, sessionScope } from './scopes.ts'
import { sha256Hex } from './secrets.ts'
import type { SessionTokens } from './tokens.ts'

/** The app password a session was made with: its scope follows `privileged`. */
export interface AppPasswordDescription {
  name: string
  privileged: boolean
}

/** Where a refresh learns whether the session's app password still exists, and what it allows. */
interface AppPasswordLookup {
  describe(did: string, name: string): Promise<AppPasswordDescription | null>
}

export interface SessionJwts {
  accessJwt: string
  refreshJwt: string
}

/**
 * Ends the account's sessions: all of them, or those made with one app password. On `db`, which is
 * the caller's transaction when the sessions must end together with its own change.
 */
export async function deleteSessions(
  db: Kysely<AccountDbSchema>,
  did: string,
  appPasswordName?: string,
): Promise<void> {
  let query = db.deleteFrom('refresh_token').where('did', '=', did)
  if (appPasswordName !== undefined) query = query.where('app_password_name', '=', appPasswordName)
  await query.execute()
}

/**
 * Login sessions as refresh-token families. Every refresh rotates the token; the rotated-out one
 * keeps working for `graceMs` (a client refreshing twice concurrently), and presenting it after
 * that is treated as theft: the whole family, and with it every access token of the session
 * (they carry the family as `sid`), is revoked. Only hashes of token ids are stored.
 */
export class SessionStore {
  private readonly liveStmt

  constructor(
    private readonly db: Kysely<AccountDbSchema>,
    sqlite: SqliteDb,
    private readonly appPasswords: AppPasswordLookup,
    private readonly tokens: SessionTokens,
    private readonly graceMs: number,
  ) {
    this.liveStmt = sqlite.prepare<[string, string]>(
      'SELECT 1 FROM refresh_token WHERE family_id = ? AND did = ? LIMIT 1',
    )
  }

  /**
   * A new session (a new token family) for a login or a new account. A taken-down account's
   * session (createSession with `allowTakendown`) gets the takedown scope, which only the methods
   * an account migrating out needs accept; refreshSession refuses taken-down accounts.
   */
  async create(
    did: string,
    appPassword: AppPasswordDescription | null,
    opts: { takendown?: boolean } = {},
  ): Promise<SessionJwts> {
    return this.issue(did, randomUUID(), appPassword, opts.takendown)
  }

  private async issue(
    did: string,
    familyId: string,
    appPassword: AppPasswordDescription | null,
    takendown = false,
  ): Promise<SessionJwts> {
    const refresh = await this.tokens.createRefreshToken(did)
    await this.db
      .insertInto('refresh_token')
      .values({
        id: sha256Hex(refresh.jti),
        did,
        family_id: familyId,
        app_password_name: appPassword?.name ?? null,
        expires_at: new Date(refresh.exp * 1000).toISOString(),
      })
      .execute()
    const scope = takendown ? AuthScope.Takendown : sessionScope(appPassword)
    const accessJwt = await this.tokens.createAccessToken(did, scope, familyId)
    return { accessJwt, refreshJwt: refresh.jwt }
  }

  /** Exchanges a refresh token id for a fresh pair; `ExpiredToken` when revoked, expired or reused. */
  async rotate(did: string, jti: string): Promise<SessionJwts> {
    const id = sha256Hex(jti)
    const row = await this.db
      .selectFrom('refresh_token')
      .select(['did', 'family_id', 'app_password_name', 'expires_at', 'rotated_at'])
      .where('id', '=', id)
      .executeTakeFirst()
    if (!row || row.did !== did) {
      throw new InvalidRequestError('Token has been revoked', 'ExpiredToken')
    }
    const now = Date.now()
    await this.db
      .deleteFrom('refresh_token')
      .where('did', '=', did)
      .where('expires_at', '<=', new Date(now).toISOString())
      .execute()
    if (Date.parse(row.expires_at) <= now) {
      throw new InvalidRequestError('Token has expired', 'ExpiredToken')
    }
    const appPassword =
      row.app_password_name === null
        ? null
        : await this.appPasswords.describe(did, row.app_password_name)
    // Reused after the grace period (theft), or its app password revoked meanwhile.
    const reused = row.rotated_at !== null && now - Date.parse(row.rotated_at) > this.graceMs
    if (reused || (row.app_password_name !== null && appPassword === null)) {
      await this.db.deleteFrom('refresh_token').where('family_id', '=', row.family_id).execute()
      throw new InvalidRequestError('Token has been revoked', 'ExpiredToken')
    }
    if (row.rotated_at === null) {
      await this.db
        .updateTable('refresh_token')
        .set({ rotated_at: new Date(now).toISOString() })
        .where('id', '=', id)
        .execute()
    }
    return this.issue(did, row.family_id, appPassword)
  }

  /** Logout: ends the session the refresh token belongs to. */
  async revokeByRefreshId(jti: string): Promise<void> {
    const row = await this.db
      .selectFrom('refresh_token')
      .select('family_id')
      .where('id', '=', sha256Hex(jti))
      .executeTakeFirst()
    if (row)
      await this.db.deleteFrom('refresh_token').where('family_id', '=', row.family_id).execute()
  }

  /** Whether the session an access token names still exists (one indexed point query). */
  isLive(did: string, familyId: string): boolean {
    return this.liveStmt.get(familyId, did) !== undefined
  }
}
