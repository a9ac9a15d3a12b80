import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'
import { assertRepoWrites } from '../../../../oauth/method-permissions.ts'
import { optionalCid, prepareRecordWrite } from '../../../../repo/prepare.ts'
import { commitMeta, recordUri, writableRepo } from '../../../repo-writes.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.repo.createRecord({
    auth: ctx.auth.accessStandard({ checkDeactivated: true }),
    handler: async ({ input, auth }) => {
      const { repo, collection, rkey, record, validate, swapCommit } = input.body
      const did = await writableRepo(ctx, repo, auth.credentials.did)
      assertRepoWrites(auth.credentials, [{ action: 'create', collection }])
      const write = await ctx.metrics.timing.time('validate', () =>
        prepareRecordWrite({ action: 'create', collection, rkey, record, validate }),
      )
      const swap = optionalCid(swapCommit, 'swapCommit')
      const { commit } = await ctx.metrics.timing.time('commit', () =>
        ctx.repos.applyWrites(did, [write], { swapCommit: swap }),
      )
      return {
        encoding: 'application/json',
        body: {
          uri: recordUri(did, collection, write.rkey),
          cid: write.cid.toString(),
          commit: commitMeta(commit),
          validationStatus: write.validationStatus,
        },
      }
    },
  })
}
