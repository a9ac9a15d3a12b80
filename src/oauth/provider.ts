import { createSecretKey } from 'node:crypto'
import { AccessTokenMode, JoseKey, OAuthProvider } from '@atproto/oauth-provider/provider'
import type { Kysely } from 'kysely'
import type { AccountDbSchema } from '../account/schema.ts'
import { deriveAuthSecrets } from '../auth/secrets.ts'
import type { Config } from '../config.ts'
import type { OAuthAccountFlows } from './account-flows.ts'
import { OAuthAccountStore } from './store/accounts.ts'
import { OAuthDeviceStore } from './store/devices.ts'
import { OAuthLexiconStore } from './store/lexicons.ts'
import { OAuthRequestStore } from './store/requests.ts'
import { OAuthTokenStore } from './store/tokens.ts'

/**
 * The atproto OAuth authorization server (@atproto/oauth-provider, as the reference PDS): PAR,
 * the sign-in and consent pages, token issue/refresh/revocation, DPoP with nonces, and the
 * verifier `ctx.auth` uses for DPoP-bound access tokens. The issuer is the public URL; tokens are
 * HS256 with a key derived from SECRET_KEY_BASE and checked against the store on every request
 * (stateful), so a revoked token stops working at once.
 */
export async function createOAuthProvider(
  cfg: Config,
  db: Kysely<AccountDbSchema>,
  accountFlows: OAuthAccountFlows,
): Promise<OAuthProvider> {
  const secrets = deriveAuthSecrets(cfg.secretKeyBase)
  return new OAuthProvider({
    issuer: cfg.publicUrl,
    keyset: [await JoseKey.fromKeyLike(createSecretKey(secrets.oauthTokenKey), undefined, 'HS256')],
    // One store per provider interface, each over its `oauth_*` tables in account.sqlite.
    accountStore: new OAuthAccountStore(db, cfg.serviceDid, accountFlows),
    requestStore: new OAuthRequestStore(db),
    deviceStore: new OAuthDeviceStore(db),
    tokenStore: new OAuthTokenStore(db, cfg.serviceDid),
    lexiconStore: new OAuthLexiconStore(db),
    dpopSecret: secrets.dpopSecret,
    accessTokenMode: AccessTokenMode.stateful,
    inviteCodeRequired: cfg.inviteRequired,
    availableUserDomains: cfg.handleDomains,
    branding: { name: 'Tempest' },
    metadata: { protected_resources: [new URL(cfg.publicUrl).origin] },
  })
}
