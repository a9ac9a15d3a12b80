import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'
import { accountViews } from '../../../../admin/account-admin.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.admin.getAccountInfos({
    auth: ctx.auth.adminToken(),
    handler: async ({ params }) => ({
      encoding: 'application/json',
      body: { infos: await accountViews(ctx, [...new Set(params.dids)]) },
    }),
  })
}
