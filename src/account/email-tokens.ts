import { randomBytes, timingSafeEqual } from 'node:crypto'
import { InvalidRequestError, RateLimitExceededError } from '@atproto/xrpc-server'
import type { Kysely } from 'kysely'
import { hmacHex } from '../auth/secrets.ts'
import type { AccountDbSchema, EmailTokenPurpose } from './schema.ts'

/** How long an emailed code stays valid (as the reference PDS). */
export const EMAIL_TOKEN_TTL_MS = 15 * 60 * 1000
/** Codes one account may request for one purpose per window: each is an email someone receives. */
const MAX_REQUESTS_PER_WINDOW = 10
const REQUEST_WINDOW_MS = 60 * 60 * 1000
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

/** `XXXXX-XXXXX` (50 random bits), easy to type from an email, as the reference PDS. */
function generateToken(): string {
  // 256 is a multiple of 32, so `b % 32` is unbiased.
  const chars = Array.from(randomBytes(10), (b) => ALPHABET[b % 32]).join('')
  return `${chars.slice(0, 5)}-${chars.slice(5)}`
}

/** A code waiting to be used, as the operator's console shows it. Never includes the hash. */
export interface PendingEmailToken {
  did: string
  purpose: EmailTokenPurpose
  requestedAt: string
  expiresAt: string
  /** The code itself, kept only while SMTP is off (so the operator can pass it on). */
  token: string | null
}

function invalidToken(): InvalidRequestError {
  return new InvalidRequestError('Token is invalid', 'InvalidToken')
}

function isExpired(requestedAt: string, now: number): boolean {
  return now - Date.parse(requestedAt) > EMAIL_TOKEN_TTL_MS
}

/**
 * Drops the account's pending codes: all of them, or those of one purpose. On `db`, which is the
 * caller's transaction when the codes must go together with its own change.
 */
export async function deleteEmailTokens(
  db: Kysely<AccountDbSchema>,
  did: string,
  purpose?: EmailTokenPurpose,
): Promise<void> {
  await db
    .deleteFrom('email_token')
    .where('did', '=', did)
    .$if(purpose !== undefined, (qb) => qb.where('purpose', '=', purpose!))
    .execute()
}

/**
 * One-time codes sent by email (confirmation, email change, password reset, account deletion, PLC
 * operation, sign-in second factor), at most one pending per account and purpose. Only a keyed
 * hash (HMAC) is stored, so a leaked database does not give working codes; comparisons are of
 * those hashes in constant time. A code is removed when used, when it expires or when replaced.
 */
export class EmailTokenStore {
  constructor(
    private readonly db: Kysely<AccountDbSchema>,
    private readonly key: Uint8Array,
    /** True when SMTP is off: the plaintext is then kept for the operator's console. */
    private readonly keepPlaintext: boolean,
  ) {}

  private hash(token: string): string {
    return hmacHex(this.key, token.trim().toUpperCase())
  }

  /** The account's pending code for this purpose, if any. */
  private pending(did: string, purpose: EmailTokenPurpose) {
    return this.db
      .selectFrom('email_token')
      .select(['token_hash', 'requested_at', 'requests', 'window_started_at'])
      .where('did', '=', did)
      .where('purpose', '=', purpose)
      .executeTakeFirst()
  }

  /** A fresh code for the account and purpose, replacing any pending one. */
  async create(did: string, purpose: EmailTokenPurpose): Promise<string> {
    const token = generateToken()
    const now = Date.now()
    const nowIso = new Date(now).toISOString()
    const previous = await this.pending(did, purpose)
    const sameWindow =
      previous !== undefined && now - Date.parse(previous.window_started_at) < REQUEST_WINDOW_MS
    if (sameWindow && previous.requests >= MAX_REQUESTS_PER_WINDOW) {
      throw new RateLimitExceededError(
        {
          limit: MAX_REQUESTS_PER_WINDOW,
          duration: REQUEST_WINDOW_MS,
          remainingPoints: 0,
          msBeforeNext: Date.parse(previous.window_started_at) + REQUEST_WINDOW_MS - now,
          consumedPoints: previous.requests,
          isFirstInDuration: false,
        },
        'Too many codes requested, please wait before asking again',
      )
    }
    const row = {
      token_hash: this.hash(token),
      plaintext: this.keepPlaintext ? token : null,
      requested_at: nowIso,
      requests: sameWindow ? previous.requests + 1 : 1,
      window_started_at: sameWindow ? previous.window_started_at : nowIso,
    }
    await this.db
      .insertInto('email_token')
      .values({ did, purpose, ...row })
      .onConflict((oc) => oc.columns(['purpose', 'did']).doUpdateSet(row))
      .execute()
    return token
  }

  /** Checks and uses up the account's code; `InvalidToken` or `ExpiredToken` otherwise. */
  async consume(did: string, purpose: EmailTokenPurpose, token: string): Promise<void> {
    const row = await this.pending(did, purpose)
    const presented = Buffer.from(this.hash(token), 'hex')
    if (!row || !timingSafeEqual(presented, Buffer.from(row.token_hash, 'hex'))) {
      throw invalidToken()
    }
    await this.claim(did, purpose, row.token_hash, row.requested_at)
  }

  /**
   * Uses up a code whose account the caller does not know (resetPassword) and returns that
   * account. The lookup is by keyed hash, so its timing says nothing about the code.
   */
  async consumeAny(purpose: EmailTokenPurpose, token: string): Promise<string> {
    const tokenHash = this.hash(token)
    const row = await this.db
      .selectFrom('email_token')
      .select(['did', 'requested_at'])
      .where('purpose', '=', purpose)
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst()
    if (!row) throw invalidToken()
    await this.claim(row.did, purpose, tokenHash, row.requested_at)
    return row.did
  }

  /**
   * Deletes the row only if it still holds this code, so two concurrent uses cannot both win. An
   * expired code stays (it is replaced by the next request): clients retry a call that answered
   * `ExpiredToken` after refreshing their session, and the retry must get the same answer.
   */
  private async claim(
    did: string,
    purpose: EmailTokenPurpose,
    tokenHash: string,
    requestedAt: string,
  ): Promise<void> {
    if (isExpired(requestedAt, Date.now())) {
      throw new InvalidRequestError('Token is expired', 'ExpiredToken')
    }
    const deleted = await this.db
      .deleteFrom('email_token')
      .where('did', '=', did)
      .where('purpose', '=', purpose)
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst()
    if (Number(deleted.numDeletedRows) === 0) throw invalidToken()
  }

  /** Unexpired codes, optionally of one account, for the operator's status and console. */
  async listPending(did?: string): Promise<PendingEmailToken[]> {
    let query = this.db
      .selectFrom('email_token')
      .select(['did', 'purpose', 'requested_at', 'plaintext'])
      .where('requested_at', '>=', new Date(Date.now() - EMAIL_TOKEN_TTL_MS).toISOString())
      .orderBy('did')
      .orderBy('purpose')
    if (did !== undefined) query = query.where('did', '=', did)
    const rows = await query.execute()
    return rows.map((row) => ({
      did: row.did,
      purpose: row.purpose,
      requestedAt: row.requested_at,
      expiresAt: new Date(Date.parse(row.requested_at) + EMAIL_TOKEN_TTL_MS).toISOString(),
      token: row.plaintext,
    }))
  }
}
