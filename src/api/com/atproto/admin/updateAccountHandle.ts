import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'
import { updateAccountHandle } from '../../../../admin/account-admin.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.admin.updateAccountHandle({
    auth: ctx.auth.adminToken(),
    handler: async ({ input }) => {
      await updateAccountHandle(ctx, input.body.did, input.body.handle)
    },
  })
}
