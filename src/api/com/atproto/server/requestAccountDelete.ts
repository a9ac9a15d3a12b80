import { InvalidRequestError } from '@atproto/xrpc-server'
import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.server.requestAccountDelete({
    rateLimit: { durationMs: 24 * 60 * 60 * 1000, points: 15 },
    auth: ctx.auth.accessFull(),
    handler: async ({ auth }) => {
      const account = await ctx.accounts.getAccount(auth.credentials.did)
      if (!account?.email) throw new InvalidRequestError('account does not have an email address')
      const token = await ctx.accounts.emailTokens.create(account.did, 'delete_account')
      ctx.logger.info({ did: account.did }, 'account deletion requested')
      await ctx.mailer.sendAccountDeleteToken(account.email, token)
    },
  })
}
