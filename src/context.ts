import type { Kysely } from 'kysely'
import { accountMigrations } from './account/migrations/index.ts'
import type { AccountDbSchema } from './account/schema.ts'
import type { Config } from './config.ts'
import type { NativeSecp256k1Keypair } from './crypto/secp256k1-keypair.ts'
import type { AccountStore } from './account/account-store.ts'
import { AdminService } from './admin/admin-service.ts'
import { activateAccount, deactivateAccount } from './account/lifecycle.ts'
import { PreferenceStore } from './account/preferences.ts'
import { createAccount } from './account/signup.ts'
import { login } from './auth/login.ts'
import { createAccountServices } from './auth/services.ts'
import type { SessionStore } from './auth/sessions.ts'
import type { AdminToken } from './auth/admin-token.ts'
import type { AuthVerifier } from './auth/verifier.ts'
import type { BlobService } from './blobs/blob-service.ts'
import { createBlobService } from './blobs/create.ts'
import { migrateToLatest } from './db/migrate.ts'
import { Mailer } from './email/mailer.ts'
import { kyselyFor, openSqlite, type SqliteDb } from './db/sqlite.ts'
import { WalCheckpoints } from './db/wal-checkpoints.ts'
import { checkHandleForAccount } from './identity/handle-check.ts'
import type { IdentityService } from './identity/identity-service.ts'
import type { Logger } from './logger.ts'
import { OAuthAccess } from './oauth/access.ts'
import { Metrics } from './metrics/metrics.ts'
import type { OAuthAccountFlows } from './oauth/account-flows.ts'
import { LazyOAuthProvider } from './oauth/lazy-provider.ts'
import { ProxyService } from './proxy/proxy-service.ts'
import { Crawlers } from './sequencer/crawlers.ts'
import { sequencerMigrations } from './sequencer/migrations.ts'
import { Sequencer } from './sequencer/sequencer.ts'
import { createRepoManager } from './repo/create.ts'
import type { RepoManager } from './repo/repo-manager.ts'
import { RepoStoreCache } from './repo/store-cache.ts'
import {
  dataDirLayout,
  ensureDataDir,
  lockDataDir,
  type DataDirLayout,
} from './storage/data-dir.ts'
import { loadOrCreateRotationKey } from './storage/server-keys.ts'

/** How often temporary blobs past their grace period are swept (sooner when the grace is shorter). */
const BLOB_SWEEP_MS = 10 * 60 * 1000

/**
 * Everything a request handler or background job needs, built once at start-up by
 * `createAppContext` and passed explicitly. Services add a field here and one line in the factory.
 */
export interface AppContext {
  cfg: Config
  logger: Logger
  dataDir: DataDirLayout
  accountSqlite: SqliteDb
  accountDb: Kysely<AccountDbSchema>
  sequencerSqlite: SqliteDb
  /** Relays told about new events (TEMPEST_CRAWLERS). */
  crawlers: Crawlers
  /** The firehose event log and its live fan-out. */
  sequencer: Sequencer
  /** Blob uploads, reads and lifecycle (local disk or S3). */
  blobs: BlobService
  rotationKey: NativeSecp256k1Keypair
  /** The did:plc directory in use (the configured one, or the embedded development one). */
  plcUrl: string
  /** Accounts and their credentials (account.sqlite). */
  accounts: AccountStore
  /** Login sessions (refresh-token families). */
  sessions: SessionStore
  /** Auth verifiers for handlers: who may call what. */
  auth: AuthVerifier
  /** The operator's admin token, throttled; shared by the XRPC admin methods and the console. */
  adminToken: AdminToken
  /** Prometheus metrics (GET /metrics). */
  metrics: Metrics
  /** PLC directory, DID/handle resolution, did:web documents. */
  identity: IdentityService
  /** Every account's repo: the commit writer and repo reads. */
  repos: RepoManager
  /** Private per-account preferences (app.bsky.actor.get/putPreferences). */
  preferences: PreferenceStore
  /** Sends the server's emails (one-time codes); every method throws `EmailNotConfigured` without SMTP. */
  mailer: Mailer
  /** Forwards methods other services own (AppView, chat, moderation, atproto-proxy targets). */
  proxy: ProxyService
  /** The OAuth authorization server (PAR, sign-in/consent pages, tokens, DPoP), created on first use. */
  oauth: LazyOAuthProvider
  /** Operator services: backups (scheduled and on demand), record takedowns, start time. */
  admin: AdminService
  /** Releases everything, in reverse order of creation. */
  close(): Promise<void>
}

