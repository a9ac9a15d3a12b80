import { InvalidRequestError } from '@atproto/xrpc-server'
import type { Kysely } from 'kysely'
import type { AccountDbSchema } from '../account/schema.ts'
import { isUniqueViolation } from '../account/sqlite-errors.ts'
import { hashPassword } from '../auth/passwords.ts'

type Db = Kysely<AccountDbSchema>

export function emailTaken(): InvalidRequestError {
  return new InvalidRequestError(
    'This email address is already in use, please use a different email.',
  )
}

export async function markEmailConfirmed(db: Db, did: string): Promise<void> {
  await db
    .updateTable('account')
    .set({ email_confirmed_at: new Date().toISOString() })
    .where('did', '=', did)
    .execute()
}

/**
 * Sets a new address: it is unconfirmed until `confirmEmail`, and codes sent to the old one no
 * longer work. Another account's address is refused with the reference PDS's message.
 */
export async function changeEmail(db: Db, did: string, email: string): Promise<void> {
  try {
    await db.transaction().execute(async (tx) => {
      await tx
        .updateTable('account')
        .set({ email: email.toLowerCase(), email_confirmed_at: null })
        .where('did', '=', did)
        .execute()
      await tx.deleteFrom('email_token').where('did', '=', did).execute()
    })
  } catch (err) {
    if (!isUniqueViolation(err)) throw err
    throw emailTaken()
  }
}

export async function setEmailAuthFactor(db: Db, did: string, enabled: boolean): Promise<void> {
  await db
    .updateTable('account')
    .set({ email_auth_factor: enabled ? 1 : 0 })
    .where('did', '=', did)
    .execute()
}

/**
 * A new password ends every session, including those made with app passwords (refresh tokens go,
 * and access tokens die with their session); the app passwords themselves stay, as the reference.
 */
export async function setPasswordAndEndSessions(
  db: Db,
  did: string,
  password: string,
): Promise<void> {
  const passwordHash = await hashPassword(password)
  await db.transaction().execute(async (tx) => {
    await tx
      .updateTable('account')
      .set({ password_hash: passwordHash })
      .where('did', '=', did)
      .execute()
    await tx.deleteFrom('refresh_token').where('did', '=', did).execute()
    await tx
      .deleteFrom('email_token')
      .where('did', '=', did)
      .where('purpose', '=', 'reset_password')
      .execute()
  })
}
