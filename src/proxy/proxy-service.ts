import type { IncomingHttpHeaders } from 'node:http'
import { Readable } from 'node:stream'
import type { Keypair } from '@atproto/crypto'
import { decodeStream, MaxSizeChecker, streamToNodeBuffer } from '@atproto/common'
import { createServiceJwt, ResponseType, XRPCError } from '@atproto/xrpc-server'
import type { Request, Response } from 'express'
import type { Config } from '../config.ts'
import { type ProxyTarget, type ResolveDidDoc, ServiceTargets } from './service-target.ts'
import { UpstreamClient, type UpstreamResponse } from './upstream.ts'

/** Request headers a proxied call carries on to the service (besides content headers). */
const FORWARDED_REQUEST_HEADERS = [
  'accept-language',
  'atproto-accept-labelers',
  'x-bsky-topics',
] as const
/** Response headers the client gets back from the service (besides content headers). */
const FORWARDED_RESPONSE_HEADERS = [
  'atproto-repo-rev',
  'atproto-content-labelers',
  'retry-after',
] as const
const CONTENT_HEADERS = [
  'content-type',
  'content-length',
  'content-encoding',
  'content-language',
] as const
/** Error bodies are read for their `error` and `message` only. */
const MAX_ERROR_BYTES = 64 * 1024

/** A service JWT for the call: the account it is made for, the method, and (feeds) the audience. */
export interface CallAuth {
  iss: string
  lxm: string
  /** Overrides the target's DID (feeds: the feed generator, not the AppView the call goes to). */
  aud?: string
}

export interface ForwardOptions {
  target: ProxyTarget
  auth?: CallAuth
  method: string
  /** Path and query (`/xrpc/<nsid>?...`). */
  path: string
  /** The client's request, whose language and labeler preferences are passed on. */
  from?: Request
  body?: { stream: Readable; headers: Record<string, string | undefined> }
  /** `identity` when the response will be read here (read-after-write); the client's otherwise. */
  acceptEncoding: string
  /** Aborts the upstream call when the client goes away. */
  signal?: AbortSignal
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(',') : value
}

/** The upstream response headers the client receives (`content` adds type, length, encoding). */
export function responseHeaders(
  headers: IncomingHttpHeaders,
  opts: { content: boolean },
): Record<string, string> {
  const names = opts.content
    ? [...CONTENT_HEADERS, ...FORWARDED_RESPONSE_HEADERS]
    : FORWARDED_RESPONSE_HEADERS
  const out: Record<string, string> = {}
  for (const name of names) {
    const value = headerValue(headers[name])
    if (value !== undefined) out[name] = value
  }
  return out
}

/** An upstream service's error, with the response headers the client would get. */
export class UpstreamXrpcError extends XRPCError {
  constructor(
    status: number,
    message: string | undefined,
    error: string | undefined,
    readonly headers: Record<string, string>,
  ) {
    super(status as ResponseType, message, error)
  }
}

/**
 * The XRPC error for a failed upstream call, with its `error` and `message` when the body is
 * JSON; a 500 upstream becomes 502 UpstreamFailure (as the reference PDS).
 */
async function upstreamError(res: UpstreamResponse): Promise<UpstreamXrpcError> {
  let parsed: { error?: unknown; message?: unknown } = {}
  if (/application\/(?:[\w.+-]+\+)?json/i.test(headerValue(res.headers['content-type']) ?? '')) {
    try {
      const decoded = decodeStream(res.body, res.headers['content-encoding'])
      const limited = decoded.pipe(new MaxSizeChecker(MAX_ERROR_BYTES))
      parsed = JSON.parse((await streamToNodeBuffer(limited)).toString('utf8'))
    } catch {
      // An unreadable error body still yields the upstream status.
    }
  } else {
    res.body.destroy()
  }
  const status = res.status === 500 ? ResponseType.UpstreamFailure : res.status
  return new UpstreamXrpcError(
    status,
    typeof parsed.message === 'string' ? parsed.message : undefined,
    typeof parsed.error === 'string' ? parsed.error : undefined,
    responseHeaders(res.headers, { content: false }),
  )
}

