import { InvalidRequestError } from '@atproto/xrpc-server'
import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'
import { recordUri } from '../../../repo-writes.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.repo.listRecords({
    handler: async ({ params }) => {
      const { repo, collection, limit, cursor, reverse } = params
      const account = await ctx.accounts.getAccount(repo)
      if (!account || account.status !== 'active') {
        throw new InvalidRequestError(`Could not find repo: ${repo}`)
      }
      const records = ctx.repos.listRecords(account.did, collection, { limit, cursor, reverse })
      return {
        encoding: 'application/json',
        body: {
          records: records
            .map((r) => ({
              uri: recordUri(account.did, collection, r.rkey),
              cid: r.cid.toString(),
              value: r.value,
            }))
            // Records the operator took down are left out (the cursor still moves past them).
            .filter((r) => !ctx.admin.records.isTakendown(r.uri)),
          cursor: records.at(-1)?.rkey,
        },
      }
    },
  })
}
