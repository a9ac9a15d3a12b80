import type { Server } from '../../../../../generated/index.js'
import { activateAccount } from '../../../../account/lifecycle.ts'
import type { AppContext } from '../../../../context.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.server.activateAccount({
    auth: ctx.auth.accessFull(),
    handler: async ({ auth }) => {
      await activateAccount(ctx, auth.credentials.did)
    },
  })
}
