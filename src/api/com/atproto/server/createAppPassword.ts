import { InvalidRequestError } from '@atproto/xrpc-server'
import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'

const NAME_MAX_LENGTH = 64

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.server.createAppPassword({
    auth: ctx.auth.accessFull(),
    handler: async ({ auth, input }) => {
      const name = input.body.name.trim()
      if (name.length === 0 || name.length > NAME_MAX_LENGTH) {
        throw new InvalidRequestError(
          `App password name must be 1 to ${NAME_MAX_LENGTH} characters`,
        )
      }
      const created = await ctx.accounts.appPasswords.create(
        auth.credentials.did,
        name,
        input.body.privileged ?? false,
      )
      return { encoding: 'application/json', body: created }
    },
  })
}
