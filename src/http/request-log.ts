import { randomUUID } from 'node:crypto'
import type { NextFunction, Request, Response } from 'express'
import type { Logger } from '../logger.ts'

const REQUEST_ID_RE = /^[A-Za-z0-9._-]{1,128}$/

/**
 * Gives every request an id (a sane incoming `x-request-id`, or a new one), echoes it in the
 * response and logs one line when the response finishes. Only the path is logged: query strings,
 * headers and bodies can carry tokens and passwords.
 */
export function requestLog(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const incoming = req.header('x-request-id')
    const id = incoming !== undefined && REQUEST_ID_RE.test(incoming) ? incoming : randomUUID()
    res.locals.requestId = id
    res.setHeader('x-request-id', id)
    const start = process.hrtime.bigint()
    res.on('finish', () => {
      logger.info(
        {
          reqId: id,
          method: req.method,
          path: req.path,
          status: res.statusCode,
          durationMs: Number(process.hrtime.bigint() - start) / 1e6,
        },
        'request',
      )
    })
    next()
  }
}
