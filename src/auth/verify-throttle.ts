import type { AdminAuthLimits } from '../config.ts'

const WINDOW_MS = 1000

/** Why a verification was not admitted, and when to try again. */
export interface ThrottleRefusal {
  reason: 'in_flight' | 'rate' | 'client_rate'
  retryAfterMs: number
}

/**
 * Admission control for expensive credential checks (argon2): at most `maxInFlight` at once, and
 * per fixed one-second window at most `perSecond` started overall and `perClientPerSecond` from
 * one client address. Only admitted checks are counted, so the per-client map holds at most
 * `perSecond` entries and a refused request costs a few map lookups.
 */
export class VerifyThrottle {
  private inFlight = 0
  private window = -1
  private started = 0
  private readonly byClient = new Map<string, number>()

  constructor(
    private readonly limits: AdminAuthLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** A release function to call when the check finishes, or why it may not start now. */
  tryAcquire(client: string): (() => void) | ThrottleRefusal {
    const now = this.now()
    const window = Math.floor(now / WINDOW_MS)
    if (window !== this.window) {
      this.window = window
      this.started = 0
      this.byClient.clear()
    }
    const untilNextWindow = (window + 1) * WINDOW_MS - now
    if (this.inFlight >= this.limits.maxInFlight) {
      return { reason: 'in_flight', retryAfterMs: untilNextWindow }
    }
    const fromClient = this.byClient.get(client) ?? 0
    if (fromClient >= this.limits.perClientPerSecond) {
      return { reason: 'client_rate', retryAfterMs: untilNextWindow }
    }
    if (this.started >= this.limits.perSecond) {
      return { reason: 'rate', retryAfterMs: untilNextWindow }
    }
    this.inFlight++
    this.started++
    this.byClient.set(client, fromClient + 1)
    let released = false
    return () => {
      if (released) return
      released = true
      this.inFlight--
    }
  }
}
