import { createReadStream, createWriteStream } from 'node:fs'
import { readdir, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3'
import type { S3Config } from '../../config.ts'
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
  private readonly client: S3Client
  private readonly bucket: string

  constructor(cfg: S3Config) {
    this.bucket = cfg.bucket
    this.client = new S3Client({
      endpoint: cfg.endpoint,
      region: cfg.region,
      forcePathStyle: true,
      credentials: { accessKeyId: cfg.accessKeyId, secretAccessKey: cfg.secretAccessKey },
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    })
  }

  async put(name: string, file: string, size: number): Promise<void> {
    try {
      if (size <= PART_SIZE) {
        await this.client.send(
          new PutObjectCommand({
            Bucket: this.bucket,
            Key: name,
            Body: createReadStream(file),
            ContentLength: size,
          }),
        )
      } else {
        await this.putMultipart(name, file, size)
      }
    } finally {
      await rm(file, { force: true })
    }
  }

  private async putMultipart(Key: string, file: string, size: number): Promise<void> {
    const { UploadId } = await this.client.send(
      new CreateMultipartUploadCommand({ Bucket: this.bucket, Key }),
    )
    try {
      const parts = []
      for (let start = 0, PartNumber = 1; start < size; start += PART_SIZE, PartNumber++) {
        const end = Math.min(start + PART_SIZE, size) - 1
        const { ETag } = await this.client.send(
          new UploadPartCommand({
            Bucket: this.bucket,
            Key,
            UploadId,
            PartNumber,
            Body: createReadStream(file, { start, end }),
            ContentLength: end - start + 1,
          }),
        )
        parts.push({ ETag, PartNumber })
      }
      await this.client.send(
        new CompleteMultipartUploadCommand({
          Bucket: this.bucket,
          Key,
          UploadId,
          MultipartUpload: { Parts: parts },
        }),
      )
    } catch (err) {
      await this.client
        .send(new AbortMultipartUploadCommand({ Bucket: this.bucket, Key, UploadId }))
        .catch(() => undefined)
      throw err
    }
  }

  async list(): Promise<StoredBackup[]> {
    const found: StoredBackup[] = []
    let token: string | undefined
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({
          Bucket: this.bucket,
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
    const res = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: name }))
    if (!(res.Body instanceof Readable)) throw new Error('S3 GetObject returned no body stream')
    const file = path.join(tmpDir, `download-${name}`)
    await pipeline(res.Body, createWriteStream(file, { mode: 0o600 }))
    return { file, cleanup: () => rm(file, { force: true }) }
  }

  async delete(name: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: name }))
  }

  close(): void {
    this.client.destroy()
  }
}
