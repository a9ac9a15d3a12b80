import { blocksToCarFile } from '@atproto/repo'
import { InvalidRequestError } from '@atproto/xrpc-server'
import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'
import { cidParam } from '../../../../repo/prepare.ts'
import { assertRepoAvailable } from '../../../repo-availability.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.sync.getBlocks({
    auth: ctx.auth.optionalAccessOrAdmin(),
    handler: async ({ params, auth }) => {
      await assertRepoAvailable(ctx, params.did, auth.credentials)
      const cids = params.cids.map((cid) => cidParam(cid, 'cids'))
      const { blocks, missing } = await ctx.repos.getBlocks(params.did, cids)
      if (missing.length > 0) {
        throw new InvalidRequestError(`Could not find cids: ${missing.join(', ')}`, 'BlockNotFound')
      }
      return {
        encoding: 'application/vnd.ipld.car',
        body: Buffer.from(await blocksToCarFile(null, blocks)),
      }
    },
  })
}
