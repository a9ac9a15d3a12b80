import { InvalidRequestError } from '@atproto/xrpc-server'
import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'
import { optionalCid } from '../../../../repo/prepare.ts'
import { recordUri } from '../../../repo-writes.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.repo.getRecord({
    handler: async ({ params }) => {
      const { repo, collection, rkey } = params
      const cid = optionalCid(params.cid, 'cid')
      const account = await ctx.metrics.timing.time('account', () => ctx.accounts.getAccount(repo))
      const uri = recordUri(account?.did ?? repo, collection, rkey)
      const found =
        account && account.status === 'active'
          ? ctx.metrics.timing.time('read', () =>
              ctx.repos.getRecord(account.did, collection, rkey, cid),
            )
          : null
      // A record the operator took down reads as absent.
      if (!found || ctx.admin.records.isTakendown(uri))
        throw new InvalidRequestError(`Could not locate record: ${uri}`, 'RecordNotFound')
      return {
        encoding: 'application/json',
        body: { uri, cid: found.cid.toString(), value: found.value },
      }
    },
  })
}
