import { InvalidRequestError } from '@atproto/xrpc-server'
import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'
import { perAccountEmailLimits } from '../../../../email/rate-limits.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.server.requestEmailUpdate({
    rateLimit: perAccountEmailLimits(),
    auth: ctx.auth.accessFull(),
    handler: async ({ auth }) => {
      const account = await ctx.accounts.getAccount(auth.credentials.did)
      if (!account) throw new InvalidRequestError('account not found')
      if (!account.email) throw new InvalidRequestError('account does not have an email address')
      // A confirmed address must agree to its replacement: the code goes to it, not the new one.
      const tokenRequired = account.emailConfirmedAt !== null
      if (tokenRequired) {
        const token = await ctx.accounts.emailTokens.create(account.did, 'update_email')
        await ctx.mailer.sendEmailUpdateToken(account.email, token)
      }
      return { encoding: 'application/json', body: { tokenRequired } }
    },
  })
}
