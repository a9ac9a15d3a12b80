import { InvalidRequestError } from '@atproto/xrpc-server'
import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'

const HOUR = 60 * 60 * 1000

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.server.requestPasswordReset({
    rateLimit: [
      { durationMs: 24 * HOUR, points: 50 },
      { durationMs: HOUR, points: 15 },
    ],
    handler: async ({ input }) => {
      // Any status: a deactivated or taken-down account may still recover its password.
      const account = await ctx.accounts.getAccountByEmail(input.body.email.trim())
      if (!account?.email) throw new InvalidRequestError('account does not have an email address')
      const token = await ctx.accounts.emailTokens.create(account.did, 'reset_password')
      await ctx.mailer.sendPasswordReset(account.email, token, account.handle)
    },
  })
}