/** The whole (decoded) response body; MAX_RESPONSE_BYTES bounds it. */
export async function readBody(res: UpstreamResponse): Promise<Buffer> {
  return streamToNodeBuffer(decodeStream(res.body, res.headers['content-encoding']))
}

/** The upstream's error, with its headers (retry-after ...) set on the client's response. */
export async function relayUpstreamError(
  res: Response,
  upstream: UpstreamResponse,
): Promise<UpstreamXrpcError> {
  const err = await upstreamError(upstream)
  for (const [name, value] of Object.entries(err.headers)) res.setHeader(name, value)
  return err
}

/**
 * Service proxying (`ctx.proxy`): finds the target service, signs a short-lived service JWT as
 * the account (`iss` = account DID, `aud` = service DID, `lxm` = method) and streams the call
 * there over pooled connections.
 */
export class ProxyService {
  readonly targets: ServiceTargets
  private readonly upstream = new UpstreamClient()

  constructor(
    cfg: Config,
    resolveDidDoc: ResolveDidDoc,
    private readonly signingKey: (did: string) => Promise<Keypair>,
  ) {
    this.targets = new ServiceTargets(cfg, resolveDidDoc)
  }

  /** A service JWT for `iss` to call `lxm` on `aud`, valid for a minute. */
  async serviceJwt(iss: string, aud: string, lxm: string): Promise<string> {
    return createServiceJwt({ iss, aud, lxm, keypair: await this.signingKey(iss) })
  }

  /** Sends the call; resolves with the upstream response whatever its status. */
  async forward(opts: ForwardOptions): Promise<UpstreamResponse> {
    const { auth, from } = opts
    const headers: Record<string, string | undefined> = {
      'accept-encoding': opts.acceptEncoding,
      ...opts.body?.headers,
    }
    if (auth) {
      const jwt = await this.serviceJwt(auth.iss, auth.aud ?? opts.target.did, auth.lxm)
      headers.authorization = `Bearer ${jwt}`
    }
    for (const name of FORWARDED_REQUEST_HEADERS) {
      if (from) headers[name] = headerValue(from.headers[name])
    }
    return this.upstream.request({
      origin: opts.target.origin,
      guarded: opts.target.guarded,
      method: opts.method,
      path: opts.path,
      headers,
      body: opts.body?.stream,
      signal: opts.signal,
    })
  }

  /**
   * A JSON call the PDS makes itself (feed generator lookup, quoted posts, push registration):
   * the parsed response body, or the upstream's error.
   */
  async callJson(opts: {
    target: ProxyTarget
    nsid: string
    params?: Record<string, string | number | undefined>
    input?: unknown
    auth?: CallAuth
    from?: Request
    signal?: AbortSignal
  }): Promise<unknown> {
    const query = new URLSearchParams()
    for (const [name, value] of Object.entries(opts.params ?? {})) {
      if (value !== undefined) query.set(name, String(value))
    }
    const search = query.size > 0 ? `?${query}` : ''
    const payload = opts.input === undefined ? undefined : Buffer.from(JSON.stringify(opts.input))
    const res = await this.forward({
      target: opts.target,
      auth: opts.auth,
      method: payload ? 'POST' : 'GET',
      path: `/xrpc/${opts.nsid}${search}`,
      from: opts.from,
      acceptEncoding: 'identity',
      signal: opts.signal,
      body: payload && {
        stream: Readable.from([payload]),
        headers: { 'content-type': 'application/json', 'content-length': String(payload.length) },
      },
    })
    if (res.status >= 400) throw await upstreamError(res)
    const text = (await readBody(res)).toString('utf8')
    return text === '' ? undefined : JSON.parse(text)
  }

  close(): void {
    this.upstream.close()
  }
}
