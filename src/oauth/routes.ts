import type { Express, RequestHandler } from 'express'
import type { AppContext } from '../context.ts'
import { onFirstUse } from './lazy-provider.ts'

/**
 * What the provider's router answers: its endpoints (`/oauth/...`, authorization-server metadata),
 * the sign-in UI's API and assets, and the account pages. Other requests never load the provider.
 */
const PROVIDER_PATHS =
  /^\/(?:oauth\/|account(?:\/|$)|@atproto\/oauth-provider\/|\.well-known\/(?:oauth-authorization-server|change-password)$)/

/** The provider's router; the provider and its packages are imported on the first OAuth request. */
async function createProviderRouter(ctx: AppContext): Promise<RequestHandler> {
  const [provider, { oauthMiddleware }, errors] = await Promise.all([
    ctx.oauth.get(),
    import('@atproto/oauth-provider/middleware'),
    import('@atproto/oauth-provider/errors'),
  ])
  // Errors that are part of normal sign-in flows, not worth a log line.
  const isExpected = (err: unknown): boolean => {
    if (err instanceof errors.InvalidRequestError) {
      return err.error_description === 'Invalid identifier or password'
    }
    return (
      err instanceof errors.UseDpopNonceError ||
      err instanceof errors.HandleUnavailableError ||
      err instanceof errors.SecondAuthenticationFactorRequiredError
    )
  }
  return oauthMiddleware(provider, {
    onError: (req, _res, err, msg) => {
      if (!isExpected(err)) ctx.logger.error({ err, path: req.url }, msg)
    },
  })
}

/**
 * The OAuth routes, as the reference PDS serves them: protected-resource metadata (this server is
 * its own authorization server), then the provider's router: authorization-server metadata,
 * JWKS, PAR, authorize (sign-in, consent and account pages from the provider's UI assets), token
 * and revoke. Registered before the XRPC router.
 */
export function registerOAuthRoutes(app: Express, ctx: AppContext): void {
  // Clients refuse plain-http resources; development and loopback hosts (as config.ts allows
  // for TEMPEST_PUBLIC_URL: a local benchmark or test run) are the only exceptions.
  const resource = new URL(ctx.cfg.publicUrl)
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(resource.hostname)
  if (ctx.cfg.env !== 'development' && !loopback && resource.protocol !== 'https:') {
    throw new Error('TEMPEST_PUBLIC_URL must use https outside development (OAuth resource URL)')
  }
  const metadata = onFirstUse(async () => {
    const { buildProtectedResourceMetadata } = await import('@atproto/oauth-provider/utils')
    return buildProtectedResourceMetadata({
      resource: ctx.cfg.publicUrl,
      authorization_servers: [ctx.cfg.publicUrl],
      bearer_methods_supported: ['header'],
      scopes_supported: [],
      resource_documentation: 'https://atproto.com',
    })
  })
  app.get('/.well-known/oauth-protected-resource', (_req, res, next) => {
    metadata().then((body) => {
      res.setHeader('Access-Control-Allow-Origin', '*')
      res.setHeader('Access-Control-Allow-Method', '*')
      res.setHeader('Access-Control-Allow-Headers', '*')
      res.status(200).json(body)
    }, next)
  })
  const router = onFirstUse(() => createProviderRouter(ctx))
  app.use((req, res, next) => {
    if (!PROVIDER_PATHS.test(req.path)) return next()
    router().then((handle) => handle(req, res, next), next)
  })
}
