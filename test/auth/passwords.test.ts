import argon2 from 'argon2'
import { describe, expect, it } from 'vitest'
import { hashPassword, verifyPassword } from '../../src/auth/passwords.ts'

describe('password hashes', () => {
  it('are argon2id with at least 19 MiB and two passes, and verify only the right password', async () => {
    const hash = await hashPassword('hunter2-hunter2')
    const [, type, , params] = hash.split('$')
    expect(type).toBe('argon2id')
    const cost = Object.fromEntries(params!.split(',').map((kv) => kv.split('=')))
    expect(Number(cost.m)).toBeGreaterThanOrEqual(19 * 1024)
    expect(Number(cost.t)).toBeGreaterThanOrEqual(2)
    expect(await verifyPassword(hash, 'hunter2-hunter2')).toBe(true)
    expect(await verifyPassword(hash, 'hunter2-hunter3')).toBe(false)
  })

  it('still verify when made with the earlier, costlier defaults', async () => {
    const old = await argon2.hash('correct horse', { type: argon2.argon2id })
    expect(await verifyPassword(old, 'correct horse')).toBe(true)
    expect(await verifyPassword(old, 'wrong horse')).toBe(false)
  })
})
