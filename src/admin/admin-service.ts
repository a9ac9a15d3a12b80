import type { Kysely } from 'kysely'
import type { AccountDbSchema } from '../account/schema.ts'
import type { SqliteDb } from '../db/sqlite.ts'
import type { Logger } from '../logger.ts'
import type { DataDirLayout } from '../storage/data-dir.ts'
import { type BackupConfig, BackupService, createBackupStore } from './backup/backup-service.ts'
import { RecordTakedowns } from './record-takedowns.ts'

/** The operator's services (`ctx.admin`): backups, record takedowns, and the start time for status. */
export class AdminService {
  readonly startedAt = new Date()
  readonly records: RecordTakedowns
  readonly backups: BackupService

  constructor(deps: {
    cfg: BackupConfig
    layout: DataDirLayout
    accountSqlite: SqliteDb
    accountDb: Kysely<AccountDbSchema>
    logger: Logger
  }) {
    this.records = new RecordTakedowns(deps.accountSqlite)
    this.backups = new BackupService({
      cfg: deps.cfg,
      layout: deps.layout,
      accountDb: deps.accountDb,
      logger: deps.logger,
      store: createBackupStore(deps.cfg, deps.layout),
    })
  }

  /** Starts scheduled backups (when configured); returns the closer. */
  async start(): Promise<() => Promise<void>> {
    await this.backups.startSchedule()
    return () => this.backups.close()
  }
}
