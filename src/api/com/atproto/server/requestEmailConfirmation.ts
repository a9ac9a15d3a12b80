import { InvalidRequestError } from '@atproto/xrpc-server'
import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'
import { perAccountEmailLimits } from '../../../../email/rate-limits.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.server.requestEmailConfirmation({
    rateLimit: perAccountEmailLimits(),
    auth: ctx.auth.accessStandard(),
    handler: async ({ auth }) => {
      const account = await ctx.accounts.getAccount(auth.credentials.did)
      if (!account) throw new InvalidRequestError('account not found')
      if (!account.email) throw new InvalidRequestError('account does not have an email address')
      const token = await ctx.accounts.emailTokens.create(account.did, 'confirm_email')
      await ctx.mailer.sendConfirmEmail(account.email, token)
    },
  })
}
