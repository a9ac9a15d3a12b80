import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import S3rver from 's3rver'
import type { S3Config } from '../../src/config.ts'

export interface TestS3 {
  cfg: S3Config
  /** The same settings as TEMPEST_BLOB_* environment variables, for `startTestPds`. */
  env: Record<string, string>
  close(): Promise<void>
}

const BUCKET = 'tempest-blobs'

/** A real S3 protocol server (s3rver, file-backed) on a loopback ephemeral port with one bucket. */
export async function startTestS3(): Promise<TestS3> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'tempest-s3-'))
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: BUCKET }],
  })
  const { port } = await server.run()
  const cfg: S3Config = {
    endpoint: `http://127.0.0.1:${port}`,
    bucket: BUCKET,
    region: 'auto',
    // s3rver's built-in credentials.
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
  }
  return {
    cfg,
    env: {
      TEMPEST_BLOB_STORE: 's3',
      TEMPEST_BLOB_S3_ENDPOINT: cfg.endpoint as string,
      TEMPEST_BLOB_S3_BUCKET: cfg.bucket,
      TEMPEST_BLOB_S3_REGION: cfg.region,
      TEMPEST_BLOB_S3_ACCESS_KEY_ID: cfg.accessKeyId,
      TEMPEST_BLOB_S3_SECRET_ACCESS_KEY: cfg.secretAccessKey,
    },
    close: async () => {
      await server.close()
      await rm(directory, { recursive: true, force: true })
    },
  }
}
