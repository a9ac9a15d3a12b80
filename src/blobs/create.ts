import type { Kysely } from 'kysely'
import type { AccountDbSchema } from '../account/schema.ts'
import type { Config } from '../config.ts'
import type { SqliteDb } from '../db/sqlite.ts'
import type { Logger } from '../logger.ts'
import { RepoBlobReferences } from '../repo/blob-references.ts'
import type { RepoStoreCache } from '../repo/store-cache.ts'
import type { DataDirLayout } from '../storage/data-dir.ts'
import type { BlobStore } from './blob-store.ts'
import { BlobService } from './blob-service.ts'
import { LocalBlobStore } from './local-store.ts'
import { S3BlobStore } from './s3-store.ts'

/** The blob store the configuration names (TEMPEST_BLOB_STORE). */
function createBlobStore(cfg: Config, dataDir: DataDirLayout): BlobStore {
  return cfg.blobStore.kind === 's3'
    ? new S3BlobStore(cfg.blobStore.s3)
    : new LocalBlobStore(dataDir.blobs)
}

/**
 * The blob service over the configured store (`ctx.blobs`, and the `tempest blob` CLI), asking the
 * repo files in `repoFiles` which blobs records reference.
 */
export function createBlobService(
  cfg: Config,
  dataDir: DataDirLayout,
  storage: { accountDb: Kysely<AccountDbSchema>; accountSqlite: SqliteDb },
  repoFiles: RepoStoreCache,
  logger: Logger,
): BlobService {
  return new BlobService({
    db: storage.accountDb,
    sqlite: storage.accountSqlite,
    store: createBlobStore(cfg, dataDir),
    tmpDir: dataDir.tmp,
    maxBytes: cfg.blobMaxBytes,
    graceSeconds: cfg.blobTempGraceSeconds,
    logger,
    references: new RepoBlobReferences(repoFiles),
  })
}
