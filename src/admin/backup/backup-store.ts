import { createWriteStream } from 'node:fs'
import { readdir, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { S3Config } from '../../config.ts'
import { S3Bucket } from '../../storage/s3-bucket.ts'
import { archiveTime } from './manifest.ts'

export interface StoredBackup {
  name: string
  createdAt: string
  size: number
}

/** Where finished archives are kept: the data dir's `backups/`, or an S3 bucket. */
export interface BackupStore {
  readonly kind: 'local' | 's3'
  /** Takes over a finished archive file (moved or uploaded; the file is gone afterwards). */
  put(name: string, file: string, size: number): Promise<void>
  /** Archives, newest first. */
  list(): Promise<StoredBackup[]>
  /** A local file holding the archive: the stored file itself, or a download into `tmpDir`. */
  fetch(name: string, tmpDir: string): Promise<{ file: string; cleanup(): Promise<void> }>
  delete(name: string): Promise<void>
  close(): void
}

function stored(name: string, size: number): StoredBackup | null {
  const time = archiveTime(name)
  return time ? { name, size, createdAt: time.toISOString() } : null
}

function newestFirst(a: StoredBackup, b: StoredBackup): number {
  return a.name < b.name ? 1 : a.name > b.name ? -1 : 0
}

export class LocalBackupStore implements BackupStore {
  readonly kind = 'local'

  constructor(private readonly dir: string) {}

  async put(name: string, file: string): Promise<void> {
    await rename(file, path.join(this.dir, name))
  }

  async list(): Promise<StoredBackup[]> {
    const found: StoredBackup[] = []
    for (const name of await readdir(this.dir)) {
      const info = await stat(path.join(this.dir, name)).catch(() => null)
      const backup = info?.isFile() ? stored(name, info.size) : null
      if (backup) found.push(backup)
    }
    return found.sort(newestFirst)
  }

  async fetch(name: string) {
    if (!archiveTime(name)) throw new Error(`not a backup archive name: ${name}`)
    const file = path.join(this.dir, name)
    await stat(file)
    return { file, cleanup: async () => {} }
  }

  async delete(name: string): Promise<void> {
    await rm(path.join(this.dir, name), { force: true })
  }

  close(): void {}
}

/** Archives above this go up as a multipart upload (S3 caps a single PUT at 5 GiB). */
const PART_SIZE = 64 * 1024 * 1024

export class S3BackupStore implements BackupStore {
  readonly kind = 's3'
  private readonly s3: S3Bucket

  constructor(cfg: S3Config) {
    this.s3 = new S3Bucket(cfg, PART_SIZE)
  }

  async put(name: string, file: string, size: number): Promise<void> {
    await this.s3.putFile(name, file, size)
  }

  async list(): Promise<StoredBackup[]> {
    const { sdk, client } = await this.s3.connect()
    const found: StoredBackup[] = []
    let token: string | undefined
    do {
      const page = await client.send(
        new sdk.ListObjectsV2Command({
          Bucket: this.s3.bucket,
          Prefix: 'tempest-backup-',
          ContinuationToken: token,
        }),
      )
      for (const obj of page.Contents ?? []) {
        const backup = obj.Key ? stored(obj.Key, obj.Size ?? 0) : null
        if (backup) found.push(backup)
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined
    } while (token)
    return found.sort(newestFirst)
  }

  async fetch(name: string, tmpDir: string) {
    if (!archiveTime(name)) throw new Error(`not a backup archive name: ${name}`)
    const { sdk, client } = await this.s3.connect()
    const res = await client.send(new sdk.GetObjectCommand({ Bucket: this.s3.bucket, Key: name }))
    if (!(res.Body instanceof Readable)) throw new Error('S3 GetObject returned no body stream')
    const file = path.join(tmpDir, `download-${name}`)
    await pipeline(res.Body, createWriteStream(file, { mode: 0o600 }))
    return { file, cleanup: () => rm(file, { force: true }) }
  }

  async delete(name: string): Promise<void> {
    await this.s3.delete(name)
  }

  close(): void {
    this.s3.close()
  }
}
