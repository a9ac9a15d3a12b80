import argon2 from 'argon2'
import { InvalidRequestError } from '@atproto/xrpc-server'

/** New passwords: long enough to matter, short enough that hashing cannot be used for DoS. */
const NEW_PASSWORD_MIN_LENGTH = 8
const NEW_PASSWORD_MAX_LENGTH = 256
/** Login attempts with longer strings are refused without hashing them. */
const PASSWORD_MAX_LENGTH = 512

export function assertValidNewPassword(password: string): void {
  if (password.length < NEW_PASSWORD_MIN_LENGTH) {
    throw new InvalidRequestError(
      `Password too short. Minimum length is ${NEW_PASSWORD_MIN_LENGTH} characters.`,
    )
  }
  if (password.length > NEW_PASSWORD_MAX_LENGTH) {
    throw new InvalidRequestError(
      `Password too long. Maximum length is ${NEW_PASSWORD_MAX_LENGTH} characters.`,
    )
  }
}

/**
 * argon2id at OWASP's recommended 19 MiB, two passes, one lane. That is at least the reference
 * PDS's scrypt (N=2^14, r=8: two passes over 16 MiB) in memory and time, and argon2id resists
 * trading one for the other better; the library's default (64 MiB, three passes, four lanes) took
 * ~5x longer and four threads on every signup, password change and login. Existing hashes keep
 * the parameters they were made with (argon2 records them in the hash).
 */
const HASH_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 19 * 1024,
  timeCost: 2,
  parallelism: 1,
} as const

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, HASH_OPTIONS)
}

/** False (never an exception) for a wrong password, an over-long one or a malformed hash. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  if (password.length > PASSWORD_MAX_LENGTH) return false
  try {
    return await argon2.verify(hash, password)
  } catch {
    return false
  }
}
