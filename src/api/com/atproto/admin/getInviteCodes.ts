import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.admin.getInviteCodes({
    auth: ctx.auth.adminToken(),
    handler: async ({ params }) => ({
      encoding: 'application/json',
      body: await ctx.accounts.invites.list({
        sort: params.sort === 'usage' ? 'usage' : 'recent',
        limit: params.limit,
        cursor: params.cursor,
      }),
    }),
  })
}
