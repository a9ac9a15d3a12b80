import { createReadStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import { Readable } from 'node:stream'
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3'
import type { S3Config } from '../config.ts'
import { BlobMissingError, blobKey, type BlobStore, type ByteRange } from './blob-store.ts'

/** 8 MiB: above S3's 5 MiB minimum part size, small enough that retries stay cheap. */
const DEFAULT_PART_SIZE = 8 * 1024 * 1024

/**
 * Blobs as objects `<account>/<cid>` in an S3-compatible bucket (AWS, Cloudflare R2, MinIO, ...).
 * Bodies are streamed from the staging file, so nothing is held in memory; files larger than one
 * part go up as a multipart upload with equal-sized parts (R2 requires that).
 */
export class S3BlobStore implements BlobStore {
  readonly kind = 's3'
  private readonly client: S3Client
  private readonly bucket: string
  private readonly partSize: number

  constructor(cfg: S3Config, opts: { partSize?: number } = {}) {
    this.bucket = cfg.bucket
    this.partSize = opts.partSize ?? DEFAULT_PART_SIZE
    this.client = new S3Client({
      endpoint: cfg.endpoint,
      region: cfg.region,
      // Virtual-host addressing needs wildcard DNS per bucket, which self-hosted S3 services lack.
      forcePathStyle: true,
      credentials: { accessKeyId: cfg.accessKeyId, secretAccessKey: cfg.secretAccessKey },
      // The SDK's default CRC32 trailers are not accepted by R2 and most S3-compatible servers.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    })
  }

  async putFile(did: string, cid: string, file: string, size: number): Promise<void> {
    const Key = blobKey(did, cid)
    try {
      if (size <= this.partSize) {
        await this.client.send(
          new PutObjectCommand({
            Bucket: this.bucket,
            Key,
            Body: createReadStream(file),
            ContentLength: size,
          }),
        )
      } else {
        await this.putMultipart(Key, file, size)
      }
    } finally {
      await rm(file, { force: true })
    }
  }

  private async putMultipart(Key: string, file: string, size: number): Promise<void> {
    const { UploadId } = await this.client.send(
      new CreateMultipartUploadCommand({ Bucket: this.bucket, Key }),
    )
    if (UploadId === undefined) throw new Error('S3 CreateMultipartUpload returned no UploadId')
    try {
      const parts = []
      for (let start = 0, PartNumber = 1; start < size; start += this.partSize, PartNumber++) {
        const end = Math.min(start + this.partSize, size) - 1
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

  async get(did: string, cid: string, range?: ByteRange): Promise<Readable> {
    try {
      const res = await this.client.send(
        new GetObjectCommand({
          Bucket: this.bucket,
          Key: blobKey(did, cid),
          Range: range ? `bytes=${range.start}-${range.end}` : undefined,
        }),
      )
      if (!(res.Body instanceof Readable)) throw new Error('S3 GetObject returned no body stream')
      return res.Body
    } catch (err) {
      if (err instanceof NoSuchKey) throw new BlobMissingError(did, cid)
      throw err
    }
  }

  async has(did: string, cid: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: blobKey(did, cid) }))
      return true
    } catch (err) {
      if (err instanceof NotFound || err instanceof NoSuchKey) return false
      throw err
    }
  }

  async delete(did: string, cid: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: blobKey(did, cid) }))
  }

  close(): void {
    this.client.destroy()
  }
}
