import { type HandlerPipeThrough, parseReqNsid } from '@atproto/xrpc-server'
import type { AppContext } from '../../context.ts'
import { asPipeThrough, forwardQuery, type ProxiedCall } from '../pipethrough.ts'
import { readBody, responseHeaders } from '../proxy-service.ts'
import { getLocalLag, getRecordsSinceRev, type LocalRecords } from './local-records.ts'
import { LocalViewer } from './local-viewer.ts'

export type { LocalRecords, RecordDescript } from './local-records.ts'
export { LocalViewer } from './local-viewer.ts'

/** Rewrites an AppView response with the account's records the AppView has not seen yet. */
export type MungeFn<T> = (
  viewer: LocalViewer,
  original: T,
  local: LocalRecords,
  requester: string,
) => Promise<T>

export interface MungedResponse<T> {
  encoding: 'application/json'
  body: T
  headers?: Record<string, string>
}

/**
 * The method config of an AppView query answered with read-after-write (`pipethroughReadAfterWrite`
 * below), so each such handler is one statement naming its munge.
 */
export function readAfterWriteMethod<T>(ctx: AppContext, munge: MungeFn<T>) {
  return {
    auth: ctx.auth.accessStandard(),
    handler: (call: ProxiedCall) => pipethroughReadAfterWrite(ctx, call, munge),
  }
}

/**
 * Proxies a query to the AppView and, when its `atproto-repo-rev` says it has not seen the
 * account's latest writes, merges the account's newer posts and profile into the answer (as the
 * reference PDS), so a user sees their own post at once. Any trouble merging returns the
 * AppView's answer untouched.
 */
export async function pipethroughReadAfterWrite<T>(
  ctx: AppContext,
  call: ProxiedCall,
  munge: MungeFn<T>,
): Promise<MungedResponse<T> | HandlerPipeThrough> {
  const requester = call.auth.credentials.did
  const nsid = parseReqNsid(call.req)
  const target = await ctx.proxy.targets.forRequest(call.req.header('atproto-proxy'), nsid)
  const upstream = await forwardQuery(ctx, call, { target })
  const rev = upstream.headers['atproto-repo-rev']
  const type = upstream.headers['content-type']
  if (typeof rev !== 'string' || (type !== undefined && !/application\/json/i.test(type))) {
    return asPipeThrough(upstream)
  }
  const buffer = await readBody(upstream)
  const passThrough = {
    encoding: type ?? 'application/json',
    headers: responseHeaders(upstream.headers, { content: false }),
    buffer,
  }
  try {
    const local = getRecordsSinceRev(ctx.repos, requester, rev)
    if (local.count === 0) return passThrough
    const original = JSON.parse(buffer.toString('utf8')) as T
    const viewer = new LocalViewer(ctx, requester, target)
    const body = await munge(viewer, original, local, requester)
    const lag = getLocalLag(local)
    return {
      encoding: 'application/json',
      body,
      headers: lag === undefined ? undefined : { 'atproto-upstream-lag': String(lag) },
    }
  } catch (err) {
    ctx.logger.warn({ err, requester, nsid }, 'read-after-write merge failed')
    return passThrough
  }
}
