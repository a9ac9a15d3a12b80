import { createReadStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3'
import type { S3Config } from '../config.ts'

/**
 * One bucket of an S3-compatible service (AWS, Cloudflare R2, MinIO, ...), with the client settings
 * those services accept and uploads streamed from a file, so nothing is held in memory.
 */
export class S3Bucket {
  readonly client: S3Client
  readonly bucket: string

  /** `partSize`: files larger than this go up as a multipart upload of equal-sized parts (R2 requires that). */
  constructor(
    cfg: S3Config,
    private readonly partSize: number,
  ) {
    this.bucket = cfg.bucket
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

  /** Uploads `file` (of `size` bytes) as `Key`; the file is removed afterwards, uploaded or not. */
  async putFile(Key: string, file: string, size: number): Promise<void> {
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

  async delete(Key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key }))
  }

  close(): void {
    this.client.destroy()
  }
}
