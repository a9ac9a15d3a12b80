import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'
import { signPlcOperation } from '../../../../identity/plc-operations.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.identity.signPlcOperation({
    auth: ctx.auth.accessFull({ allowTakendown: true }),
    handler: async ({ auth, input }) => {
      const { token, ...changes } = input.body
      const operation = await signPlcOperation(ctx, auth.credentials.did, token, changes)
      return { encoding: 'application/json', body: { operation } }
    },
  })
}
