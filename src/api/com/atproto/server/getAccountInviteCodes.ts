import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.server.getAccountInviteCodes({
    auth: ctx.auth.accessFull(),
    handler: async ({ auth, params }) => {
      const codes = await ctx.accounts.invites.listForAccount(auth.credentials.did)
      return {
        encoding: 'application/json',
        body: {
          codes: params.includeUsed
            ? codes
            : codes.filter((code) => code.uses.length < code.available),
        },
      }
    },
  })
}
