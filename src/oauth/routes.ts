import {
  HandleUnavailableError,
  InvalidRequestError,
  SecondAuthenticationFactorRequiredError,
  UseDpopNonceError,
} from '@atproto/oauth-provider/errors'
import { oauthMiddleware } from '@atproto/oauth-provider/middleware'
import { buildProtectedResourceMetadata } from '@atproto/oauth-provider/utils'
import type { Express } from 'express'
import type { AppContext } from '../context.ts'

/** Errors that are part of normal sign-in flows, not worth a log line. */
function isExpected(err: unknown): boolean {
  if (err instanceof InvalidRequestError) {
    return err.error_description === 'Invalid identifier or password'
  }
  return (
    err instanceof UseDpopNonceError ||
    err instanceof HandleUnavailableError ||
    err instanceof SecondAuthenticationFactorRequiredError
  )
}

/**
 * The OAuth routes, as the reference PDS serves them: protected-resource metadata (this server is
 * its own authorization server), then the provider's router: authorization-server metadata,
 * JWKS, PAR, authorize (sign-in, consent and account pages from the provider's UI assets), token
 * and revoke. Registered before the XRPC router.
 */
export function registerOAuthRoutes(app: Express, ctx: AppContext): void {
  const metadata = buildProtectedResourceMetadata({
    resource: ctx.cfg.publicUrl,
    authorization_servers: [ctx.cfg.publicUrl],
    bearer_methods_supported: ['header'],
    scopes_supported: [],
    resource_documentation: 'https://atproto.com',
  })
  // Clients refuse plain-http resources; development and loopback hosts (as config.ts allows
  // for TEMPEST_PUBLIC_URL: a local benchmark or test run) are the only exceptions.
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(new URL(metadata.resource).hostname)
  if (ctx.cfg.env !== 'development' && !loopback && !metadata.resource.startsWith('https://')) {
    throw new Error('TEMPEST_PUBLIC_URL must use https outside development (OAuth resource URL)')
  }
  app.get('/.well-known/oauth-protected-resource', (_req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*')
    res.setHeader('Access-Control-Allow-Method', '*')
    res.setHeader('Access-Control-Allow-Headers', '*')
    res.status(200).json(metadata)
  })
  app.use(
    oauthMiddleware(ctx.oauth, {
      onError: (req, _res, err, msg) => {
        if (!isExpected(err)) ctx.logger.error({ err, path: req.url }, msg)
      },
    }),
  )
}
