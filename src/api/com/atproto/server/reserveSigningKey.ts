import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.server.reserveSigningKey({
    rateLimit: { durationMs: 5 * 60 * 1000, points: 30 },
    handler: async ({ input }) => ({
      encoding: 'application/json',
      body: { signingKey: await ctx.accounts.reservedKeys.reserve(input?.body.did) },
    }),
  })
}
