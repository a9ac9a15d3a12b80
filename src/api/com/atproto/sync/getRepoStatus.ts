import { InvalidRequestError } from '@atproto/xrpc-server'
import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.sync.getRepoStatus({
    handler: async ({ params }) => {
      const account = await ctx.accounts.getAccount(params.did)
      if (!account || account.did !== params.did) {
        throw new InvalidRequestError(`Could not find repo for DID: ${params.did}`, 'RepoNotFound')
      }
      const active = account.status === 'active'
      return {
        encoding: 'application/json',
        body: {
          did: account.did,
          active,
          ...(active ? { rev: ctx.repos.root(account.did)?.rev } : { status: account.status }),
        },
      }
    },
  })
}
