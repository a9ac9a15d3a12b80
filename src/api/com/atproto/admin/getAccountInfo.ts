import { InvalidRequestError } from '@atproto/xrpc-server'
import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'
import { accountViews } from '../../../../admin/account-admin.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.admin.getAccountInfo({
    auth: ctx.auth.adminToken(),
    handler: async ({ params }) => {
      const [view] = await accountViews(ctx, [params.did])
      if (!view) throw new InvalidRequestError('Account not found', 'NotFound')
      return { encoding: 'application/json', body: view }
    },
  })
}
