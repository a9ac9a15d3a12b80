import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import {
  type BackupResult,
  BackupService,
  createBackupStore,
} from '../admin/backup/backup-service.ts'
import type { StoredBackup } from '../admin/backup/backup-store.ts'
import { archiveTime, type BackupManifest } from '../admin/backup/manifest.ts'
import { restoreArchive, verifyArchive } from '../admin/backup/restore.ts'
import { loadConfig } from '../config.ts'
import { openStorage } from '../context.ts'
import { createLogger } from '../logger.ts'
import { dataDirLayout } from '../storage/data-dir.ts'
import { readVersion } from '../version.ts'

/** The words after `tempest backup <sub>`, with the options that subcommand takes. */
function parse(argv: string[], options: Record<string, { type: 'string' | 'boolean' }>) {
  const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true })
  return { values, args: positionals.slice(2) }
}

/**
 * Makes a backup beside the running server (SQLite's online backup needs no lock): stored under
 * the data dir's backups/, or uploaded to the backup bucket with --upload.
 */
export async function backupCreate(argv: string[]): Promise<BackupResult> {
  const { values } = parse(argv, { upload: { type: 'boolean' } })
  const cfg = loadConfig(process.env, readVersion())
  const layout = dataDirLayout(cfg.dataDir)
  const storage = await openStorage(layout)
  const service = new BackupService({
    cfg,
    layout,
    accountDb: storage.accountDb,
    logger: createLogger('silent'),
    store: createBackupStore(cfg, layout, values.upload ? 's3' : 'local'),
  })
  try {
    return await service.create()
  } finally {
    await service.close()
    await storage.close()
  }
}

/** Local archives, and the backup bucket's when TEMPEST_BACKUP_STORE=s3. */
export async function backupList(): Promise<Array<StoredBackup & { store: string }>> {
  const cfg = loadConfig(process.env, readVersion())
  const layout = dataDirLayout(cfg.dataDir)
  const kinds = cfg.backupStore.kind === 's3' ? (['local', 's3'] as const) : (['local'] as const)
  const found: Array<StoredBackup & { store: string }> = []
  for (const kind of kinds) {
    const store = createBackupStore(cfg, layout, kind)
    try {
      if (kind === 'local' && !existsSync(layout.backups)) continue
      for (const b of await store.list()) found.push({ ...b, store: kind })
    } finally {
      store.close()
    }
  }
  return found
}

/**
 * Runs `fn` on a local archive file: the path given, or a stored archive by name (in backups/,
 * else the backup bucket), downloaded for the duration.
 */
async function withArchive<T>(archive: string, fn: (file: string) => Promise<T>): Promise<T> {
  if (existsSync(archive) || !archiveTime(archive)) return fn(archive)
  const cfg = loadConfig(process.env, readVersion())
  const layout = dataDirLayout(cfg.dataDir)
  const local = path.join(layout.backups, archive)
  if (existsSync(local)) return fn(local)
  const store = createBackupStore(cfg, layout, 's3')
  try {
    const fetched = await store.fetch(archive, os.tmpdir())
    try {
      return await fn(fetched.file)
    } finally {
      await fetched.cleanup()
    }
  } finally {
    store.close()
  }
}

export async function backupVerify(argv: string[]): Promise<BackupManifest> {
  const { args } = parse(argv, {})
  const [archive] = args
  if (!archive) throw new Error('usage: tempest backup verify <archive>')
  return withArchive(archive, (file) => verifyArchive(file, os.tmpdir()))
}

export async function backupRestore(argv: string[]): Promise<BackupManifest> {
  const { values, args } = parse(argv, { target: { type: 'string' } })
  const [archive] = args
  const target = values.target
  if (!archive || typeof target !== 'string') {
    throw new Error('usage: tempest backup restore <archive> --target <empty dir>')
  }
  return withArchive(archive, (file) => restoreArchive(file, path.resolve(target)))
}

export function formatManifest(manifest: BackupManifest): string {
  const repos = manifest.files.filter((f) => f.path.startsWith('repos/')).length
  const blobs = manifest.files.filter((f) => f.path.startsWith('blobs/')).length
  return `${manifest.files.length} files (${repos} repos, ${blobs} blobs), sequencer head ${manifest.sequencerHead}, made ${manifest.createdAt} by Tempest ${manifest.tempestVersion}`
}
