import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'
import { callerMailMethod } from '../../../caller-mail.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.server.requestEmailUpdate(
    callerMailMethod(ctx, ctx.auth.accessFull(), async (account, email) => {
      // A confirmed address must agree to its replacement: the code goes to it, not the new one.
      const tokenRequired = account.emailConfirmedAt !== null
      if (tokenRequired) {
        const token = await ctx.accounts.emailTokens.create(account.did, 'update_email')
        await ctx.mailer.sendEmailUpdateToken(email, token)
      }
      return { encoding: 'application/json' as const, body: { tokenRequired } }
    }),
  )
}
