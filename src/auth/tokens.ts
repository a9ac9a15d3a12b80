import { randomBytes, webcrypto } from 'node:crypto'
import * as jose from 'jose'
import { InvalidRequestError } from '@atproto/xrpc-server'
import { AuthScope, isAuthScope } from './scopes.ts'

/** Access tokens whose signature was checked, kept to skip the check on their next request. */
const MAX_VERIFIED_ACCESS_TOKENS = 1000

export interface SessionTokenPayload {
  scope: AuthScope
  sub: string
  aud: string
  iat: number
  exp: number
  jti?: string
  /** Access tokens only: the refresh-token family (session) they belong to. */
  sid?: string
}

/**
 * Signs and verifies the session JWTs (HS256, claims as the reference PDS: `scope`, `sub`, `aud`
 * = the server DID, `iat`, `exp`; refresh tokens add `jti`). Access tokens are typed `at+jwt`,
 * refresh tokens `refresh+jwt`, so one can never be presented as the other.
 */
export class SessionTokens {
  /** Imported once: jose would import raw key bytes again for every token it signs or checks. */
  private readonly key: Promise<webcrypto.CryptoKey>
  /**
   * Verified access tokens by their exact text, oldest first. A client sends the same access token
   * with every request of a session, and WebCrypto's HMAC check (a trip through libuv's thread
   * pool) was the larger part of a request's authentication. A token found here was signed with
   * this process's key; its expiry is checked again on each use, and revocation is the session
   * check the verifier makes every time.
   */
  private readonly verifiedAccess = new Map<string, jose.JWTPayload>()

  constructor(
    secret: Uint8Array,
    private readonly serviceDid: string,
    private readonly accessTtlSeconds: number,
    private readonly refreshTtlSeconds: number,
  ) {
    this.key = webcrypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
      'verify',
    ])
  }

  /** `sid` ties the token to its session, so revoking the session revokes the token at once. */
  async createAccessToken(did: string, scope: AuthScope, sid: string): Promise<string> {
    return new jose.SignJWT({ scope, sid })
      .setProtectedHeader({ typ: 'at+jwt', alg: 'HS256' })
      .setAudience(this.serviceDid)
      .setSubject(did)
      .setIssuedAt()
      .setExpirationTime(`${this.accessTtlSeconds}s`)
      .sign(await this.key)
  }

  async createRefreshToken(did: string): Promise<{ jwt: string; jti: string; exp: number }> {
    const jti = randomBytes(32).toString('base64url')
    const exp = Math.floor(Date.now() / 1000) + this.refreshTtlSeconds
    const jwt = await new jose.SignJWT({ scope: AuthScope.Refresh })
      .setProtectedHeader({ typ: 'refresh+jwt', alg: 'HS256' })
      .setAudience(this.serviceDid)
      .setSubject(did)
      .setJti(jti)
      .setIssuedAt()
      .setExpirationTime(exp)
      .sign(await this.key)
    return { jwt, jti, exp }
  }

  /** Verifies signature, type, audience, expiry (unless `allowExpired`) and the scope list. */
  async verify(
    token: string,
    opts: { typ: 'at+jwt' | 'refresh+jwt'; scopes: readonly AuthScope[]; allowExpired?: boolean },
  ): Promise<SessionTokenPayload> {
    const payload = await this.checkedPayload(token, opts)
    const { sub, scope, jti, iat, exp, sid } = payload
    if (typeof sub !== 'string' || !sub.startsWith('did:')) {
      throw new InvalidRequestError('Malformed token', 'InvalidToken')
    }
    if (payload.lxm !== undefined || payload.cnf !== undefined) {
      throw new InvalidRequestError('Malformed token', 'InvalidToken')
    }
    if (
      (jti !== undefined && typeof jti !== 'string') ||
      (sid !== undefined && typeof sid !== 'string')
    ) {
      throw new InvalidRequestError('Malformed token', 'InvalidToken')
    }
    if (!isAuthScope(scope) || !opts.scopes.includes(scope)) {
      throw new InvalidRequestError('Bad token scope', 'InvalidToken')
    }
    return { scope, sub, aud: this.serviceDid, iat: iat ?? 0, exp: exp ?? 0, jti, sid }
  }

  /** The payload once signature, type, audience and expiry are checked (jose, or a recent check). */
  private async checkedPayload(
    token: string,
    opts: { typ: 'at+jwt' | 'refresh+jwt'; allowExpired?: boolean },
  ): Promise<jose.JWTPayload> {
    const cacheable = opts.typ === 'at+jwt' && !opts.allowExpired
    const known = cacheable ? this.verifiedAccess.get(token) : undefined
    // jose's own expiry rule: expired once `exp` is not after the current second.
    if (known?.exp !== undefined && known.exp > Math.floor(Date.now() / 1000)) return known
    this.verifiedAccess.delete(token)
    const { payload } = await jose
      .jwtVerify(token, await this.key, {
        algorithms: ['HS256'],
        typ: opts.typ,
        audience: this.serviceDid,
        // jose refuses an infinite tolerance; a century is the same for a token we signed.
        clockTolerance: opts.allowExpired ? 100 * 365 * 24 * 60 * 60 : undefined,
      })
      .catch((cause: unknown) => {
        if (cause instanceof jose.errors.JWTExpired) {
          throw new InvalidRequestError('Token has expired', 'ExpiredToken', { cause })
        }
        throw new InvalidRequestError('Token could not be verified', 'InvalidToken', { cause })
      })
    if (cacheable && payload.exp !== undefined) {
      this.verifiedAccess.set(token, payload)
      if (this.verifiedAccess.size > MAX_VERIFIED_ACCESS_TOKENS) {
        this.verifiedAccess.delete(this.verifiedAccess.keys().next().value as string)
      }
    }
    return payload
  }
}
