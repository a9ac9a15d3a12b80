import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'
import { deleteAccount } from '../../../../account/lifecycle.ts'
import { requireAccount } from '../../../../admin/account-admin.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.admin.deleteAccount({
    auth: ctx.auth.adminToken(),
    handler: async ({ input }) => {
      const account = await requireAccount(ctx, input.body.did)
      await deleteAccount(ctx, account.did)
    },
  })
}
