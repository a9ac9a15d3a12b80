import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'
import { assertRepoWrites } from '../../../../oauth/method-permissions.ts'
import { optionalCid, prepareRecordWrite } from '../../../../repo/prepare.ts'
import { commitMeta, recordUri, writableRepo } from '../../../repo-writes.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.repo.putRecord({
    auth: ctx.auth.accessStandard({ checkDeactivated: true }),
    handler: async ({ input, auth }) => {
      const { repo, collection, rkey, record, validate, swapRecord, swapCommit } = input.body
      const did = await writableRepo(ctx, repo, auth.credentials.did)
      // A put may create the record, so OAuth tokens need both (as the reference PDS).
      assertRepoWrites(auth.credentials, [
        { action: 'create', collection },
        { action: 'update', collection },
      ])
      // `swapRecord: null` means the record must not exist yet.
      const swapCid = swapRecord === null ? null : optionalCid(swapRecord, 'swapRecord')
      // An update of a missing record creates it; the writer decides under the account's lock.
      const write = await prepareRecordWrite({
        action: 'update',
        collection,
        rkey,
        record,
        validate,
        swapCid,
      })
      const uri = recordUri(did, collection, rkey)
      const current = ctx.repos.getRecordCid(did, collection, rkey)
      if (current?.equals(write.cid) && swapCid === undefined && swapCommit === undefined) {
        // Same content: nothing to commit (as the reference PDS answers).
        return {
          encoding: 'application/json',
          body: { uri, cid: write.cid.toString(), validationStatus: write.validationStatus },
        }
      }
      const { commit } = await ctx.repos.applyWrites(did, [write], {
        swapCommit: optionalCid(swapCommit, 'swapCommit'),
      })
      return {
        encoding: 'application/json',
        body: {
          uri,
          cid: write.cid.toString(),
          commit: commitMeta(commit),
          validationStatus: write.validationStatus,
        },
      }
    },
  })
}
