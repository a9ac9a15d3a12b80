import { createReadStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import type * as S3Sdk from '@aws-sdk/client-s3'
import type { S3Config } from '../config.ts'

/** The SDK's module and this bucket's client, once loaded. */
export interface S3Connection {
  sdk: typeof S3Sdk
  client: S3Sdk.S3Client
}

/**
 * One bucket of an S3-compatible service (AWS, Cloudflare R2, MinIO, ...), with the client settings
 * those services accept and uploads streamed from a file, so nothing is held in memory. The AWS SDK
 * (tens of MB, ~0.1 s) is imported on first use, so a server that never touches S3 never loads it.
 */
export class S3Bucket {
  readonly bucket: string
  private connection?: Promise<S3Connection>

  /** `partSize`: files larger than this go up as a multipart upload of equal-sized parts (R2 requires that). */
  constructor(
    private readonly cfg: S3Config,
    private readonly partSize: number,
  ) {
    this.bucket = cfg.bucket
  }

  /** The SDK and the client, imported and created on the first call. */
  connect(): Promise<S3Connection> {
    this.connection ??= import('@aws-sdk/client-s3').then((sdk) => ({
      sdk,
      client: this.createClient(sdk),
    }))
    return this.connection
  }

  private createClient(sdk: typeof S3Sdk): S3Sdk.S3Client {
    const cfg = this.cfg
    return new sdk.S3Client({
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
      const { sdk, client } = await this.connect()
      if (size <= this.partSize) {
        await client.send(
          new sdk.PutObjectCommand({
            Bucket: this.bucket,
            Key,
            Body: createReadStream(file),
            ContentLength: size,
          }),
        )
      } else {
        await this.putMultipart({ sdk, client }, Key, file, size)
      }
    } finally {
      await rm(file, { force: true })
    }
  }

  private async putMultipart(
    { sdk, client }: S3Connection,
    Key: string,
    file: string,
    size: number,
  ): Promise<void> {
    const { UploadId } = await client.send(
      new sdk.CreateMultipartUploadCommand({ Bucket: this.bucket, Key }),
    )
    if (UploadId === undefined) throw new Error('S3 CreateMultipartUpload returned no UploadId')
    try {
      const parts = []
      for (let start = 0, PartNumber = 1; start < size; start += this.partSize, PartNumber++) {
        const end = Math.min(start + this.partSize, size) - 1
        const { ETag } = await client.send(
          new sdk.UploadPartCommand({
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
      await client.send(
        new sdk.CompleteMultipartUploadCommand({
          Bucket: this.bucket,
          Key,
          UploadId,
          MultipartUpload: { Parts: parts },
        }),
      )
    } catch (err) {
      await client
        .send(new sdk.AbortMultipartUploadCommand({ Bucket: this.bucket, Key, UploadId }))
        .catch(() => undefined)
      throw err
    }
  }

  /** Every object's key and last-modified time, a page (up to 1,000) at a time. */
  async *list(): AsyncGenerator<{ key: string; lastModified: Date }> {
    const { sdk, client } = await this.connect()
    let ContinuationToken: string | undefined
    do {
      const page = await client.send(
        new sdk.ListObjectsV2Command({ Bucket: this.bucket, ContinuationToken }),
      )
      for (const o of page.Contents ?? []) {
        if (o.Key !== undefined && o.LastModified !== undefined) {
          yield { key: o.Key, lastModified: o.LastModified }
        }
      }
      ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined
    } while (ContinuationToken !== undefined)
  }

  async delete(Key: string): Promise<void> {
    const { sdk, client } = await this.connect()
    await client.send(new sdk.DeleteObjectCommand({ Bucket: this.bucket, Key }))
  }

  close(): void {
    void this.connection?.then(({ client }) => client.destroy())
  }
}
