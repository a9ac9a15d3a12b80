import { randomBytes } from 'node:crypto'
import { rm, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Kysely } from 'kysely'
import type { AccountDbSchema } from '../../account/schema.ts'
import type { Config } from '../../config.ts'
import type { Logger } from '../../logger.ts'
import type { DataDirLayout } from '../../storage/data-dir.ts'
import { BackupVerifyError, packArchive } from './archive.ts'
import {
  type BackupStore,
  LocalBackupStore,
  S3BackupStore,
  type StoredBackup,
} from './backup-store.ts'
import { archiveName } from './manifest.ts'
import { verifyArchive } from './restore.ts'
import { snapshotDataDir } from './snapshot.ts'

/** server_state key holding the last backup's result (JSON), written by the server and the CLI. */
const LAST_BACKUP_KEY = 'backup.last'

export interface BackupResult {
  ok: boolean
  store: 'local' | 's3'
  startedAt: string
  finishedAt: string
  name?: string
  size?: number
  sequencerHead?: number
  /** Why it failed. */
  error?: string
}

export type BackupConfig = Pick<
  Config,
  'version' | 'hostname' | 'blobStore' | 'backupStore' | 'backupRetain' | 'backupIntervalMinutes'
>

/** The configured backup store (TEMPEST_BACKUP_STORE), or the local one when `local` is asked for. */
export function createBackupStore(
  cfg: BackupConfig,
  layout: DataDirLayout,
  kind: 'local' | 's3' = cfg.backupStore.kind,
): BackupStore {
  if (kind === 'local') return new LocalBackupStore(layout.backups)
  if (cfg.backupStore.kind !== 's3') {
    throw new Error('uploading needs TEMPEST_BACKUP_STORE=s3 and the TEMPEST_BACKUP_S3_* variables')
  }
  return new S3BackupStore(cfg.backupStore.s3)
}

export class BackupFailedError extends Error {}

export class BackupNotFoundError extends Error {
  constructor(name: string) {
    super(`no stored backup named ${name}`)
  }
}

/**
 * Makes backups (one at a time), keeps the newest `backupRetain` in the store, records the last
 * result in account.sqlite, and runs them every TEMPEST_BACKUP_INTERVAL_MINUTES when scheduled.
 */
export class BackupService {
  private running: Promise<BackupResult> | null = null
  private timer: NodeJS.Timeout | undefined
  private closed = false

  constructor(
    private readonly opts: {
      cfg: BackupConfig
      layout: DataDirLayout
      accountDb: Kysely<AccountDbSchema>
      logger: Logger
      store: BackupStore
    },
  ) {}

  get storeKind(): 'local' | 's3' {
    return this.opts.store.kind
  }

  /** Makes a backup now; throws BackupFailedError (after recording the failure) when it fails. */
  async create(): Promise<BackupResult> {
    if (this.running) throw new BackupFailedError('a backup is already running')
    this.running = this.run()
    try {
      const result = await this.running
      if (!result.ok) throw new BackupFailedError(result.error)
      return result
    } finally {
      this.running = null
    }
  }

  list(): Promise<StoredBackup[]> {
    return this.opts.store.list()
  }

  /**
   * Verifies a stored archive completely (checksums, SQLite integrity, every repo). Resolves with
   * the problems found, each naming its file; an unknown name is reported as BackupNotFound.
   */
  async verify(name: string): Promise<{ files: number | undefined; problems: string[] }> {
    if (!(await this.list()).some((b) => b.name === name)) throw new BackupNotFoundError(name)
    const fetched = await this.opts.store.fetch(name, this.opts.layout.tmp)
    try {
      const manifest = await verifyArchive(fetched.file, this.opts.layout.tmp)
      return { files: manifest.files.length, problems: [] }
    } catch (err) {
      if (err instanceof BackupVerifyError) return { files: undefined, problems: err.problems }
      return { files: undefined, problems: [err instanceof Error ? err.message : String(err)] }
    } finally {
      await fetched.cleanup()
    }
  }

  async lastResult(): Promise<BackupResult | null> {
    const row = await this.opts.accountDb
      .selectFrom('server_state')
      .select('value')
      .where('key', '=', LAST_BACKUP_KEY)
      .executeTakeFirst()
    return row ? (JSON.parse(row.value) as BackupResult) : null
  }

  /** Starts scheduled backups when an interval is configured; the first is due one interval after the last. */
  async startSchedule(): Promise<void> {
    const minutes = this.opts.cfg.backupIntervalMinutes
    if (minutes === 0) return
    const intervalMs = minutes * 60_000
    const last = await this.lastResult()
    const due = last ? Date.parse(last.startedAt) + intervalMs - Date.now() : 0
    const schedule = (delayMs: number) => {
      if (this.closed) return
      this.timer = setTimeout(() => {
        this.create()
          .catch((err: unknown) => this.opts.logger.error({ err }, 'scheduled backup failed'))
          .finally(() => schedule(intervalMs))
      }, delayMs)
      this.timer.unref()
    }
    schedule(Math.max(0, due))
  }

  async close(): Promise<void> {
    this.closed = true
    clearTimeout(this.timer)
    await this.running?.catch(() => undefined)
    this.opts.store.close()
  }

  private async run(): Promise<BackupResult> {
    const { cfg, layout, store, logger } = this.opts
    const started = new Date()
    const name = archiveName(started)
    const staging = path.join(layout.tmp, `backup-${randomBytes(6).toString('hex')}`)
    const archive = path.join(layout.tmp, name)
    let result: BackupResult
    try {
      const manifest = await snapshotDataDir({
        layout,
        staging,
        blobStore: cfg.blobStore.kind,
        s3Bucket: cfg.blobStore.kind === 's3' ? cfg.blobStore.s3.bucket : undefined,
        tempestVersion: cfg.version,
        hostname: cfg.hostname,
      })
      await packArchive(staging, manifest, archive)
      const { size } = await stat(archive)
      await store.put(name, archive, size)
      for (const old of (await store.list()).slice(cfg.backupRetain)) await store.delete(old.name)
      result = {
        ok: true,
        store: store.kind,
        name,
        size,
        sequencerHead: manifest.sequencerHead,
        startedAt: started.toISOString(),
        finishedAt: new Date().toISOString(),
      }
      logger.info({ backup: name, size, store: store.kind }, 'backup stored')
    } catch (err) {
      result = {
        ok: false,
        store: store.kind,
        startedAt: started.toISOString(),
        finishedAt: new Date().toISOString(),
        error: err instanceof Error ? err.message : String(err),
      }
      logger.error({ err }, 'backup failed')
    } finally {
      await rm(staging, { recursive: true, force: true })
      await rm(archive, { force: true })
    }
    await this.record(result)
    return result
  }

  private async record(result: BackupResult): Promise<void> {
    const value = JSON.stringify(result)
    await this.opts.accountDb
      .insertInto('server_state')
      .values({ key: LAST_BACKUP_KEY, value, updated_at: result.finishedAt })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: result.finishedAt }))
      .execute()
  }
}
