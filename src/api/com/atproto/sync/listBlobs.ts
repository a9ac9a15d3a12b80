import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'
import { assertRepoAvailable } from '../../../repo-availability.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.sync.listBlobs({
    auth: ctx.auth.optionalAccessOrAdmin(),
    handler: async ({ params, auth }) => {
      await assertRepoAvailable(ctx, params.did, auth.credentials)
      const cids = await ctx.blobs.listBlobs(params.did, {
        since: params.since,
        cursor: params.cursor,
        limit: params.limit,
      })
      return {
        encoding: 'application/json',
        body: { cids, cursor: cids.length === params.limit ? cids.at(-1) : undefined },
      }
    },
  })
}
