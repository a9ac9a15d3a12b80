import { InvalidRequestError } from '@atproto/xrpc-server'
import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'
import { assertRepoWrites } from '../../../../oauth/method-permissions.ts'
import { optionalCid, prepareDelete } from '../../../../repo/prepare.ts'
import { commitMeta, writableRepo } from '../../../repo-writes.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.repo.deleteRecord({
    auth: ctx.auth.accessStandard({ checkDeactivated: true }),
    handler: async ({ input, auth }) => {
      const { repo, collection, rkey, swapRecord, swapCommit } = input.body
      const did = await writableRepo(ctx, repo, auth.credentials.did)
      assertRepoWrites(auth.credentials, [{ action: 'delete', collection }])
      const swapCid = optionalCid(swapRecord, 'swapRecord')
      const write = prepareDelete({ collection, rkey, swapCid })
      if (!ctx.repos.getRecordCid(did, collection, rkey)) {
        // Deleting what is not there commits nothing (as the reference PDS answers), unless the
        // caller expected a particular record.
        if (swapCid) throw new InvalidRequestError('Record was at null', 'InvalidSwap')
        return { encoding: 'application/json', body: {} }
      }
      const { commit } = await ctx.repos.applyWrites(did, [write], {
        swapCommit: optionalCid(swapCommit, 'swapCommit'),
      })
      return { encoding: 'application/json', body: { commit: commitMeta(commit) } }
    },
  })
}
