import type { OAuthVerifier } from '@atproto/oauth-provider/verifier'
import type { ScopePermissionsTransition } from '@atproto/oauth-scopes'
import {
  InvalidRequestError,
  type MethodAuthContext,
  parseReqNsid,
  XRPCError,
} from '@atproto/xrpc-server'
import type { Config } from '../config.ts'
import { OAuthMethodPolicy } from './method-permissions.ts'

/**
 * The resource-server side of OAuth: checks a `DPoP <token>` request (token signature, expiry
 * and revocation against the store, the DPoP proof's key binding, `htm`/`htu`, `jti` replay and
 * nonce) and the token's scopes against the method being called. The verifier (the OAuth
 * provider) and the OAuth packages are loaded on the first such request, never for other requests.
 */
export class OAuthAccess {
  readonly policy: OAuthMethodPolicy

  constructor(
    private readonly cfg: Config,
    private readonly verifier: () => Promise<OAuthVerifier>,
  ) {
    this.policy = new OAuthMethodPolicy(cfg)
  }

  /**
   * The token's checks only. Its scopes are checked by `authorize`, after the caller has checked the
   * account's status, as the reference does (a taken-down account hears so, whatever the scopes).
   */
  async authenticate(
    ctx: Pick<MethodAuthContext, 'req' | 'res'>,
  ): Promise<{ did: string; scope: string | undefined }> {
    const payload = await this.verify(ctx)
    return { did: payload.sub, scope: payload.scope }
  }

  /**
   * The token's permissions, checked against the method being called when `ctx` is given; the
   * proxy passes none and asserts `rpc:` for the target it resolves.
   */
  async authorize(
    scope: string | undefined,
    ctx?: MethodAuthContext,
  ): Promise<ScopePermissionsTransition> {
    const permissions = await this.permissionsOf(scope)
    if (ctx) this.policy.authorize(parseReqNsid(ctx.req), permissions, ctx)
    return permissions
  }

  private async permissionsOf(scope: string | undefined): Promise<ScopePermissionsTransition> {
    const { ScopePermissionsTransition } = await import('@atproto/oauth-scopes')
    const permissions = new ScopePermissionsTransition(scope?.split(' '))
    if (!permissions.scopes.has('atproto')) {
      throw new InvalidRequestError('OAuth token does not have "atproto" scope', 'InvalidToken')
    }
    return permissions
  }

  private async verify({ req, res }: Pick<MethodAuthContext, 'req' | 'res'>) {
    const verifier = await this.verifier()
    const { OAuthError, WWWAuthenticateError } = await import('@atproto/oauth-provider/errors')
    // Every response carries the next nonce (RFC 9449 section 8.2).
    const nonce = verifier.nextDpopNonce()
    if (nonce) {
      res.setHeader('DPoP-Nonce', nonce)
      res.appendHeader('Access-Control-Expose-Headers', 'DPoP-Nonce')
    }
    // `htu` is checked against the public URL, not whatever Host the request came in with.
    const url = new URL(req.originalUrl || req.url || '/', this.cfg.publicUrl)
    const payload = await verifier
      .authenticateRequest(req.method || 'GET', url, req.headers, {
        audience: [this.cfg.serviceDid],
        scope: ['atproto'],
      })
      .catch((err: unknown) => {
        // The client needs WWW-Authenticate, notably for `use_dpop_nonce`.
        if (err instanceof WWWAuthenticateError) {
          res.setHeader('WWW-Authenticate', err.wwwAuthenticateHeader)
          res.appendHeader('Access-Control-Expose-Headers', 'WWW-Authenticate')
        }
        if (err instanceof OAuthError) {
          throw new XRPCError(err.status, err.error_description, err.error, { cause: err })
        }
        throw err
      })
    if (!payload.sub.startsWith('did:')) {
      throw new InvalidRequestError('Malformed token', 'InvalidToken')
    }
    return payload
  }
}
