import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'
import { recommendedDidCredentials } from '../../../../identity/plc-operations.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.identity.getRecommendedDidCredentials({
    // Asked by an account migrating in, still deactivated here.
    auth: ctx.auth.accessStandard(),
    handler: async ({ auth }) => ({
      encoding: 'application/json',
      body: await recommendedDidCredentials(ctx, auth.credentials.did),
    }),
  })
}
