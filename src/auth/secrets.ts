import { createHash, createHmac, hkdfSync } from 'node:crypto'

/**
 * Independent keys derived from SECRET_KEY_BASE, one per purpose, so no key is ever used for two
 * things and rotating the base secret invalidates all of them at once.
 */
export interface AuthSecrets {
  /** HS256 key for access and refresh JWTs. */
  jwtKey: Uint8Array
  /** HMAC key for app-password hashes. */
  appPasswordKey: Uint8Array
  /** HMAC key for emailed one-time codes. */
  emailTokenKey: Uint8Array
  /** HS256 key for OAuth access tokens (the authorization server's keyset). */
  oauthTokenKey: Uint8Array
  /** Seed of the OAuth DPoP nonces, so they survive a restart. */
  dpopSecret: Uint8Array
  /** HMAC key for the in-memory digest of the admin token that last verified. */
  adminTokenKey: Uint8Array
}

function derive(secretKeyBase: string, purpose: string): Uint8Array {
  return new Uint8Array(hkdfSync('sha256', secretKeyBase, 'tempest', purpose, 32))
}

export function deriveAuthSecrets(secretKeyBase: string): AuthSecrets {
  return {
    jwtKey: derive(secretKeyBase, 'session jwt'),
    appPasswordKey: derive(secretKeyBase, 'app password'),
    emailTokenKey: derive(secretKeyBase, 'email token'),
    oauthTokenKey: derive(secretKeyBase, 'oauth token'),
    dpopSecret: derive(secretKeyBase, 'dpop nonce'),
    adminTokenKey: derive(secretKeyBase, 'admin token cache'),
  }
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex')
}

export function hmacHex(key: Uint8Array, value: string): string {
  return createHmac('sha256', key).update(value).digest('hex')
}
