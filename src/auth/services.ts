import type { Keypair } from '@atproto/crypto'
import type { Kysely } from 'kysely'
import { AccountStore } from '../account/account-store.ts'
import type { AccountDbSchema } from '../account/schema.ts'
import type { Config } from '../config.ts'
import type { OAuthAccess } from '../oauth/access.ts'
import type { SqliteDb } from '../db/sqlite.ts'
import { IdentityService } from '../identity/identity-service.ts'
import type { Logger } from '../logger.ts'
import type { Metrics } from '../metrics/metrics.ts'
import { AdminToken } from './admin-token.ts'
import { deriveAuthSecrets } from './secrets.ts'
import { SessionStore } from './sessions.ts'
import { SessionTokens } from './tokens.ts'
import { AuthVerifier } from './verifier.ts'

/** The accounts area's services for AppContext: `accounts`, `sessions`, `auth`, `adminToken`, `identity`. */
export function createAccountServices(
  cfg: Config,
  storage: { accountDb: Kysely<AccountDbSchema>; accountSqlite: SqliteDb },
  plcUrl: string,
  rotationKey: Keypair,
  oauth: OAuthAccess,
  ops: { logger: Logger; metrics: Metrics },
) {
  const secrets = deriveAuthSecrets(cfg.secretKeyBase)
  const identity = new IdentityService(cfg, plcUrl, rotationKey)
  const accounts = new AccountStore(
    storage.accountDb,
    storage.accountSqlite,
    secrets.appPasswordKey,
    {
      key: secrets.emailTokenKey,
      // Without SMTP the operator's console is the only way a code reaches its owner.
      keepPlaintext: cfg.smtp === undefined,
    },
  )
  const tokens = new SessionTokens(
    secrets.jwtKey,
    cfg.serviceDid,
    cfg.accessTokenTtlSeconds,
    cfg.refreshTokenTtlSeconds,
  )
  const sessions = new SessionStore(
    storage.accountDb,
    storage.accountSqlite,
    accounts.appPasswords,
    tokens,
    cfg.refreshGraceSeconds * 1000,
  )
  const adminToken = new AdminToken({
    hash: cfg.adminTokenHash,
    key: secrets.adminTokenKey,
    limits: cfg.adminAuth,
    ...ops,
  })
  const auth = new AuthVerifier(
    accounts,
    sessions,
    tokens,
    adminToken,
    () => identity.resolver(),
    cfg.serviceDid,
    oauth,
    ops.metrics.timing,
  )
  return { identity, accounts, sessions, auth, adminToken }
}
