import { InvalidRequestError } from '@atproto/xrpc-server'
import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.server.confirmEmail({
    auth: ctx.auth.accessStandard(),
    handler: async ({ auth, input }) => {
      const did = auth.credentials.did
      const account = await ctx.accounts.getAccount(did)
      if (!account) throw new InvalidRequestError('user not found', 'AccountNotFound')
      if (account.email !== input.body.email.trim().toLowerCase()) {
        throw new InvalidRequestError('invalid email', 'InvalidEmail')
      }
      await ctx.accounts.emailTokens.consume(did, 'confirm_email', input.body.token)
      await ctx.accounts.confirmEmail(did)
    },
  })
}