/** Opens (creating and migrating when needed) the data dir and takes the writer lock. */
export async function createAppContext(
  cfg: Config,
  logger: Logger,
  opts: { plcUrl: string },
): Promise<AppContext> {
  const closers: Array<() => Promise<void> | void> = []
  try {
    const metrics = new Metrics({ serverTiming: cfg.serverTiming })
    const dataDir = dataDirLayout(cfg.dataDir)
    ensureDataDir(dataDir)
    closers.push(lockDataDir(dataDir))
    const storage = await openStorage(dataDir)
    closers.push(storage.close)
    const rotationKey = await loadOrCreateRotationKey(dataDir.keys)
    const checkpoints = new WalCheckpoints((err, file) =>
      logger.error({ err, file }, 'WAL checkpoint failed'),
    )
    closers.push(() => checkpoints.close())
    const crawlers = new Crawlers({ hostname: cfg.hostname, urls: cfg.crawlers, logger })
    closers.push(() => crawlers.close())
    const sequencer = new Sequencer(storage.sequencerSqlite, {
      logger,
      crawlers,
      retainHours: cfg.sequencerRetainHours,
      checkpoints,
    })
    closers.push(() => sequencer.close())
    // The repo files, open ones cached: read and written by `repos`, read by `blobs`.
    const repoFiles = new RepoStoreCache(dataDir.repos, { checkpoints })
    closers.push(() => repoFiles.closeAll())
    const blobs = createBlobService(cfg, dataDir, storage, repoFiles, logger)
    closers.push(() => blobs.store.close())
    closers.push(blobs.startSweeper(Math.min(cfg.blobTempGraceSeconds * 1000, BLOB_SWEEP_MS)))
    const accountServices = createAccountServices(
      cfg,
      storage,
      opts.plcUrl,
      rotationKey,
      // Called on a request with a DPoP token, after `oauth` below exists.
      new OAuthAccess(cfg, () => oauth.get()),
      { logger, metrics },
    )
    const repos = createRepoManager({
      stores: repoFiles,
      accounts: accountServices.accounts,
      sequencer,
      blobs,
      logger,
      metrics,
    })
    // Commits answered but not yet in the log are appended before the files close.
    closers.push(() => sequencer.flushed())
    // Before anything can answer: every commit a crash left unannounced gets its event.
    const { accounts } = accountServices
    const settled = await repos.settleAll({
      isActive: async (did) => (await accounts.getAccount(did))?.status === 'active',
      allDids: () => accounts.allDids(),
    })
    if (settled > 0) logger.info({ repos: settled }, 'settled repos left unsettled at shutdown')
    const mailer = new Mailer(cfg, logger)
    closers.push(() => mailer.close())
    const oauth = new LazyOAuthProvider(
      cfg,
      storage.accountDb,
      oauthAccountFlows({ cfg, logger, ...accountServices, repos, sequencer, blobs, mailer }),
    )
    const proxy = new ProxyService(
      cfg,
      (did) => accountServices.identity.resolveDidDoc(did),
      (did) => accountServices.accounts.getSigningKey(did),
    )
    closers.push(() => proxy.close())
    const admin = new AdminService({ cfg, layout: dataDir, logger, ...storage })
    closers.push(await admin.start())
    return {
      cfg,
      logger,
      dataDir,
      accountSqlite: storage.accountSqlite,
      accountDb: storage.accountDb,
      sequencerSqlite: storage.sequencerSqlite,
      crawlers,
      sequencer,
      blobs,
      rotationKey,
      plcUrl: opts.plcUrl,
      ...accountServices,
      metrics,
      repos,
      preferences: new PreferenceStore(storage.accountDb),
      mailer,
      proxy,
      oauth,
      admin,
      close: () => runClosers(closers),
    }
  } catch (err) {
    await runClosers(closers)
    throw err
  }
}

/** The account operations the OAuth sign-in pages use: the same use cases the XRPC methods run. */
function oauthAccountFlows(
  deps: Pick<
    AppContext,
    | 'cfg'
    | 'logger'
    | 'accounts'
    | 'identity'
    | 'repos'
    | 'sessions'
    | 'sequencer'
    | 'blobs'
    | 'mailer'
  >,
): OAuthAccountFlows {
  return {
    getAccount: (didOrHandle) => deps.accounts.getAccount(didOrHandle),
    createAccount: async (input) => (await createAccount(deps, input, null)).account,
    login: (input) => login(deps, input),
    checkHandle: async (handle) => {
      await checkHandleForAccount(deps, handle, undefined)
    },
    deactivate: (did) => deactivateAccount(deps, did),
    activate: (did) => activateAccount(deps, did),
  }
}

async function runClosers(closers: Array<() => Promise<void> | void>): Promise<void> {
  for (const close of closers.splice(0).reverse()) await close()
}

/** Opens and migrates account.sqlite and sequencer.sqlite (also used by `tempest storage setup`). */
export async function openStorage(layout: DataDirLayout) {
  const accountSqlite = openSqlite(layout.accountDb)
  const accountDb = kyselyFor<AccountDbSchema>(accountSqlite)
  // Same durability as the repo files it describes (WAL, synchronous=NORMAL: survives a process
  // crash); fsyncing every event alone would cost more than the whole rest of a write.
  const sequencerSqlite = openSqlite(layout.sequencerDb)
  const sequencerDb = kyselyFor<unknown>(sequencerSqlite)
  await migrateToLatest(accountDb as Kysely<unknown>, accountMigrations)
  await migrateToLatest(sequencerDb, sequencerMigrations)
  return {
    accountSqlite,
    accountDb,
    sequencerSqlite,
    close: async () => {
      await accountDb.destroy()
      await sequencerDb.destroy()
    },
  }
}
