import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.server.revokeAppPassword({
    auth: ctx.auth.accessFull(),
    handler: async ({ auth, input }) => {
      await ctx.accounts.appPasswords.revoke(auth.credentials.did, input.body.name)
    },
  })
}
