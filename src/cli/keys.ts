import { randomBytes } from 'node:crypto'
import { text } from 'node:stream/consumers'
import argon2 from 'argon2'

/** A fresh random secret for SECRET_KEY_BASE (64 bytes, hex). */
export function newSecret(): string {
  return randomBytes(64).toString('hex')
}

/** Hashes the admin token with argon2id; the token comes from the argument or standard input. */
export async function hashAdminToken(arg: string | undefined): Promise<string> {
  const token = (arg ?? (await text(process.stdin))).trim()
  if (token.length < 16) throw new Error('the admin token must be at least 16 characters')
  return argon2.hash(token, { type: argon2.argon2id })
}
