import type { IncomingMessage } from 'node:http'
import type { IdResolver } from '@atproto/identity'
import {
  AuthRequiredError,
  ForbiddenError,
  InvalidRequestError,
  type MethodAuthContext,
  type MethodAuthVerifier,
  parseReqNsid,
  verifyJwt,
} from '@atproto/xrpc-server'
import type { ScopePermissionsTransition } from '@atproto/oauth-scopes'
import type { AccountStore } from '../account/account-store.ts'
import type { AccountStatus } from '../account/schema.ts'
import type { ServerTiming } from '../metrics/server-timing.ts'
import type { OAuthAccess } from '../oauth/access.ts'
import { type AdminToken, clientAddress } from './admin-token.ts'
import { ACCESS_FULL, ACCESS_PRIVILEGED, ACCESS_STANDARD, AuthScope } from './scopes.ts'
import type { SessionStore } from './sessions.ts'
import type { SessionTokens } from './tokens.ts'

export interface AccessCredentials {
  type: 'access'
  did: string
  scope: AuthScope
  /** The account's status at the time of the request (takendown only when explicitly allowed). */
  status: AccountStatus
}
/** A DPoP-bound OAuth access token; `permissions` is what its scopes allow. */
export interface OAuthCredentials {
  type: 'oauth'
  did: string
  permissions: ScopePermissionsTransition
  status: AccountStatus
}
export interface RefreshCredentials {
  type: 'refresh'
  did: string
  scope: AuthScope
  /** The refresh token's jti (never stored: the session store keeps its hash). */
  tokenId: string
}
export interface AdminCredentials {
  type: 'admin_token'
}
export interface ServiceCredentials {
  type: 'service'
  /** The issuing account's DID (`iss` without any fragment). */
  did: string
  aud: string
  lxm: string | undefined
}

export interface AccessOptions {
  /** Refuse deactivated accounts with `AccountDeactivated`: set on every method that writes. */
  checkDeactivated?: boolean
  /**
   * Accept taken-down accounts and their restricted sessions (createSession `allowTakendown`):
   * set, as the reference, on the methods an account migrating out needs.
   */
  allowTakendown?: boolean
}

type Verifier<C> = MethodAuthVerifier<{ credentials: C }>

const AUTH_TYPES = ['basic', 'bearer', 'dpop'] as const

/** `[type, token]` from the Authorization header, or `null` when there is none. */
function parseAuthorization(req: IncomingMessage): [string, string] | null {
  const header = req.headers.authorization
  if (!header) return null
  const [scheme, token, ...rest] = header.split(' ')
  if (scheme === undefined || !token || rest.length > 0) {
    throw new InvalidRequestError('Malformed authorization header', 'InvalidToken')
  }
  const type = scheme.toLowerCase()
  if (!(AUTH_TYPES as readonly string[]).includes(type)) {
    throw new InvalidRequestError(`Unsupported authorization type: ${scheme}`, 'InvalidToken')
  }
  return [type, token]
}

function bearerToken(req: IncomingMessage): string | null {
  const parsed = parseAuthorization(req)
  return parsed?.[0] === 'bearer' ? parsed[1] : null
}

/** Responses to authenticated requests must not be shared by caches between users. */
function setAuthHeaders(ctx: MethodAuthContext): void {
  ctx.res.setHeader('Cache-Control', 'private')
  ctx.res.vary('Authorization')
}

/**
 * Who may call what, in one place (`ctx.auth`). Each method returns an xrpc-server auth verifier:
 * handlers declare `auth: ctx.auth.accessFull()` and receive `auth.credentials`.
 */
export class AuthVerifier {
  constructor(
    private readonly accounts: AccountStore,
    private readonly sessions: SessionStore,
    private readonly tokens: SessionTokens,
    private readonly admin: AdminToken,
    private readonly idResolver: () => Promise<IdResolver>,
    private readonly serviceDid: string,
    readonly oauth: OAuthAccess,
    private readonly timing: ServerTiming,
  ) {}

