import { AuthRequiredError, InvalidRequestError } from '@atproto/xrpc-server'
import type { Server } from '../../../../../generated/index.js'
import { sessionOutput } from '../../../../auth/session-output.ts'
import type { AppContext } from '../../../../context.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.server.refreshSession({
    auth: ctx.auth.refresh(),
    handler: async ({ auth }) => {
      const { did, tokenId } = auth.credentials
      const account = await ctx.accounts.getAccount(did)
      if (!account) throw new InvalidRequestError(`Could not find user info for account: ${did}`)
      if (account.status === 'takendown') {
        throw new AuthRequiredError('Account has been taken down', 'AccountTakedown')
      }
      const jwts = await ctx.sessions.rotate(did, tokenId)
      return { encoding: 'application/json', body: await sessionOutput(ctx, account, jwts) }
    },
  })
}
