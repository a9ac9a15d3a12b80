import { type HandlerPipeThroughStream, parseReqNsid } from '@atproto/xrpc-server'
import type { Request, Response } from 'express'
import type { AppContext } from '../context.ts'
import { type CallAuth, relayUpstreamError, responseHeaders } from './proxy-service.ts'
import type { ProxyTarget } from './service-target.ts'
import type { UpstreamResponse } from './upstream.ts'

/** What a query handler that forwards its call needs from its handler context. */
export interface ProxiedCall {
  req: Request
  res: Response
  auth: { credentials: { did: string } }
  signal: AbortSignal
}

/**
 * Forwards a query handler's request as the logged-in account to the `atproto-proxy` target or
 * the configured service; the upstream's error (status, name, message, retry-after) is thrown.
 */
export async function forwardQuery(
  ctx: AppContext,
  call: ProxiedCall,
  opts: Partial<Pick<CallAuth, 'aud' | 'lxm'>> & { target?: ProxyTarget } = {},
): Promise<UpstreamResponse> {
  const nsid = parseReqNsid(call.req)
  const target =
    opts.target ?? (await ctx.proxy.targets.forRequest(call.req.header('atproto-proxy'), nsid))
  const upstream = await ctx.proxy.forward({
    target,
    auth: { iss: call.auth.credentials.did, lxm: opts.lxm ?? nsid, aud: opts.aud },
    method: 'GET',
    path: call.req.originalUrl,
    from: call.req,
    // The body may be read here (read-after-write); the response is compressed for the client.
    acceptEncoding: 'identity',
    signal: call.signal,
  })
  if (upstream.status >= 400) {
    throw await relayUpstreamError(call.res, upstream)
  }
  return upstream
}

/** The upstream response as a handler output, streamed to the client unchanged. */
export function asPipeThrough(upstream: UpstreamResponse): HandlerPipeThroughStream {
  const { 'content-type': type, ...headers } = responseHeaders(upstream.headers, { content: true })
  return { encoding: type ?? 'application/json', headers, stream: upstream.body }
}
