import { InvalidRequestError } from '@atproto/xrpc-server'
import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.admin.sendEmail({
    auth: ctx.auth.adminToken(),
    handler: async ({ input }) => {
      const { recipientDid, content, subject = 'Message via your PDS' } = input.body
      // Taken-down and deactivated accounts too: moderation messages often concern exactly those.
      const account = await ctx.accounts.getAccount(recipientDid)
      if (!account) throw new InvalidRequestError('Recipient not found')
      if (!account.email) throw new InvalidRequestError('account does not have an email address')
      await ctx.mailer.sendModerationEmail(account.email, subject, content)
      return { encoding: 'application/json', body: { sent: true } }
    },
  })
}
