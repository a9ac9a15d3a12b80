import type { Server } from '../../../../../generated/index.js'
import { createAccount } from '../../../../account/signup.ts'
import { ACCOUNT_CREATION_RATE_LIMIT } from '../../../../auth/rate-limits.ts'
import { sessionIdentity } from '../../../../auth/session-output.ts'
import type { AppContext } from '../../../../context.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.server.createAccount({
    rateLimit: ACCOUNT_CREATION_RATE_LIMIT,
    auth: ctx.auth.optionalServiceJwt(),
    handler: async ({ auth, input }) => {
      const { account, session, didDoc } = await createAccount(
        ctx,
        input.body,
        auth.credentials?.did ?? null,
      )
      return {
        encoding: 'application/json',
        body: {
          ...(await sessionIdentity(ctx, account, didDoc)),
          accessJwt: session.accessJwt,
          refreshJwt: session.refreshJwt,
        },
      }
    },
  })
}
