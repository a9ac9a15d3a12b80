import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'
import { requestPlcOperationToken } from '../../../../identity/plc-operations.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.identity.requestPlcOperationSignature({
    rateLimit: { durationMs: 60 * 60 * 1000, points: 15 },
    auth: ctx.auth.accessFull({ allowTakendown: true }),
    handler: async ({ auth }) => {
      await requestPlcOperationToken(ctx, auth.credentials.did)
    },
  })
}
