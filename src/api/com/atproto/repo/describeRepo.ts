import { InvalidRequestError } from '@atproto/xrpc-server'
import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'
import { assertRepoAvailable } from '../../../repo-availability.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.repo.describeRepo({
    handler: async ({ params }) => {
      const account = await ctx.accounts.getAccount(params.repo)
      // RepoNotFound, RepoTakendown, RepoDeactivated: the names the reference answers here.
      await assertRepoAvailable(ctx, account?.did ?? params.repo)
      if (!account) throw new InvalidRequestError(`Could not find repo for DID: ${params.repo}`)
      const didDoc = ctx.identity.hostsDidDocument(account.did)
        ? ctx.identity.didWebDocument(
            account,
            (await ctx.accounts.getSigningKey(account.did)).did(),
          )
        : await ctx.identity.resolveDidDoc(account.did)
      if (!didDoc) throw new InvalidRequestError(`Could not resolve DID: ${account.did}`)
      return {
        encoding: 'application/json',
        body: {
          handle: account.handle,
          did: account.did,
          didDoc,
          collections: ctx.repos.collections(account.did),
          handleIsCorrect: (await ctx.identity.documentHandle(didDoc)) === account.handle,
        },
      }
    },
  })
}
