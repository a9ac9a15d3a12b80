import { XRPCError } from '@atproto/xrpc-server'
import type { RequestHandler } from 'express'
import type { AppContext } from '../context.ts'
import { serverStatus } from './status.ts'

/** `GET /xrpc/_admin/status`: the server's status as JSON, for the admin token only. */
export function adminStatusRoute(ctx: AppContext): RequestHandler {
  const verifyAdmin = ctx.auth.adminToken()
  return async (req, res, next) => {
    try {
      await verifyAdmin({ req, res, params: {} })
      res.json(await serverStatus(ctx))
    } catch (err) {
      if (!(err instanceof XRPCError)) return next(err)
      res.status(err.statusCode).json(err.payload)
    }
  }
}
