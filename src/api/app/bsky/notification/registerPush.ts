import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'
import { assertRpcCall } from '../../../../oauth/method-permissions.ts'
import { forwardPushRegistration } from '../../../../proxy/push.ts'

export default function (server: Server, ctx: AppContext): void {
  server.app.bsky.notification.registerPush({
    auth: ctx.auth.accessStandard(),
    handler: async ({ auth, input, req }) => {
      // OAuth: the notification service named in the body (as the reference PDS).
      assertRpcCall(auth.credentials, {
        aud: `${input.body.serviceDid}#bsky_notif`,
        lxm: 'app.bsky.notification.registerPush',
      })
      await forwardPushRegistration(ctx, {
        nsid: 'app.bsky.notification.registerPush',
        did: auth.credentials.did,
        input: input.body,
        from: req,
      })
    },
  })
}
