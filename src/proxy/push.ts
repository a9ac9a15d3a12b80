import type { Request } from 'express'
import type { AppContext } from '../context.ts'
import { assertRpcCall } from '../oauth/method-permissions.ts'

/** The notification service id in a DID document (as `getNotif` in @atproto/identity). */
const NOTIF_SERVICE_ID = 'bsky_notif'

type PushNsid = 'app.bsky.notification.registerPush' | 'app.bsky.notification.unregisterPush'

/** What the forwarding reads from a registerPush / unregisterPush call. */
interface PushCall {
  auth: { credentials: Parameters<typeof assertRpcCall>[0] & { did: string } }
  input: { body: { serviceDid: string } }
  req: Request
}

/** The method config of registerPush and unregisterPush, which differ only in their NSID. */
export function pushRegistrationMethod(ctx: AppContext, nsid: PushNsid) {
  return {
    auth: ctx.auth.accessStandard(),
    handler: (call: PushCall) => forwardPushRegistration(ctx, nsid, call),
  }
}

/**
 * registerPush / unregisterPush: sent, with a service JWT made out to `serviceDid`, to the
 * configured AppView when that is the service named, else to the `#bsky_notif` endpoint of the
 * service's DID document (as the reference PDS).
 */
async function forwardPushRegistration(
  ctx: AppContext,
  nsid: PushNsid,
  { auth, input, req }: PushCall,
): Promise<void> {
  const { serviceDid } = input.body
  // OAuth: the notification service named in the body (as the reference PDS).
  assertRpcCall(auth.credentials, { aud: `${serviceDid}#${NOTIF_SERVICE_ID}`, lxm: nsid })
  const target =
    ctx.cfg.appView?.did === serviceDid
      ? ctx.proxy.targets.defaultFor(nsid)
      : await ctx.proxy.targets.discover(serviceDid, NOTIF_SERVICE_ID)
  await ctx.proxy.callJson({
    target,
    nsid,
    input: input.body,
    auth: { iss: auth.credentials.did, aud: serviceDid, lxm: nsid },
    from: req,
  })
}
