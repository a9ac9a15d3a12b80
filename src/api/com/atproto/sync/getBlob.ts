import { pipeline } from 'node:stream/promises'
import { ensureValidDid } from '@atproto/syntax'
import { InvalidRequestError } from '@atproto/xrpc-server'
import type { NextFunction, Request, Response } from 'express'
import { CID } from 'multiformats/cid'
import type { Server } from '../../../../../generated/index.js'
import type { ByteRange } from '../../../../blobs/blob-store.ts'
import type { AppContext } from '../../../../context.ts'
import { collectingPassThrough } from '../../../../runtime/garbage-collection.ts'
import { assertRepoAvailable } from '../../../repo-availability.ts'

const NSID = 'com.atproto.sync.getBlob'

/**
 * Streams a blob with headers that stop browsers from rendering it as a page of this origin, and
 * answers HTTP range requests (video seeking). Registered as a plain route on the XRPC router
 * because xrpc-server always answers 200, and a range needs 206 or 416.
 */
export default function (server: Server, ctx: AppContext): void {
  const verify = ctx.auth.optionalAccessOrAdmin()
  server.xrpc.routes.get(`/xrpc/${NSID}`, (req: Request, res: Response, next: NextFunction) => {
    serveBlob(ctx, req, res, verify).catch(next)
  })
}

async function serveBlob(
  ctx: AppContext,
  req: Request,
  res: Response,
  verify: ReturnType<AppContext['auth']['optionalAccessOrAdmin']>,
): Promise<void> {
  const { did, cid } = parseParams(req.query)
  // The XRPC verifier, run by hand on this plain route (it throws on a bad token).
  const auth = await verify({ req, res, params: { did, cid } })
  await assertRepoAvailable(ctx, did, 'credentials' in auth ? auth.credentials : null)
  const info = await ctx.blobs.find(did, cid)
  const range = requestedRange(req, info.size)
  if (range === 'unsatisfiable') {
    res.status(416).setHeader('Content-Range', `bytes */${info.size}`).end()
    return
  }
  const stream = await ctx.blobs.open(did, cid, range)
  res.setHeader('Content-Type', info.mimeType)
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('Content-Security-Policy', `default-src 'none'; sandbox`)
  res.setHeader('Content-Disposition', 'attachment')
  res.setHeader('Accept-Ranges', 'bytes')
  // The bytes are content-addressed: no proxy (or the compression middleware) may alter them.
  res.setHeader('Cache-Control', 'no-transform')
  if (range) {
    res.status(206)
    res.setHeader('Content-Range', `bytes ${range.start}-${range.end}/${info.size}`)
    res.setHeader('Content-Length', range.end - range.start + 1)
  } else {
    res.status(200)
    res.setHeader('Content-Length', info.size)
  }
  try {
    await pipeline(stream, collectingPassThrough(), res)
  } catch (err) {
    // Headers are gone: all that is left is to cut the connection so the client sees a short body.
    if (!res.destroyed) ctx.logger.warn({ err, did, cid }, 'getBlob stream failed')
    res.destroy()
  }
}

function parseParams(query: Request['query']): { did: string; cid: string } {
  const { did, cid } = query
  if (typeof did !== 'string' || did === '') {
    throw new InvalidRequestError('Error: Params must have the property "did"')
  }
  if (typeof cid !== 'string' || cid === '') {
    throw new InvalidRequestError('Error: Params must have the property "cid"')
  }
  try {
    ensureValidDid(did)
  } catch {
    throw new InvalidRequestError('Error: did must be a valid did')
  }
  try {
    return { did, cid: CID.parse(cid).toString() }
  } catch {
    throw new InvalidRequestError('Error: cid must be a cid string')
  }
}

/** One byte range when the request asks for one; several ranges are answered whole (RFC 9110). */
function requestedRange(req: Request, size: number): ByteRange | 'unsatisfiable' | undefined {
  if (req.headers.range === undefined) return undefined
  const ranges = req.range(size)
  if (ranges === -1) return 'unsatisfiable'
  if (ranges === undefined || ranges === -2 || ranges.type !== 'bytes' || ranges.length !== 1) {
    return undefined
  }
  const [range] = ranges
  return range ? { start: range.start, end: range.end } : undefined
}
