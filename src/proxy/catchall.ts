import { pipeline } from 'node:stream/promises'
import { MaxSizeChecker } from '@atproto/common'
import {
  type CatchallHandler,
  excludeErrorResult,
  InvalidRequestError,
  MethodNotImplementedError,
  parseReqNsid,
  ResponseType,
  XRPCError,
} from '@atproto/xrpc-server'
import { PRIVILEGED_METHODS, PROTECTED_METHODS } from '../auth/method-policy.ts'
import { AuthScope } from '../auth/scopes.ts'
import type { AppContext } from '../context.ts'
import { relayUpstreamError, responseHeaders } from './proxy-service.ts'

/** Namespaces this server answers itself: never forwarded, even with an atproto-proxy header. */
const OWNED_PREFIXES = [
  'com.atproto.server.',
  'com.atproto.identity.',
  'com.atproto.repo.',
  'com.atproto.sync.',
  'com.atproto.admin.',
  'sh.tempest.',
]
/** Bluesky methods whose data lives on the PDS (the AppView does not serve them). */
const OWNED_METHODS = new Set(['app.bsky.actor.getPreferences', 'app.bsky.actor.putPreferences'])

function isOwnedMethod(nsid: string): boolean {
  return OWNED_METHODS.has(nsid) || OWNED_PREFIXES.some((prefix) => nsid.startsWith(prefix))
}

/**
 * The XRPC catchall: a method without a local handler is forwarded, as the logged-in account, to
 * the service the `atproto-proxy` header names or to the one configured for its namespace. The
 * request body and the response body are streamed; the status and the protocol headers are kept.
 */
export function proxyCatchall(ctx: AppContext): CatchallHandler {
  const access = ctx.auth.proxiedAccess()
  return async (req, res, next) => {
    try {
      const nsid = parseReqNsid(req)
      if (isOwnedMethod(nsid)) throw new MethodNotImplementedError()
      if (PROTECTED_METHODS.has(nsid)) {
        throw new InvalidRequestError('Bad token method', 'InvalidToken')
      }
      if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'POST') {
        throw new InvalidRequestError('XRPC requests only supports GET and POST')
      }
      const proxyHeader = req.header('atproto-proxy')
      // Without a header the target is known before auth, so a missing setting is reported as such.
      const configured = proxyHeader ? undefined : ctx.proxy.targets.defaultFor(nsid)
      const { credentials } = excludeErrorResult(await access({ req, res, params: {} }))
      if (credentials.type === 'oauth') {
        ctx.auth.oauth.policy.authorizeProxied(nsid, credentials.permissions, req)
      } else if (credentials.scope === AuthScope.AppPass && PRIVILEGED_METHODS.has(nsid)) {
        throw new InvalidRequestError('Bad token method', 'InvalidToken')
      }
      const target = configured ?? (await ctx.proxy.targets.fromProxyHeader(proxyHeader as string))

      const abort = new AbortController()
      res.once('close', () => abort.abort())
      const upstream = await ctx.proxy.forward({
        target,
        auth: { iss: credentials.did, lxm: nsid },
        method: req.method,
        path: req.originalUrl,
        from: req,
        body: req.method === 'POST' ? requestBody(req, ctx.cfg.blobMaxBytes) : undefined,
        acceptEncoding: req.headers['accept-encoding'] ?? 'identity',
        signal: abort.signal,
      })
      if (upstream.status >= 400) {
        throw await relayUpstreamError(res, upstream)
      }
      res.status(upstream.status)
      for (const [name, value] of Object.entries(
        responseHeaders(upstream.headers, { content: true }),
      )) {
        res.setHeader(name, value)
      }
      await pipeline(upstream.body, res).catch((err: unknown) => {
        // Headers are gone: the client sees a cut-off response, the log says why.
        ctx.logger.warn({ err, nsid, target: target.origin.origin }, 'proxied response failed')
      })
    } catch (err) {
      next(err)
    }
  }
}

function requestBody(req: Parameters<CatchallHandler>[0], maxBytes: number) {
  const declared = Number(req.headers['content-length'])
  if (Number.isFinite(declared) && declared > maxBytes) {
    throw new XRPCError(ResponseType.PayloadTooLarge, 'request entity too large')
  }
  const tooLarge = () => new XRPCError(ResponseType.PayloadTooLarge, 'request entity too large')
  return {
    stream: req.pipe(new MaxSizeChecker(maxBytes, tooLarge)),
    headers: {
      'content-type': req.headers['content-type'],
      'content-encoding': req.headers['content-encoding'],
      'content-length': req.headers['content-length'],
    },
  }
}
