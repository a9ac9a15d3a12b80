import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'
import { disableInviteCodes } from '../../../../admin/account-admin.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.admin.disableInviteCodes({
    auth: ctx.auth.adminToken(),
    handler: async ({ input }) => {
      await disableInviteCodes(ctx, {
        codes: input.body.codes ?? [],
        accounts: input.body.accounts ?? [],
      })
    },
  })
}
