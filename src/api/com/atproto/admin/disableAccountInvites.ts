import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'
import { setAccountInvitesDisabled } from '../../../../admin/account-admin.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.admin.disableAccountInvites({
    auth: ctx.auth.adminToken(),
    handler: async ({ input }) => {
      await setAccountInvitesDisabled(ctx, input.body.account, true)
    },
  })
}
