import type { Request } from 'express'
import type { AppContext } from '../context.ts'

/** The notification service id in a DID document (as `getNotif` in @atproto/identity). */
const NOTIF_SERVICE_ID = 'bsky_notif'

/**
 * registerPush / unregisterPush: sent, with a service JWT made out to `serviceDid`, to the
 * configured AppView when that is the service named, else to the `#bsky_notif` endpoint of the
 * service's DID document (as the reference PDS).
 */
export async function forwardPushRegistration(
  ctx: AppContext,
  opts: { nsid: string; did: string; input: { serviceDid: string }; from: Request },
): Promise<void> {
  const { serviceDid } = opts.input
  const target =
    ctx.cfg.appView?.did === serviceDid
      ? ctx.proxy.targets.defaultFor(opts.nsid)
      : await ctx.proxy.targets.discover(serviceDid, NOTIF_SERVICE_ID)
  await ctx.proxy.callJson({
    target,
    nsid: opts.nsid,
    input: opts.input,
    auth: { iss: opts.did, aud: serviceDid, lxm: opts.nsid },
    from: opts.from,
  })
}
