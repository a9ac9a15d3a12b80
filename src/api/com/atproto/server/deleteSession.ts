import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.server.deleteSession({
    // Logging out with an expired refresh token must still end the session.
    auth: ctx.auth.refresh({ allowExpired: true }),
    handler: async ({ auth }) => {
      await ctx.sessions.revokeByRefreshId(auth.credentials.tokenId)
    },
  })
}
