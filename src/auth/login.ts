import { setTimeout as sleep } from 'node:timers/promises'
import { isValidDid, isValidHandle } from '@atproto/syntax'
import { AuthRequiredError } from '@atproto/xrpc-server'
import type { Account, AccountStore } from '../account/account-store.ts'
import type { Mailer } from '../email/mailer.ts'
import type { AppPasswordDescription } from './sessions.ts'

/** Every login takes at least this long, so timing tells nothing about which check failed. */
const LOGIN_MIN_MS = 350

export interface LoginResult {
  account: Account
  appPassword: AppPasswordDescription | null
}

async function findAccount(
  ctx: { accounts: AccountStore },
  identifier: string,
): Promise<Account | null> {
  const trimmed = identifier.trim()
  // DIDs are case-sensitive (did:web:host%3A8080); handles and emails are not.
  if (trimmed.startsWith('did:'))
    return isValidDid(trimmed) ? ctx.accounts.getAccount(trimmed) : null
  const id = trimmed.toLowerCase()
  if (id.includes('@')) return ctx.accounts.getAccountByEmail(id)
  if (isValidHandle(id)) return ctx.accounts.getAccount(id)
  return null
}

/**
 * Without SMTP the code cannot be mailed, but the client must still ask for it (the operator can
 * read it in the admin console), so the error keeps its name and says why no email came.
 */
async function sendSignInCode(mailer: Mailer, to: string, token: string): Promise<void> {
  if (!mailer.enabled) {
    throw new AuthRequiredError(
      'A sign in code is required, but this server cannot send email (SMTP is not configured): ' +
        'the server operator can read the code in the admin console',
      'AuthFactorTokenRequired',
    )
  }
  await mailer.sendSignInCode(to, token)
}

/**
 * Checks an identifier (handle, email or DID) and a password (the account's or an app password).
 * An unknown account and a wrong password give the same error in the same minimum time.
 */
export async function login(
  ctx: { accounts: AccountStore; mailer: Mailer },
  input: {
    identifier: string
    password: string
    authFactorToken?: string
    /** createSession's `allowTakendown`: a taken-down account may sign in (for migration out). */
    allowTakendown?: boolean
  },
): Promise<LoginResult> {
  const start = Date.now()
  try {
    const account = await findAccount(ctx, input.identifier)
    if (!account) throw new AuthRequiredError('Invalid identifier or password')
    let appPassword: AppPasswordDescription | null = null
    if (!(await ctx.accounts.verifyAccountPassword(account.did, input.password))) {
      // As the reference: a taken-down account signs in with its account password only.
      if (account.status === 'takendown') {
        throw new AuthRequiredError('Invalid identifier or password')
      }
      appPassword = await ctx.accounts.appPasswords.verify(account.did, input.password)
      if (!appPassword) throw new AuthRequiredError('Invalid identifier or password')
    }
    if (account.status === 'takendown' && !input.allowTakendown) {
      throw new AuthRequiredError('Account has been taken down', 'AccountTakedown')
    }
    // The email second factor guards the account password; app passwords are separate secrets.
    if (account.emailAuthFactor && account.email !== null && appPassword === null) {
      if (!input.authFactorToken) {
        const token = await ctx.accounts.emailTokens.create(account.did, 'auth_factor')
        await sendSignInCode(ctx.mailer, account.email, token)
        throw new AuthRequiredError(
          'A sign in code has been sent to your email address',
          'AuthFactorTokenRequired',
        )
      }
      await ctx.accounts.emailTokens.consume(account.did, 'auth_factor', input.authFactorToken)
    }
    return { account, appPassword }
  } finally {
    const remaining = LOGIN_MIN_MS - (Date.now() - start)
    if (remaining > 0) await sleep(remaining)
  }
}
