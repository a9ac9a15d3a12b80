import { once } from 'node:events'
import type { Server as HttpServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import compression from 'compression'
import cors from 'cors'
import express, { type ErrorRequestHandler, type Express } from 'express'
import { createServer as createXrpcServer, type Server as XrpcServer } from '../generated/index.js'
import { registerHandlers } from './api/index.ts'
import { createRateLimiter } from './auth/rate-limits.ts'
import type { AppContext } from './context.ts'
import { requestLog } from './http/request-log.ts'
import { registerMetrics } from './metrics/routes.ts'
import { proxyCatchall } from './proxy/catchall.ts'
import { parseXrpcError } from './http/xrpc-errors.ts'
import { registerWellKnown } from './identity/well-known.ts'
import { registerOAuthRoutes } from './oauth/routes.ts'
import { tlsCheck } from './web/tls-check.ts'
import { adminStatusRoute } from './admin/status-route.ts'
import { adminConsole } from './web/admin/routes.ts'

const SHUTDOWN_GRACE_MS = 10_000

export interface RunningServer {
  url: string
  port: number
  http: HttpServer
  xrpc: XrpcServer
  /** Stops accepting, lets in-flight requests finish (at most 10 s), then closes the context. */
  close(): Promise<void>
}

function createApp(ctx: AppContext): { app: Express; xrpc: XrpcServer } {
  const xrpc = createXrpcServer({
    validateResponse: ctx.cfg.env === 'development',
    // No server-wide blobLimit: the two binary inputs set their own (importRepo's, enforced by
    // xrpc-server) or enforce it themselves (uploadBlob, which then reads the request stream
    // itself instead of through a size-checking stream per chunk).
    payload: { jsonLimit: 150 * 1024, textLimit: 100 * 1024 },
    // Methods without a handler are proxied to the service that owns them; the PDS's own
    // namespaces answer 501 MethodNotImplemented.
    catchall: proxyCatchall(ctx),
    rateLimits: { creator: createRateLimiter },
    errorParser: parseXrpcError,
  })
  registerHandlers(xrpc, ctx)

  const app = express()
  app.disable('x-powered-by')
  // XRPC responses are not revalidated by clients; hashing every JSON body for an ETag is waste.
  app.disable('etag')
  app.set('trust proxy', true)
  app.use(ctx.metrics.timing.middleware())
  app.use(requestLog(ctx.logger))
  registerMetrics(app, ctx)
  app.use(cors({ maxAge: 86_400 }))
  app.use(compression())

  app.get('/', (_req, res) => {
    res
      .type('text/plain')
      .send(
        `This is an AT Protocol Personal Data Server (Tempest ${ctx.cfg.version}).\n\n` +
          'Most API routes are under /xrpc/\n',
      )
  })
  app.get('/robots.txt', (_req, res) => {
    res.type('text/plain').send('# Hello from Tempest!\n\nUser-agent: *\nAllow: /\n')
  })
  app.get('/xrpc/_health', (_req, res) => {
    res.json({ version: ctx.cfg.version })
  })
  app.get('/tls-check', tlsCheck(ctx))
  app.get('/xrpc/_admin/status', adminStatusRoute(ctx))
  app.use('/admin', adminConsole(ctx))
  registerWellKnown(app, ctx)
  registerOAuthRoutes(app, ctx)

  // The XRPC router is an express app of its own, which would add the header back.
  xrpc.xrpc.router.disable('x-powered-by')
  xrpc.xrpc.router.disable('etag')
  app.use(xrpc.xrpc.router)

  app.use((_req, res) => {
    res.status(404).json({ error: 'NotFound', message: 'Not found' })
  })
  const onError: ErrorRequestHandler = (err, req, res, _next) => {
    const status =
      typeof err?.status === 'number' && err.status >= 400 ? (err.status as number) : 500
    if (status >= 500) ctx.logger.error({ err, path: req.path }, 'unhandled error')
    if (res.headersSent) return
    res.status(status).json({
      error: status >= 500 ? 'InternalServerError' : 'InvalidRequest',
      message: status >= 500 ? 'Internal Server Error' : String(err?.message ?? 'Bad request'),
    })
  }
  app.use(onError)
  return { app, xrpc }
}

export async function startServer(ctx: AppContext, port = ctx.cfg.port): Promise<RunningServer> {
  const { app, xrpc } = createApp(ctx)
  const http = app.listen(port)
  await once(http, 'listening')
  http.keepAliveTimeout = 90_000
  const actualPort = (http.address() as AddressInfo).port
  let closing: Promise<void> | undefined
  const close = () => {
    closing ??= (async () => {
      const closed = new Promise<void>((resolve) => http.close(() => resolve()))
      http.closeIdleConnections()
      for (const sub of xrpc.xrpc.subscriptions.values()) {
        for (const socket of sub.wss.clients) socket.close(1001, 'server shutting down')
      }
      const timer = setTimeout(() => http.closeAllConnections(), SHUTDOWN_GRACE_MS)
      await closed
      clearTimeout(timer)
      await ctx.close()
    })()
    return closing
  }
  return { url: `http://localhost:${actualPort}`, port: actualPort, http, xrpc, close }
}
