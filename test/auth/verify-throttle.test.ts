import { describe, expect, it } from 'vitest'
import { VerifyThrottle } from '../../src/auth/verify-throttle.ts'

describe('VerifyThrottle', () => {
  it('admits within in-flight, overall and per-client limits per one-second window', () => {
    let now = 10_250
    const throttle = new VerifyThrottle(
      { maxInFlight: 2, perSecond: 3, perClientPerSecond: 2 },
      () => now,
    )
    const a1 = throttle.tryAcquire('a')
    const a2 = throttle.tryAcquire('a')
    expect(typeof a1).toBe('function')
    expect(typeof a2).toBe('function')
    expect(throttle.tryAcquire('b')).toEqual({ reason: 'in_flight', retryAfterMs: 750 })
    if (typeof a1 === 'function') a1()
    if (typeof a1 === 'function') a1() // releasing twice frees one slot only
    expect(throttle.tryAcquire('a')).toEqual({ reason: 'client_rate', retryAfterMs: 750 })
    const b1 = throttle.tryAcquire('b')
    expect(typeof b1).toBe('function')
    if (typeof b1 === 'function') b1()
    expect(throttle.tryAcquire('c')).toEqual({ reason: 'rate', retryAfterMs: 750 })

    now = 11_000 // a new window: the rates start over, the running check still counts
    expect(typeof throttle.tryAcquire('a')).toBe('function')
    expect(throttle.tryAcquire('c')).toMatchObject({ reason: 'in_flight', retryAfterMs: 1000 })
  })
})
