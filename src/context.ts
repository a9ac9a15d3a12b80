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
 * Everything a request handler or background job needs, built once at start-up and passed
 * explicitly. `close()` releases it all in reverse order of creation.
 */
export class AppContext {
  private constructor(
    readonly cfg: Config,
    readonly logger: Logger,
    readonly dataDir: DataDirLayout,
    readonly accountSqlite: SqliteDb,
    readonly accountDb: Kysely<AccountDbSchema>,
    readonly sequencerSqlite: SqliteDb,
    readonly rotationKey: Secp256k1Keypair,
    /** The did:plc directory in use (the configured one, or the embedded development one). */
    readonly plcUrl: string,
    private readonly closers: Array<() => Promise<void> | void>,
  ) {}

  /** Opens (creating and migrating when needed) the data dir; takes the writer lock. */
  static async create(cfg: Config, logger: Logger, opts: { plcUrl: string }): Promise<AppContext> {
    const closers: Array<() => Promise<void> | void> = []
    try {
      const layout = dataDirLayout(cfg.dataDir)
      ensureDataDir(layout)
      closers.push(lockDataDir(layout))
      const storage = await openStorage(layout)
      closers.push(storage.close)
      const rotationKey = await loadOrCreateRotationKey(layout.keys)
      return new AppContext(
        cfg,
        logger,
        layout,
        storage.accountSqlite,
        storage.accountDb,
        storage.sequencerSqlite,
        rotationKey,
        opts.plcUrl,
        closers,
      )
    } catch (err) {
      await runClosers(closers)
      throw err
    }
  }

  async close(): Promise<void> {
    await runClosers(this.closers)
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
