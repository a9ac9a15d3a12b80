import { createBlobService } from '../blobs/create.ts'
import type { SweepResult } from '../blobs/blob-service.ts'
import { loadConfig } from '../config.ts'
import { openStorage } from '../context.ts'
import { createLogger } from '../logger.ts'
import { RepoStoreCache } from '../repo/store-cache.ts'
import { dataDirLayout } from '../storage/data-dir.ts'
import { readVersion } from '../version.ts'

/**
 * Runs the blob sweep once against the configured data dir and blob store. It does not take the
 * data dir lock: the sweep re-checks each blob just before deleting it, so it may run beside the
 * server.
 */
export async function blobGc(): Promise<SweepResult> {
  const cfg = loadConfig(process.env, readVersion())
  const layout = dataDirLayout(cfg.dataDir)
  const storage = await openStorage(layout)
  const repoFiles = new RepoStoreCache(layout.repos)
  const blobs = createBlobService(cfg, layout, storage, repoFiles, createLogger(cfg.logLevel))
  try {
    return await blobs.sweep()
  } finally {
    blobs.store.close()
    repoFiles.closeAll()
    await storage.close()
  }
}

export function formatSweep(result: SweepResult): string {
  const bytes = result.removed.reduce((sum, b) => sum + b.size, 0)
  return [
    ...result.removed.map((b) => `removed ${b.did} ${b.cid} (${b.size} bytes)`),
    `removed ${result.removed.length} unreferenced temporary blob(s), ${bytes} bytes`,
    `kept ${result.keptReferenced} temporary blob(s) that records reference (now permanent)`,
    `removed ${result.stagingFilesRemoved} staging file(s) of interrupted uploads`,
    ...result.orphansRemoved.map((b) => `removed orphaned object ${b.did} ${b.cid}`),
    `removed ${result.orphansRemoved.length} orphaned object(s) with no metadata (interrupted uploads or deletions)`,
  ].join('\n')
}
