import { isValidHandle } from '@atproto/syntax'
import type { NextFunction, Request, Response, Router } from 'express'
import type { AppContext } from '../context.ts'

/**
 * `/.well-known/atproto-did` (handle verification for hosted handles, by Host header) and
 * `/.well-known/did.json` (the server's own did:web, and did:web documents of hosted accounts).
 */
export function registerWellKnown(app: Router, ctx: AppContext): void {
  app.get(
    '/.well-known/atproto-did',
    guarded(async (req, res) => {
      const host = req.hostname.toLowerCase()
      const account = isValidHandle(host) ? await ctx.accounts.getAccount(host) : null
      if (!account || account.status === 'takendown') {
        res.status(404).type('text/plain').send('User not found')
        return
      }
      res.type('text/plain').send(account.did)
    }),
  )

  app.get(
    '/.well-known/did.json',
    guarded(async (req, res) => {
      const host = req.hostname.toLowerCase()
      if (host === ctx.cfg.hostname && ctx.cfg.serviceDid === `did:web:${host}`) {
        res.json({
          '@context': ['https://www.w3.org/ns/did/v1'],
          id: ctx.cfg.serviceDid,
          service: [
            {
              id: '#atproto_pds',
              type: 'AtprotoPersonalDataServer',
              serviceEndpoint: ctx.cfg.publicUrl,
            },
          ],
        })
        return
      }
      const did = `did:web:${host}`
      const account = ctx.identity.hostsDidDocument(did) ? await ctx.accounts.getAccount(did) : null
      if (!account || account.status === 'takendown') {
        res.status(404).json({ error: 'NotFound', message: 'DID not found' })
        return
      }
      const key = await ctx.accounts.getSigningKey(did)
      res.json(ctx.identity.didWebDocument(account, key.did()))
    }),
  )
}

/** Express 4 does not catch rejected promises: hand them to the error middleware. */
function guarded(fn: (req: Request, res: Response) => Promise<void>) {
  return (req: Request, res: Response, next: NextFunction) => {
    fn(req, res).catch(next)
  }
}
