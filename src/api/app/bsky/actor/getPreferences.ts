import type { Server } from '../../../../../generated/index.js'
import { AuthScope } from '../../../../auth/scopes.ts'
import type { AppContext } from '../../../../context.ts'

export default function (server: Server, ctx: AppContext): void {
  server.app.bsky.actor.getPreferences({
    auth: ctx.auth.accessStandard({ allowTakendown: true }),
    handler: async ({ auth }) => {
      const { did } = auth.credentials
      const preferences = await ctx.preferences.get(did, 'app.bsky', {
        // OAuth sessions never see the full-access-only preferences (as the reference PDS).
        fullAccess:
          auth.credentials.type === 'access' && auth.credentials.scope === AuthScope.Access,
      })
      return { encoding: 'application/json', body: { preferences } }
    },
  })
}
