import type { Server } from '../../../../../generated/index.js'
import { accountStatus } from '../../../../account/migration.ts'
import type { AppContext } from '../../../../context.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.server.checkAccountStatus({
    auth: ctx.auth.accessStandard(),
    handler: async ({ auth }) => ({
      encoding: 'application/json',
      body: await accountStatus(ctx, auth.credentials.did),
    }),
  })
}
