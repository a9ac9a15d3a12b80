import { randomBytes } from 'node:crypto'
import { mkdir, readdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { migrateToLatest } from '../../db/migrate.ts'
import { kyselyFor, openSqlite } from '../../db/sqlite.ts'
import { sequencerMigrations } from '../../sequencer/migrations.ts'
import { requestResyncAll } from '../../sequencer/sequencer.ts'
import { dataDirLayout, ensureDataDir, type DataDirLayout } from '../../storage/data-dir.ts'
import { BackupVerifyError, checkFilesAgainstManifest, extractArchive } from './archive.ts'
import { checkDatabases } from './check.ts'
import type { BackupManifest } from './manifest.ts'

async function unpackAndCheck(archive: string, dir: string): Promise<BackupManifest> {
  const manifest = await extractArchive(archive, dir)
  const problems = await checkDatabases(dir, manifest)
  if (problems.length > 0) throw new BackupVerifyError(path.basename(archive), problems)
  return manifest
}

/**
 * Verifies an archive completely: every file's checksum, SQLite integrity of every database, and
 * every repo (blocks, MST, signature). It is unpacked into a scratch dir under `workDir`, removed
 * afterwards.
 */
export async function verifyArchive(archive: string, workDir: string): Promise<BackupManifest> {
  const scratch = path.join(workDir, `backup-verify-${randomBytes(6).toString('hex')}`)
  try {
    return await unpackAndCheck(archive, scratch)
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

/**
 * Restores an archive into an empty (or new) data dir. The archive is unpacked and verified in a
 * scratch dir inside the target, moved into place, and the result verified again; on any failure
 * the target is left empty. Blobs kept in S3 stay in their bucket (the archive lists their keys).
 */
export async function restoreArchive(archive: string, target: string): Promise<BackupManifest> {
  await mkdir(target, { recursive: true, mode: 0o700 })
  const existing = await readdir(target)
  if (existing.length > 0) {
    throw new Error(`restore target ${target} is not empty; restore only into an empty directory`)
  }
  const scratch = path.join(target, `.restore-${randomBytes(6).toString('hex')}`)
  try {
    const manifest = await unpackAndCheck(archive, scratch)
    for (const entry of await readdir(scratch)) {
      await rename(path.join(scratch, entry), path.join(target, entry))
    }
    await rm(scratch, { recursive: true, force: true })
    ensureDataDir(dataDirLayout(target))
    const problems = [
      ...(await checkFilesAgainstManifest(target, manifest)),
      ...(await checkDatabases(target, manifest)),
    ]
    if (problems.length > 0) throw new BackupVerifyError(path.basename(archive), problems)
    await announceOnStart(dataDirLayout(target))
    return manifest
  } catch (err) {
    for (const entry of await readdir(target)) {
      await rm(path.join(target, entry), { recursive: true, force: true })
    }
    throw err
  }
}

/**
 * Relays may have seen commits made after the backup (or none of the last ones), so no restored
 * head can be trusted to match what they last saw: the restored server's first start announces
 * every active account's repo with `#sync` before it answers. Done at that start rather than here
 * so the events are sequenced by the server itself, after the seq the archive ends at, with the
 * account states it will serve.
 */
async function announceOnStart(layout: DataDirLayout): Promise<void> {
  const sqlite = openSqlite(layout.sequencerDb)
  const db = kyselyFor<unknown>(sqlite)
  try {
    await migrateToLatest(db, sequencerMigrations)
    requestResyncAll(sqlite)
  } finally {
    await db.destroy()
  }
}
