import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.repo.listMissingBlobs({
    // Used while migrating in, when the account is still deactivated.
    auth: ctx.auth.accessStandard(),
    handler: async ({ auth, params }) => {
      const page = await ctx.blobs.listMissing(auth.credentials.did, {
        cursor: params.cursor,
        limit: params.limit,
      })
      return { encoding: 'application/json', body: page }
    },
  })
}
