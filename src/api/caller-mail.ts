import { InvalidRequestError } from '@atproto/xrpc-server'
import type { Account } from '../account/account-store.ts'
import type { AuthVerifier } from '../auth/verifier.ts'
import type { AppContext } from '../context.ts'
import { perAccountEmailLimits } from '../email/rate-limits.ts'

/**
 * The method config of a method that mails the caller (requestEmailConfirmation,
 * requestEmailUpdate): limited per account, and refused, with the reference's errors, when the
 * account is gone or has no address; `mail` gets the account and that address.
 */
export function callerMailMethod<T>(
  ctx: AppContext,
  auth: ReturnType<AuthVerifier['accessStandard']>,
  mail: (account: Account, email: string) => Promise<T>,
) {
  return {
    rateLimit: perAccountEmailLimits(),
    auth,
    handler: async ({ auth }: { auth: { credentials: { did: string } } }) => {
      const account = await ctx.accounts.getAccount(auth.credentials.did)
      if (!account) throw new InvalidRequestError('account not found')
      if (!account.email) throw new InvalidRequestError('account does not have an email address')
      return mail(account, account.email)
    },
  }
}
