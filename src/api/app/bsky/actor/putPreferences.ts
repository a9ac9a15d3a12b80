import { InvalidRequestError } from '@atproto/xrpc-server'
import type { Server } from '../../../../../generated/index.js'
import { AuthScope } from '../../../../auth/scopes.ts'
import type { AppContext } from '../../../../context.ts'
import type { Preference } from '../../../../account/preferences.ts'

export default function (server: Server, ctx: AppContext): void {
  server.app.bsky.actor.putPreferences({
    // A deactivated account may: a migration moves preferences before activating (as the
    // reference PDS, which refuses only taken-down accounts here).
    auth: ctx.auth.accessStandard(),
    handler: async ({ input, auth }) => {
      const { did } = auth.credentials
      const preferences = input.body.preferences.map((pref) => {
        if (typeof pref.$type !== 'string') {
          throw new InvalidRequestError('Preference is missing a $type')
        }
        return pref as Preference
      })
      await ctx.preferences.put(did, preferences, 'app.bsky', {
        // OAuth sessions never see the full-access-only preferences (as the reference PDS).
        fullAccess:
          auth.credentials.type === 'access' && auth.credentials.scope === AuthScope.Access,
      })
    },
  })
}
