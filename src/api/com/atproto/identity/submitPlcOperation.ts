import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'
import { submitPlcOperation } from '../../../../identity/plc-operations.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.identity.submitPlcOperation({
    // Called by an account migrating in, still deactivated here.
    auth: ctx.auth.accessFull(),
    handler: async ({ auth, input }) => {
      await submitPlcOperation(ctx, auth.credentials.did, input.body.operation)
    },
  })
}
