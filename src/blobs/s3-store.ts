import { Readable } from 'node:stream'
import type { S3Config } from '../config.ts'
import { S3Bucket } from '../storage/s3-bucket.ts'
import {
  BlobMissingError,
  blobKey,
  type BlobStore,
  type ByteRange,
  parseBlobKey,
  type StoredObject,
} from './blob-store.ts'

/** 8 MiB: above S3's 5 MiB minimum part size, small enough that retries stay cheap. */
const DEFAULT_PART_SIZE = 8 * 1024 * 1024

/**
 * Blobs as objects `<account>/<cid>` in an S3-compatible bucket. Bodies are streamed from the
 * staging file; files larger than one part go up as a multipart upload.
 */
export class S3BlobStore implements BlobStore {
  readonly kind = 's3'
  private readonly s3: S3Bucket

  constructor(cfg: S3Config, opts: { partSize?: number } = {}) {
    this.s3 = new S3Bucket(cfg, opts.partSize ?? DEFAULT_PART_SIZE)
  }

  async putFile(did: string, cid: string, file: string, size: number): Promise<void> {
    await this.s3.putFile(blobKey(did, cid), file, size)
  }

  async get(did: string, cid: string, range?: ByteRange): Promise<Readable> {
    const { sdk, client } = await this.s3.connect()
    try {
      const res = await client.send(
        new sdk.GetObjectCommand({
          Bucket: this.s3.bucket,
          Key: blobKey(did, cid),
          Range: range ? `bytes=${range.start}-${range.end}` : undefined,
        }),
      )
      if (!(res.Body instanceof Readable)) throw new Error('S3 GetObject returned no body stream')
      return res.Body
    } catch (err) {
      if (err instanceof sdk.NoSuchKey) throw new BlobMissingError(did, cid)
      throw err
    }
  }

  async has(did: string, cid: string): Promise<boolean> {
    const { sdk, client } = await this.s3.connect()
    try {
      await client.send(
        new sdk.HeadObjectCommand({ Bucket: this.s3.bucket, Key: blobKey(did, cid) }),
      )
      return true
    } catch (err) {
      if (err instanceof sdk.NotFound || err instanceof sdk.NoSuchKey) return false
      throw err
    }
  }

  async delete(did: string, cid: string): Promise<void> {
    await this.s3.delete(blobKey(did, cid))
  }

  async *list(): AsyncGenerator<StoredObject> {
    for await (const object of this.s3.list()) {
      const key = parseBlobKey(object.key)
      if (key) yield { ...key, modifiedAt: object.lastModified }
    }
  }

  close(): void {
    this.s3.close()
  }
}
