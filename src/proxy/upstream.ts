import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http'
import https from 'node:https'
import type { Readable } from 'node:stream'
import { MaxSizeChecker } from '@atproto/common'
import {
  InvalidRequestError,
  ResponseType,
  UpstreamFailureError,
  UpstreamTimeoutError,
  XRPCError,
} from '@atproto/xrpc-server'
import { NonPublicAddressError, publicOnlyLookup } from './ssrf.ts'

/** How long an upstream service may take to send its response headers. */
const HEADERS_TIMEOUT_MS = 10_000
/** How long an upstream response body may stall between two chunks. */
const BODY_IDLE_TIMEOUT_MS = 30_000
/** The largest response body forwarded from an upstream service (as the reference PDS). */
const MAX_RESPONSE_BYTES = 10 * 1024 * 1024

export interface UpstreamRequest {
  /** Scheme, host and port of the service; the path comes from `path`. */
  origin: URL
  /** Discovered endpoint: connect only to public addresses. */
  guarded: boolean
  method: string
  /** Path and query, as the client sent them (`/xrpc/<nsid>?...`). */
  path: string
  headers: Record<string, string | undefined>
  body?: Readable
  /** Aborts the upstream request (the client went away). */
  signal?: AbortSignal
}

export interface UpstreamResponse {
  status: number
  headers: IncomingHttpHeaders
  /** The response body, limited to MAX_RESPONSE_BYTES and BODY_IDLE_TIMEOUT_MS between chunks. */
  body: Readable
}

function responseTooLarge(): XRPCError {
  return new UpstreamFailureError('Upstream response too large')
}

function mapRequestError(err: unknown, origin: URL): XRPCError {
  if (err instanceof XRPCError) return err
  if (err instanceof NonPublicAddressError) {
    return new InvalidRequestError(`proxy target ${origin.origin}: ${err.message}`)
  }
  if ((err as { name?: string }).name === 'AbortError') {
    return new XRPCError(ResponseType.UpstreamFailure, 'Request aborted')
  }
  return new UpstreamFailureError('Upstream service unreachable', undefined, { cause: err })
}

/**
 * Outbound HTTP to other atproto services over keep-alive connections. Bodies are streamed both
 * ways; connections to discovered endpoints go through their own agent whose DNS lookup refuses
 * non-public addresses.
 */
export class UpstreamClient {
  private readonly httpAgent = new http.Agent({ keepAlive: true })
  private readonly httpsAgent = new https.Agent({ keepAlive: true })
  private readonly guardedAgent = new https.Agent({ keepAlive: true, lookup: publicOnlyLookup })

  request(req: UpstreamRequest): Promise<UpstreamResponse> {
    const secure = req.origin.protocol === 'https:'
    const agent = req.guarded ? this.guardedAgent : secure ? this.httpsAgent : this.httpAgent
    const headers = Object.fromEntries(
      Object.entries(req.headers).filter((e): e is [string, string] => e[1] !== undefined),
    )
    return new Promise<UpstreamResponse>((resolve, reject) => {
      const outgoing = (secure ? https : http).request(
        req.origin,
        { method: req.method, path: req.path, headers, agent, signal: req.signal },
        (res) => {
          clearTimeout(headersTimer)
          try {
            resolve({ status: res.statusCode ?? 502, headers: res.headers, body: limitBody(res) })
          } catch (err) {
            res.destroy()
            reject(err)
          }
        },
      )
      const headersTimer = setTimeout(() => {
        outgoing.destroy(new UpstreamTimeoutError('Upstream service timed out'))
      }, HEADERS_TIMEOUT_MS)
      outgoing.on('error', (err) => {
        clearTimeout(headersTimer)
        reject(mapRequestError(err, req.origin))
      })
      if (req.body) {
        req.body.on('error', (err) => outgoing.destroy(err))
        req.body.pipe(outgoing)
      } else {
        outgoing.end()
      }
    })
  }

  close(): void {
    this.httpAgent.destroy()
    this.httpsAgent.destroy()
    this.guardedAgent.destroy()
  }
}

function limitBody(res: IncomingMessage): Readable {
  const declared = Number(res.headers['content-length'])
  if (Number.isFinite(declared) && declared > MAX_RESPONSE_BYTES) throw responseTooLarge()
  res.setTimeout(BODY_IDLE_TIMEOUT_MS, () => {
    res.destroy(new UpstreamTimeoutError('Upstream response stalled'))
  })
  const limited = new MaxSizeChecker(MAX_RESPONSE_BYTES, responseTooLarge)
  res.on('error', (err) => limited.destroy(err))
  limited.on('close', () => {
    if (!res.readableEnded) res.destroy()
  })
  return res.pipe(limited)
}
