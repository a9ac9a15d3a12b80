import { InvalidRequestError } from '@atproto/xrpc-server'
import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'
import { availableRoot } from '../../../repo-availability.ts'

/** Deprecated predecessor of getLatestCommit. */
export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.sync.getHead({
    auth: ctx.auth.optionalAccessOrAdmin(),
    handler: async ({ params, auth }) => {
      const root = await availableRoot(ctx, params.did, auth.credentials)
      if (!root)
        throw new InvalidRequestError(`Could not find root for DID: ${params.did}`, 'HeadNotFound')
      return { encoding: 'application/json', body: { root: root.cid.toString() } }
    },
  })
}
