import type { Server } from '../../../../../generated/index.js'
import { searchAccounts } from '../../../../admin/account-admin.ts'
import type { AppContext } from '../../../../context.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.admin.searchAccounts({
    auth: ctx.auth.adminToken(),
    handler: async ({ params }) => ({
      encoding: 'application/json',
      body: await searchAccounts(ctx, params),
    }),
  })
}
