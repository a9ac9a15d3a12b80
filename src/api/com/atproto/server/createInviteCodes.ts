import type { Server } from '../../../../../generated/index.js'
import { generateInviteCode } from '../../../../account/invites.ts'
import type { AppContext } from '../../../../context.ts'

const MAX_CODES_PER_CALL = 1000

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.server.createInviteCodes({
    auth: ctx.auth.adminToken(),
    handler: async ({ input }) => {
      const { useCount } = input.body
      const codeCount = Math.min(Math.max(input.body.codeCount, 1), MAX_CODES_PER_CALL)
      const accounts = input.body.forAccounts ?? ['admin']
      const codes = accounts.map((account) => ({
        account,
        codes: Array.from({ length: codeCount }, () => generateInviteCode(ctx.cfg.hostname)),
      }))
      await ctx.accounts.invites.create(
        codes.flatMap(({ account, codes }) => codes.map((code) => ({ code, forAccount: account }))),
        useCount,
        'admin',
      )
      return { encoding: 'application/json', body: { codes } }
    },
  })
}
