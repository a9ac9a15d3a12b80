import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'
import { callerMailMethod } from '../../../caller-mail.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.server.requestEmailConfirmation(
    callerMailMethod(ctx, ctx.auth.accessStandard(), async (account, email) => {
      const token = await ctx.accounts.emailTokens.create(account.did, 'confirm_email')
      await ctx.mailer.sendConfirmEmail(email, token)
    }),
  )
}
