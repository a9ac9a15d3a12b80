import type { Server } from '../../../../../generated/index.js'
import { deactivateAccount } from '../../../../account/lifecycle.ts'
import type { AppContext } from '../../../../context.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.server.deactivateAccount({
    auth: ctx.auth.accessFull({ allowTakendown: true }),
    handler: async ({ auth }) => {
      await deactivateAccount(ctx, auth.credentials.did)
    },
  })
}
