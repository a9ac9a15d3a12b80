import { AuthRequiredError, InvalidRequestError } from '@atproto/xrpc-server'
import type { Server } from '../../../../../generated/index.js'
import { deleteAccount } from '../../../../account/lifecycle.ts'
import type { AppContext } from '../../../../context.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.server.deleteAccount({
    rateLimit: { durationMs: 5 * 60 * 1000, points: 50 },
    handler: async ({ input }) => {
      const { did, password, token } = input.body
      const account = await ctx.accounts.getAccount(did)
      if (!account) throw new InvalidRequestError('account not found')
      if (!(await ctx.accounts.verifyAccountPassword(did, password))) {
        throw new AuthRequiredError('Invalid did or password')
      }
      await ctx.accounts.emailTokens.consume(did, 'delete_account', token)
      await deleteAccount(ctx, did)
    },
  })
}
