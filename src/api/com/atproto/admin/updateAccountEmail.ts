import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'
import { updateAccountEmail } from '../../../../admin/account-admin.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.admin.updateAccountEmail({
    auth: ctx.auth.adminToken(),
    handler: async ({ input }) => {
      await updateAccountEmail(ctx, input.body.account, input.body.email)
    },
  })
}
