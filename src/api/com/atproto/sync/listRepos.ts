import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'

/** Every hosted repo with its head, in DID order; the cursor is the last DID of a page. */
export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.sync.listRepos({
    handler: async ({ params }) => {
      const accounts = await ctx.accounts.listStatuses(params.cursor ?? '', params.limit)
      const repos = accounts.flatMap((account) => {
        const root = ctx.repos.root(account.did)
        if (!root) return []
        const active = account.status === 'active'
        return [
          {
            did: account.did,
            head: root.cid.toString(),
            rev: root.rev,
            active,
            ...(!active && { status: account.status }),
          },
        ]
      })
      return {
        encoding: 'application/json',
        body: {
          repos,
          cursor: accounts.length === params.limit ? accounts.at(-1)?.did : undefined,
        },
      }
    },
  })
}
