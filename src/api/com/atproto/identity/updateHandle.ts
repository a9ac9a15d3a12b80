import { InvalidRequestError } from '@atproto/xrpc-server'
import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'
import { checkHandleForAccount } from '../../../../identity/handle-check.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.identity.updateHandle({
    rateLimit: [
      { durationMs: 5 * 60 * 1000, points: 10 },
      { durationMs: 24 * 60 * 60 * 1000, points: 50 },
    ],
    auth: ctx.auth.accessStandard(),
    handler: async ({ auth, input }) => {
      const { did } = auth.credentials
      const handle = await checkHandleForAccount(ctx, input.body.handle, did)
      if (!ctx.identity.hostsDidDocument(did)) {
        if (!did.startsWith('did:plc:')) {
          // A did:web hosted elsewhere: its owner must have published the new handle already.
          const resolver = await ctx.identity.resolver()
          const data = await resolver.did.resolveAtprotoData(did, true)
          if (data.handle !== handle) {
            throw new InvalidRequestError('DID is not properly configured for handle')
          }
        }
        await ctx.identity.publishHandle(did, handle)
      }
      await ctx.accounts.updateHandle(did, handle)
      await ctx.sequencer.sequenceIdentity(did, handle)
    },
  })
}
