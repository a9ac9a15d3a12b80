import type { NextFunction, Request, Response } from 'express'
import type { AppContext } from '../context.ts'

/**
 * The "ask" endpoint for the reverse proxy's on-demand TLS (conf/Caddyfile): a certificate may be
 * issued for the server's own hostname and for handles of hosted accounts under the configured
 * handle domains. Anything else answers 404, so strangers pointing DNS at this server cannot make
 * the proxy request certificates (and burn the CA's rate limits) for names we do not serve.
 */
export function tlsCheck(ctx: AppContext) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const raw = req.query.domain
    if (typeof raw !== 'string' || raw.trim() === '' || raw.length > 253) {
      res.status(400).json({ error: 'InvalidRequest', message: 'missing or invalid domain' })
      return
    }
    const domain = raw.trim().toLowerCase().replace(/\.$/, '')
    if (domain === ctx.cfg.hostname) {
      res.json({ success: true })
      return
    }
    const underHandleDomain = ctx.cfg.handleDomains.some(
      (suffix) => domain.endsWith(suffix) && domain.length > suffix.length,
    )
    if (!underHandleDomain) {
      res.status(404).json({ error: 'NotFound', message: 'this server does not serve that domain' })
      return
    }
    ctx.accounts.getAccount(domain).then((account) => {
      if (account === null) {
        res.status(404).json({ error: 'NotFound', message: 'no account has that handle' })
      } else {
        res.json({ success: true })
      }
    }, next)
  }
}
