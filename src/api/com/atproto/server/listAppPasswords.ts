import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.server.listAppPasswords({
    auth: ctx.auth.accessFull(),
    handler: async ({ auth }) => ({
      encoding: 'application/json',
      body: { passwords: await ctx.accounts.appPasswords.list(auth.credentials.did) },
    }),
  })
}
