import type { Server } from '../../../../../generated/index.js'
import { generateInviteCode } from '../../../../account/invites.ts'
import type { AppContext } from '../../../../context.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.server.createInviteCode({
    auth: ctx.auth.adminToken(),
    handler: async ({ input }) => {
      const code = generateInviteCode(ctx.cfg.hostname)
      const forAccount = input.body.forAccount ?? 'admin'
      await ctx.accounts.invites.create([{ code, forAccount }], input.body.useCount, 'admin')
      return { encoding: 'application/json', body: { code } }
    },
  })
}
