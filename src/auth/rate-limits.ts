import { MemoryRateLimiter, type RateLimiterCreator } from '@atproto/xrpc-server'

const MINUTE = 60 * 1000
const DAY = 24 * 60 * MINUTE

/** In-process limiters for the XRPC server; 429 responses carry RateLimit-* and Retry-After. */
export const createRateLimiter: RateLimiterCreator = (opts) => new MemoryRateLimiter(opts)

interface LoginCtx {
  input: { body: { identifier: string } }
  req: { ip?: string }
}

/** Password guessing: per identifier from one address, and per address across identifiers. */
export function loginRateLimits() {
  const byIdentifier = ({ input, req }: LoginCtx) =>
    `${input.body.identifier.toLowerCase()}-${req.ip ?? ''}`
  return [
    { durationMs: 5 * MINUTE, points: 30, calcKey: byIdentifier },
    { durationMs: DAY, points: 300, calcKey: byIdentifier },
    { durationMs: 5 * MINUTE, points: 150 },
  ]
}

/** Account creation, per address. */
export const ACCOUNT_CREATION_RATE_LIMIT = { durationMs: 5 * MINUTE, points: 100 }
