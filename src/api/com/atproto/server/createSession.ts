import type { Server } from '../../../../../generated/index.js'
import { loginRateLimits } from '../../../../auth/rate-limits.ts'
import { login } from '../../../../auth/login.ts'
import { sessionOutput } from '../../../../auth/session-output.ts'
import type { AppContext } from '../../../../context.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.server.createSession({
    rateLimit: loginRateLimits(),
    handler: async ({ input }) => {
      const { account, appPassword } = await login(ctx, input.body)
      const jwts = await ctx.sessions.create(account.did, appPassword, {
        takendown: account.status === 'takendown',
      })
      return { encoding: 'application/json', body: await sessionOutput(ctx, account, jwts) }
    },
  })
}
