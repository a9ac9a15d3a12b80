import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'
import { pushRegistrationMethod } from '../../../../proxy/push.ts'

export default function (server: Server, ctx: AppContext): void {
  server.app.bsky.notification.unregisterPush(
    pushRegistrationMethod(ctx, 'app.bsky.notification.unregisterPush'),
  )
}