  /** Any session: account password or any app password. Refuses taken-down accounts. */
  accessStandard(opts: AccessOptions = {}): Verifier<AccessCredentials | OAuthCredentials> {
    return this.access(ACCESS_STANDARD, opts)
  }

  /** Account password or a privileged app password. */
  accessPrivileged(opts: AccessOptions = {}): Verifier<AccessCredentials | OAuthCredentials> {
    return this.access(ACCESS_PRIVILEGED, opts)
  }

  /** Account management: only sessions made with the account password. */
  accessFull(opts: AccessOptions = {}): Verifier<AccessCredentials | OAuthCredentials> {
    return this.access(ACCESS_FULL, opts)
  }

  /**
   * The proxy catchall: any session; an OAuth token's `rpc:` permission is checked by the proxy
   * once it knows the target service.
   */
  proxiedAccess(): Verifier<AccessCredentials | OAuthCredentials> {
    return this.access(ACCESS_STANDARD, {}, 'proxied')
  }

  /** Public methods that say more to a logged-in caller; a present but bad token is an error. */
  optionalAccess(): Verifier<AccessCredentials | OAuthCredentials | null> {
    const access = this.accessStandard()
    return async (ctx) => {
      if (ctx.req.headers.authorization === undefined) return { credentials: null }
      return access(ctx)
    }
  }

  /**
   * The sync methods: anonymous (relays), or the account itself or the operator (`Basic`), who
   * may read a repo that is not active. A present but bad token is an error.
   */
  optionalAccessOrAdmin(): Verifier<
    AccessCredentials | OAuthCredentials | AdminCredentials | null
  > {
    const access = this.optionalAccess()
    const admin = this.adminToken()
    return (ctx) => (parseAuthorization(ctx.req)?.[0] === 'basic' ? admin(ctx) : access(ctx))
  }

  /**
   * Legacy session JWTs (`Bearer`) or OAuth access tokens (`DPoP`). OAuth tokens are checked
   * against the method being called (src/oauth/method-permissions.ts); methods not open to OAuth,
   * such as account deletion, app passwords and admin methods, refuse them.
   */
  private access(
    scopes: readonly AuthScope[],
    opts: AccessOptions,
    oauthMethod: 'local' | 'proxied' = 'local',
  ): Verifier<AccessCredentials | OAuthCredentials> {
    return (ctx) => this.timing.time('auth', () => this.checkAccess(ctx, scopes, opts, oauthMethod))
  }

  private async checkAccess(
    ctx: MethodAuthContext,
    scopes: readonly AuthScope[],
    opts: AccessOptions,
    oauthMethod: 'local' | 'proxied',
  ): Promise<{ credentials: AccessCredentials | OAuthCredentials }> {
    setAuthHeaders(ctx)
    if (parseAuthorization(ctx.req)?.[0] === 'dpop') {
      const { did, scope } = await this.oauth.authenticate(ctx)
      // Status before scopes, as the reference.
      const status = await this.accountStatus(did, opts)
      const permissions = await this.oauth.authorize(
        scope,
        oauthMethod === 'local' ? ctx : undefined,
      )
      return { credentials: { type: 'oauth', did, permissions, status } }
    }
    const token = bearerToken(ctx.req)
    if (!token) throw new AuthRequiredError(undefined, 'AuthMissing')
    const payload = await this.tokens.verify(token, {
      typ: 'at+jwt',
      scopes: opts.allowTakendown ? [...scopes, AuthScope.Takendown] : scopes,
    })
    if (payload.sid === undefined || !this.sessions.isLive(payload.sub, payload.sid)) {
      throw new InvalidRequestError('Token has been revoked', 'ExpiredToken')
    }
    const status = await this.accountStatus(payload.sub, opts)
    return { credentials: { type: 'access', did: payload.sub, scope: payload.scope, status } }
  }

