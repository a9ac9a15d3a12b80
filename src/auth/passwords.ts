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

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id })
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
