import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'
import { updateAccountPassword } from '../../../../admin/account-admin.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.admin.updateAccountPassword({
    auth: ctx.auth.adminToken(),
    handler: async ({ input }) => {
      await updateAccountPassword(ctx, input.body.did, input.body.password)
    },
  })
}