  private async accountStatus(did: string, opts: AccessOptions): Promise<AccountStatus> {
    const account = await this.accounts.getAccount(did)
    if (!account) throw new ForbiddenError('Account not found', 'AccountNotFound')
    if (account.status === 'takendown' && !opts.allowTakendown) {
      throw new AuthRequiredError('Account has been taken down', 'AccountTakedown')
    }
    if (opts.checkDeactivated && account.status === 'deactivated') {
      throw new AuthRequiredError('Account is deactivated', 'AccountDeactivated')
    }
    return account.status
  }

  /** refreshSession / deleteSession: a refresh JWT (expired ones too with `allowExpired`). */
  refresh(opts: { allowExpired?: boolean } = {}): Verifier<RefreshCredentials> {
    return async (ctx) => {
      setAuthHeaders(ctx)
      const token = bearerToken(ctx.req)
      if (!token) throw new AuthRequiredError(undefined, 'AuthMissing')
      const payload = await this.tokens.verify(token, {
        typ: 'refresh+jwt',
        scopes: [AuthScope.Refresh],
        allowExpired: opts.allowExpired,
      })
      if (!payload.jti) {
        throw new AuthRequiredError('Unexpected missing refresh token id', 'MissingTokenId')
      }
      return {
        credentials: {
          type: 'refresh',
          did: payload.sub,
          scope: payload.scope,
          tokenId: payload.jti,
        },
      }
    }
  }

  /** The operator's token (`Bearer <token>`, or `Basic admin:<token>` as pdsadmin sends it). */
  adminToken(): Verifier<AdminCredentials> {
    return async (ctx) => {
      setAuthHeaders(ctx)
      const parsed = parseAuthorization(ctx.req)
      let token: string | null = null
      if (parsed?.[0] === 'bearer') token = parsed[1]
      if (parsed?.[0] === 'basic') {
        const decoded = Buffer.from(parsed[1], 'base64').toString('utf8')
        const colon = decoded.indexOf(':')
        if (colon !== -1 && decoded.slice(0, colon) === 'admin') token = decoded.slice(colon + 1)
      }
      if (token === null) throw new AuthRequiredError('Admin token required', 'AuthMissing')
      await this.admin.assertValid(token, clientAddress(ctx.req), ctx.res)
      return { credentials: { type: 'admin_token' } }
    }
  }

  /**
   * An inter-service JWT signed by an account's atproto key: `aud` must be this server and `lxm`
   * the given method (by default the method being called).
   */
  serviceJwt(opts: { lxm?: string } = {}): Verifier<ServiceCredentials> {
    return async (ctx) => {
      setAuthHeaders(ctx)
      const token = bearerToken(ctx.req)
      if (!token) throw new AuthRequiredError('missing jwt', 'MissingJwt')
      const lxm = opts.lxm ?? parseReqNsid(ctx.req)
      const payload = await verifyJwt(token, this.serviceDid, lxm, async (iss, forceRefresh) => {
        if (iss.includes('#')) throw new AuthRequiredError('Untrusted issuer', 'UntrustedIss')
        try {
          return await (await this.idResolver()).did.resolveAtprotoKey(iss, forceRefresh)
        } catch (cause) {
          // Unnamed, as the reference answers it.
          throw new AuthRequiredError('could not resolve iss did', undefined, { cause })
        }
      })
      return {
        credentials: { type: 'service', did: payload.iss, aud: payload.aud, lxm: payload.lxm },
      }
    }
  }

  /** createAccount: anonymous, or a service JWT proving control of an existing DID (migration). */
  optionalServiceJwt(): Verifier<ServiceCredentials | null> {
    const service = this.serviceJwt()
    return async (ctx) => {
      if (bearerToken(ctx.req) === null) {
        if (ctx.req.headers.authorization !== undefined) {
          throw new AuthRequiredError('Invalid authorization header')
        }
        return { credentials: null }
      }
      return service(ctx)
    }
  }
}
