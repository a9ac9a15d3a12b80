import { InvalidRequestError } from '@atproto/xrpc-server'
import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'
import { assertRepoAvailable } from '../../../repo-availability.ts'

/** Deprecated predecessor of getLatestCommit. */
export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.sync.getHead({
    auth: ctx.auth.optionalAccessOrAdmin(),
    handler: async ({ params, auth }) => {
      await assertRepoAvailable(ctx, params.did, auth.credentials)
      const root = ctx.repos.root(params.did)
      if (!root)
        throw new InvalidRequestError(`Could not find root for DID: ${params.did}`, 'HeadNotFound')
      return { encoding: 'application/json', body: { root: root.cid.toString() } }
    },
  })
}
