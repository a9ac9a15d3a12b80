import { createHmac, createSecretKey, type KeyObject, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import argon2 from 'argon2'
import { AuthRequiredError, RateLimitExceededError } from '@atproto/xrpc-server'
import type { AdminAuthLimits } from '../config.ts'
import type { Logger } from '../logger.ts'
import type { Metrics } from '../metrics/metrics.ts'
import { VerifyThrottle } from './verify-throttle.ts'

/**
 * How long a verified token is remembered, so the operator's polling and console use neither pay
 * for argon2 nor wait behind an attacker's throttled guesses. Bounded: a leaked digest of memory
 * goes stale, and the hash only changes with a restart anyway.
 */
const VERIFIED_TTL_MS = 10 * 60_000
/** Throttling is logged at most once per this long, with the count refused since the last line. */
const LOG_WINDOW_MS = 60_000
/** `header.payload.signature`: an account access token or a service JWT, never the admin token. */
const JWT_SHAPE = /^[\w-]+\.[\w-]+\.[\w-]+$/

/** The address a request came from (`req.ip` honours the reverse proxy's X-Forwarded-For). */
export function clientAddress(req: IncomingMessage): string {
  return (req as IncomingMessage & { ip?: string }).ip ?? req.socket.remoteAddress ?? ''
}

export interface AdminTokenOptions {
  /** TEMPEST_ADMIN_TOKEN_HASH; admin access is disabled without it. */
  hash: string | undefined
  /** HMAC key for the remembered digest (derived from SECRET_KEY_BASE). */
  key: Uint8Array
  limits: AdminAuthLimits
  logger: Logger
  metrics: Pick<Metrics, 'adminAuthVerifications' | 'adminAuthThrottled'>
}

/**
 * The operator's admin token, checked against TEMPEST_ADMIN_TOKEN_HASH (argon2id, which compares
 * in constant time). The HMAC of the last token that verified is remembered for a bounded time and
 * compared in constant time before anything else. Other tokens go through a throttle
 * (TEMPEST_ADMIN_AUTH_*) before argon2 runs, so a flood of guesses cannot load the CPU: beyond the
 * limits they get 429 RateLimitExceeded with Retry-After at the cost of a map lookup.
 */
export class AdminToken {
  private verified: { digest: Buffer; until: number } | null = null
  /** Checks running now, by digest: concurrent requests with one token share one argon2 run. */
  private readonly running = new Map<string, Promise<boolean>>()
  private readonly throttle: VerifyThrottle
  /** Imported once: importing a raw key per request costs more than the HMAC itself. */
  private readonly key: KeyObject
  private refusedSinceLog = 0
  private lastLogAt = -Infinity

  constructor(private readonly opts: AdminTokenOptions) {
    this.throttle = new VerifyThrottle(opts.limits)
    this.key = createSecretKey(opts.key)
  }

  /**
   * Throws AuthRequiredError, or RateLimitExceededError (setting Retry-After on `res`). Concurrent
   * checks of one token share one argon2 run, so a client's parallel first requests are not
   * throttled by each other.
   */
  async assertValid(
    token: string,
    client: string,
    res?: { setHeader(name: string, value: string): unknown },
  ): Promise<void> {
    if (this.opts.hash === undefined) {
      throw new AuthRequiredError(
        'Admin access is disabled: set TEMPEST_ADMIN_TOKEN_HASH (see `tempest argon`)',
        'AdminTokenDisabled',
      )
    }
    // Refused without running argon2, so account and service tokens cannot be used to load the CPU.
    if (JWT_SHAPE.test(token)) {
      throw new AuthRequiredError('Account and service tokens are not admin tokens', 'InvalidToken')
    }
    const digest = createHmac('sha256', this.key).update(token).digest()
    const cached = this.verified
    if (cached && cached.until > Date.now() && timingSafeEqual(digest, cached.digest)) return

    const key = digest.toString('hex')
    let check = this.running.get(key)
    if (check === undefined) {
      check = this.verify(this.opts.hash, token, client)
      this.running.set(key, check)
      void check.finally(() => this.running.delete(key)).catch(() => undefined)
    }
    let ok: boolean
    try {
      ok = await check
    } catch (err) {
      if (err instanceof RateLimitExceededError) {
        res?.setHeader(
          'Retry-After',
          String(Math.max(1, Math.ceil(err.status.msBeforeNext / 1000))),
        )
      }
      throw err
    }
    if (!ok) throw new AuthRequiredError('Invalid admin token', 'InvalidToken')
    this.verified = { digest, until: Date.now() + VERIFIED_TTL_MS }
  }

  /** One argon2 run if the throttle admits it; RateLimitExceededError otherwise. */
  private async verify(hash: string, token: string, client: string): Promise<boolean> {
    const admitted = this.throttle.tryAcquire(client)
    if (typeof admitted !== 'function') {
      this.opts.metrics.adminAuthThrottled.inc({ reason: admitted.reason })
      this.logRefusal()
      throw new RateLimitExceededError(
        {
          limit: this.opts.limits.perSecond,
          duration: 1,
          remainingPoints: 0,
          msBeforeNext: admitted.retryAfterMs,
          consumedPoints: this.opts.limits.perSecond,
          isFirstInDuration: false,
        },
        'Too many admin authentication attempts; try again shortly',
      )
    }
    try {
      const ok = await argon2.verify(hash, token).catch(() => false)
      this.opts.metrics.adminAuthVerifications.inc({ result: ok ? 'ok' : 'failed' })
      return ok
    } finally {
      admitted()
    }
  }

  private logRefusal(): void {
    this.refusedSinceLog++
    const now = Date.now()
    if (now - this.lastLogAt < LOG_WINDOW_MS) return
    this.opts.logger.warn(
      { refused: this.refusedSinceLog, limits: this.opts.limits },
      'admin authentication throttled',
    )
    this.refusedSinceLog = 0
    this.lastLogAt = now
  }
}
