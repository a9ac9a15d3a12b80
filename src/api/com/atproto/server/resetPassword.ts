import type { Server } from '../../../../../generated/index.js'
import { assertValidNewPassword } from '../../../../auth/passwords.ts'
import type { AppContext } from '../../../../context.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.server.resetPassword({
    rateLimit: { durationMs: 5 * 60 * 1000, points: 50 },
    handler: async ({ input }) => {
      const { token, password } = input.body
      assertValidNewPassword(password)
      const did = await ctx.accounts.emailTokens.consumeAny('reset_password', token)
      await ctx.accounts.setPassword(did, password)
      ctx.logger.info({ did }, 'password reset')
    },
  })
}
