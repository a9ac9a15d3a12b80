import { timingSafeEqual } from 'node:crypto'
import argon2 from 'argon2'
import { AuthRequiredError } from '@atproto/xrpc-server'
import { sha256Hex } from './secrets.ts'

/** How long a verified token is remembered, so status polling does not pay for argon2 each time. */
const VERIFIED_TTL_MS = 60_000
/** `header.payload.signature`: an account access token or a service JWT, never the admin token. */
const JWT_SHAPE = /^[\w-]+\.[\w-]+\.[\w-]+$/

/**
 * The operator's admin token, checked against TEMPEST_ADMIN_TOKEN_HASH (argon2id, which compares
 * in constant time). The digest of the last token that verified is remembered briefly and compared
 * in constant time too. Without a hash configured, admin access is disabled, never open.
 */
export class AdminToken {
  private verified: { digest: Buffer; until: number } | null = null

  constructor(private readonly hash: string | undefined) {}

  async assertValid(token: string): Promise<void> {
    if (this.hash === undefined) {
      throw new AuthRequiredError(
        'Admin access is disabled: set TEMPEST_ADMIN_TOKEN_HASH (see `tempest argon`)',
        'AdminTokenDisabled',
      )
    }
    // Refused without running argon2, so account and service tokens cannot be used to load the CPU.
    if (JWT_SHAPE.test(token)) {
      throw new AuthRequiredError('Account and service tokens are not admin tokens', 'InvalidToken')
    }
    const digest = Buffer.from(sha256Hex(token), 'hex')
    const cached = this.verified
    if (cached && cached.until > Date.now() && timingSafeEqual(digest, cached.digest)) return
    const ok = await argon2.verify(this.hash, token).catch(() => false)
    if (!ok) throw new AuthRequiredError('Invalid admin token', 'InvalidToken')
    this.verified = { digest, until: Date.now() + VERIFIED_TTL_MS }
  }
}
