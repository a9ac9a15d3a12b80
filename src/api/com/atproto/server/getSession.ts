import { InvalidRequestError } from '@atproto/xrpc-server'
import type { Server } from '../../../../../generated/index.js'
import { accountStatusFields, sessionIdentity } from '../../../../auth/session-output.ts'
import type { AppContext } from '../../../../context.ts'
import { canReadEmail } from '../../../../oauth/method-permissions.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.server.getSession({
    auth: ctx.auth.accessStandard(),
    handler: async ({ auth }) => {
      const account = await ctx.accounts.getAccount(auth.credentials.did)
      if (!account) {
        throw new InvalidRequestError(
          `Could not find user info for account: ${auth.credentials.did}`,
        )
      }
      return {
        encoding: 'application/json',
        body: {
          ...(await sessionIdentity(ctx, account)),
          // An OAuth session sees the email only with `account:email` (or transition:email). The
          // flags are sent even without an address (imported accounts), as the reference does.
          ...(canReadEmail(auth.credentials) && {
            ...(account.email !== null && { email: account.email }),
            emailConfirmed: account.emailConfirmedAt !== null,
            emailAuthFactor: account.emailAuthFactor,
          }),
          ...accountStatusFields(account),
        },
      }
    },
  })
}
