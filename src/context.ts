import type { Secp256k1Keypair } from '@atproto/crypto'
import type { Kysely } from 'kysely'
import { accountMigrations } from './account/migrations/index.ts'
import type { AccountDbSchema } from './account/schema.ts'
import type { Config } from './config.ts'
import { migrateToLatest } from './db/migrate.ts'
import { kyselyFor, openSqlite, type SqliteDb } from './db/sqlite.ts'
import type { Logger } from './logger.ts'
import { sequencerMigrations } from './sequencer/migrations.ts'
import {
  dataDirLayout,
  ensureDataDir,
  lockDataDir,
  type DataDirLayout,
} from './storage/data-dir.ts'
import { loadOrCreateRotationKey } from './storage/server-keys.ts'

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
  rotationKey: Secp256k1Keypair
  /** The did:plc directory in use (the configured one, or the embedded development one). */
  plcUrl: string
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
    const dataDir = dataDirLayout(cfg.dataDir)
    ensureDataDir(dataDir)
    closers.push(lockDataDir(dataDir))
    const storage = await openStorage(dataDir)
    closers.push(storage.close)
    const rotationKey = await loadOrCreateRotationKey(dataDir.keys)
    return {
      cfg,
      logger,
      dataDir,
      accountSqlite: storage.accountSqlite,
      accountDb: storage.accountDb,
      sequencerSqlite: storage.sequencerSqlite,
      rotationKey,
      plcUrl: opts.plcUrl,
      close: () => runClosers(closers),
    }
  } catch (err) {
    await runClosers(closers)
    throw err
  }
}

async function runClosers(closers: Array<() => Promise<void> | void>): Promise<void> {
  for (const close of closers.splice(0).reverse()) await close()
}

/** Opens and migrates account.sqlite and sequencer.sqlite (also used by `tempest storage setup`). */
export async function openStorage(layout: DataDirLayout) {
  const accountSqlite = openSqlite(layout.accountDb)
  const accountDb = kyselyFor<AccountDbSchema>(accountSqlite)
  // The event log is what relays replay from, so its writes are fsynced (survive power loss).
  const sequencerSqlite = openSqlite(layout.sequencerDb, { fullSync: true })
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
