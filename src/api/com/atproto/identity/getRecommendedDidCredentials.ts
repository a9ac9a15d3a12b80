import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'
import { recommendedDidCredentials } from '../../../../identity/plc-operations.ts'
import { callerQuery } from '../../../caller-query.ts'

export default function (server: Server, ctx: AppContext): void {
  // Asked by an account migrating in, still deactivated here.
  server.com.atproto.identity.getRecommendedDidCredentials(
    callerQuery(ctx, (did) => recommendedDidCredentials(ctx, did)),
  )
}
