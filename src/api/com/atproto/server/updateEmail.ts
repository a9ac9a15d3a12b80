import { InvalidRequestError } from '@atproto/xrpc-server'
import type { Server } from '../../../../../generated/index.js'
import { emailTaken } from '../../../../account/account-store.ts'
import { EMAIL_RE } from '../../../../account/signup.ts'
import type { AppContext } from '../../../../context.ts'
import { emailNotConfigured } from '../../../../email/mailer.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.server.updateEmail({
    auth: ctx.auth.accessFull(),
    handler: async ({ auth, input }) => {
      const did = auth.credentials.did
      const { token, emailAuthFactor } = input.body
      const email = input.body.email.trim().toLowerCase()
      if (email.length > 254 || !EMAIL_RE.test(email)) {
        throw new InvalidRequestError(
          'This email address is not supported, please use a different email.',
        )
      }
      const account = await ctx.accounts.getAccount(did)
      if (!account) throw new InvalidRequestError('account not found')
      const unchanged = email === account.email
      // Sign-in codes go to a confirmed address this server can reach, or the owner is locked out.
      if (emailAuthFactor === true && !account.emailAuthFactor) {
        if (!ctx.mailer.enabled) throw emailNotConfigured()
        if (!unchanged || account.emailConfirmedAt === null) {
          throw new InvalidRequestError(
            'Confirm your email address before turning on sign-in codes',
          )
        }
      }
      if (account.emailConfirmedAt !== null && account.email !== null && !token) {
        throw new InvalidRequestError('confirmation token required', 'TokenRequired')
      }
      if (!unchanged && (await ctx.accounts.getAccountByEmail(email))) throw emailTaken()
      if (token) await ctx.accounts.emailTokens.consume(did, 'update_email', token)
      // Re-sending the current address (how clients toggle sign-in codes) keeps it confirmed.
      if (!unchanged) await ctx.accounts.setEmail(did, email)
      if (emailAuthFactor !== undefined && emailAuthFactor !== account.emailAuthFactor) {
        await ctx.accounts.setEmailAuthFactor(did, emailAuthFactor)
      }
    },
  })
}
