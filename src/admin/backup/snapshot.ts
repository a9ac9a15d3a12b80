import { copyFile, link, mkdir, readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import Database from 'better-sqlite3'
import { accountDidsIn } from '../../account/account-store.ts'
import { blobsIn } from '../../blobs/blob-metadata.ts'
import { blobKey } from '../../blobs/blob-store.ts'
import type { SqliteDb } from '../../db/sqlite.ts'
import { repoFileDid } from '../../repo/repo-snapshot.ts'
import { headSeqIn } from '../../sequencer/sequencer.ts'
import type { DataDirLayout } from '../../storage/data-dir.ts'
import { type BackupManifest, hashFile, MANIFEST_NAME, newManifest } from './manifest.ts'

const S3_BLOB_LISTING = 'blobs-s3.json'

interface Source {
  /** Path in the archive. */
  name: string
  db: SqliteDb
}

function openForSnapshot(file: string): SqliteDb | null {
  try {
    const db = new Database(file, { fileMustExist: true })
    db.pragma('busy_timeout = 5000')
    return db
  } catch (err) {
    // A repo file deleted since the directory was listed (account deletion).
    if ((err as { code?: string }).code === 'SQLITE_CANTOPEN') return null
    throw err
  }
}

/**
 * Copies a consistent snapshot of the data dir into `staging` and returns its manifest (also
 * written there). Read transactions are opened on account.sqlite, sequencer.sqlite and every repo
 * file back to back, in one synchronous loop, so all of them show the same moment; SQLite's online
 * backup API then copies each from its transaction while the server keeps writing. Repo files of
 * accounts absent from that account snapshot (deleted, or half-created) are left out. Local blobs
 * are hard-linked (they are immutable); S3 blobs are listed by key.
 */
export async function snapshotDataDir(opts: {
  layout: DataDirLayout
  staging: string
  blobStore: 'local' | 's3'
  s3Bucket?: string
  tempestVersion: string
  hostname: string
}): Promise<BackupManifest> {
  const { layout, staging } = opts
  const repoNames = (await readdir(layout.repos)).filter((n) => n.endsWith('.sqlite'))
  const sources: Source[] = []
  try {
    for (const [name, file] of [
      ['account.sqlite', layout.accountDb],
      ['sequencer.sqlite', layout.sequencerDb],
    ] as const) {
      const db = openForSnapshot(file)
      if (!db) throw new Error(`${file} is missing`)
      sources.push({ name, db })
    }
    for (const repo of repoNames) {
      const db = openForSnapshot(path.join(layout.repos, repo))
      if (db) sources.push({ name: `repos/${repo}`, db })
    }
    // The same moment everywhere: nothing else runs in this process between these statements.
    for (const { db } of sources) {
      db.exec('BEGIN')
      db.prepare('SELECT count(*) FROM sqlite_master').get()
    }
    const [account, sequencer, ...repos] = sources as [Source, Source, ...Source[]]
    const dids = new Set(accountDidsIn(account.db))
    const blobs = blobsIn(account.db)
    const sequencerHead = headSeqIn(sequencer.db)
    const included = repos.filter(({ db }) => {
      const did = repoFileDid(db)
      return did !== undefined && dids.has(did)
    })

    await mkdir(path.join(staging, 'repos'), { recursive: true })
    for (const source of [account, sequencer, ...included]) {
      await source.db.backup(path.join(staging, source.name))
    }
    for (const { db } of sources) db.exec('COMMIT')

    const files: string[] = ['account.sqlite', 'sequencer.sqlite', ...included.map((s) => s.name)]
    files.push(...(await copyKeys(layout.keys, staging)))
    if (opts.blobStore === 'local') {
      files.push(...(await linkBlobs(layout.blobs, staging, blobs)))
    } else {
      const listing = {
        bucket: opts.s3Bucket,
        blobs: blobs.map((b) => ({ key: blobKey(b.did, b.cid), ...b })),
      }
      await writeFile(path.join(staging, S3_BLOB_LISTING), JSON.stringify(listing))
      files.push(S3_BLOB_LISTING)
    }

    const manifest = newManifest({
      tempestVersion: opts.tempestVersion,
      createdAt: new Date().toISOString(),
      hostname: opts.hostname,
      sequencerHead,
      blobStore: opts.blobStore,
      files: [],
    })
    for (const file of files) {
      manifest.files.push({ path: file, ...(await hashFile(path.join(staging, file))) })
    }
    await writeFile(path.join(staging, MANIFEST_NAME), JSON.stringify(manifest, null, 2))
    return manifest
  } finally {
    for (const { db } of sources) db.close()
  }
}

async function copyKeys(keysDir: string, staging: string): Promise<string[]> {
  await mkdir(path.join(staging, 'keys'), { recursive: true, mode: 0o700 })
  const names: string[] = []
  for (const entry of await readdir(keysDir, { withFileTypes: true })) {
    if (!entry.isFile()) continue
    await copyFile(path.join(keysDir, entry.name), path.join(staging, 'keys', entry.name))
    names.push(`keys/${entry.name}`)
  }
  return names
}

/** Links every blob the account snapshot knows; one deleted since (a sweep) is skipped. */
async function linkBlobs(
  blobsDir: string,
  staging: string,
  blobs: Array<{ did: string; cid: string }>,
): Promise<string[]> {
  const names: string[] = []
  for (const { did, cid } of blobs) {
    const key = blobKey(did, cid)
    const target = path.join(staging, 'blobs', ...key.split('/'))
    await mkdir(path.dirname(target), { recursive: true })
    try {
      await link(path.join(blobsDir, ...key.split('/')), target)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue
      throw err
    }
    names.push(`blobs/${key}`)
  }
  return names
}
