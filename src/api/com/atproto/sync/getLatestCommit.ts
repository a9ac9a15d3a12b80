import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'
import { RepoNotFoundError } from '../../../../repo/commit-writer.ts'
import { availableRoot } from '../../../repo-availability.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.sync.getLatestCommit({
    auth: ctx.auth.optionalAccessOrAdmin(),
    handler: async ({ params, auth }) => {
      const root = await availableRoot(ctx, params.did, auth.credentials)
      if (!root) throw new RepoNotFoundError(params.did)
      return { encoding: 'application/json', body: { cid: root.cid.toString(), rev: root.rev } }
    },
  })
}
