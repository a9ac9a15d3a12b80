import { InvalidRequestError } from '@atproto/xrpc-server'
import type { Server } from '../../../../../generated/index.js'
import * as ApplyWrites from '../../../../../generated/types/com/atproto/repo/applyWrites.js'
import type { AppContext } from '../../../../context.ts'
import { MAX_WRITES_PER_COMMIT } from '../../../../repo/commit-writer.ts'
import { assertRepoWrites } from '../../../../oauth/method-permissions.ts'
import { optionalCid, prepareDelete, prepareRecordWrite } from '../../../../repo/prepare.ts'
import type { PreparedWrite } from '../../../../repo/types.ts'
import { commitMeta, recordUri, writableRepo } from '../../../repo-writes.ts'

function prepare(
  write: ApplyWrites.InputSchema['writes'][number],
  validate: boolean | undefined,
): Promise<PreparedWrite> | PreparedWrite {
  if (ApplyWrites.isCreate(write)) {
    const { collection, rkey, value } = write
    return prepareRecordWrite({ action: 'create', collection, rkey, record: value, validate })
  }
  if (ApplyWrites.isUpdate(write)) {
    const { collection, rkey, value } = write
    return prepareRecordWrite({ action: 'update', collection, rkey, record: value, validate })
  }
  if (ApplyWrites.isDelete(write)) {
    return prepareDelete({ collection: write.collection, rkey: write.rkey })
  }
  throw new InvalidRequestError(
    `Action not supported: ${String((write as { $type?: string }).$type)}`,
  )
}

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.repo.applyWrites({
    auth: ctx.auth.accessStandard({ checkDeactivated: true }),
    handler: async ({ input, auth }) => {
      const { repo, validate, swapCommit } = input.body
      const did = await writableRepo(ctx, repo, auth.credentials.did)
      if (input.body.writes.length > MAX_WRITES_PER_COMMIT) {
        throw new InvalidRequestError(`Too many writes. Max: ${MAX_WRITES_PER_COMMIT}`)
      }
      const writes = await Promise.all(input.body.writes.map((w) => prepare(w, validate)))
      assertRepoWrites(auth.credentials, writes)
      const { commit, results } = await ctx.repos.applyWrites(did, writes, {
        swapCommit: optionalCid(swapCommit, 'swapCommit'),
      })
      return {
        encoding: 'application/json',
        body: {
          commit: commitMeta(commit),
          results: writes.map((write, i) => {
            const result = results[i]
            if (write.action === 'delete' || !result) {
              return { $type: 'com.atproto.repo.applyWrites#deleteResult' as const }
            }
            return {
              $type:
                write.action === 'create'
                  ? ('com.atproto.repo.applyWrites#createResult' as const)
                  : ('com.atproto.repo.applyWrites#updateResult' as const),
              uri: recordUri(did, write.collection, write.rkey),
              cid: write.cid.toString(),
              validationStatus: write.validationStatus,
            }
          }),
        },
      }
    },
  })
}
