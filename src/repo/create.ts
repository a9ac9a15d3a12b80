import type { AccountStore } from '../account/account-store.ts'
import type { BlobService } from '../blobs/blob-service.ts'
import type { WalCheckpoints } from '../db/wal-checkpoints.ts'
import type { Logger } from '../logger.ts'
import type { Metrics } from '../metrics/metrics.ts'
import type { Sequencer } from '../sequencer/sequencer.ts'
import type { DataDirLayout } from '../storage/data-dir.ts'
import { RepoManager } from './repo-manager.ts'

/** `ctx.repos`: repo files under `repos/`, keys from the account store, events to the sequencer. */
export function createRepoManager(deps: {
  dataDir: DataDirLayout
  accounts: AccountStore
  sequencer: Sequencer
  blobs: BlobService
  logger: Logger
  checkpoints: WalCheckpoints
  metrics: Metrics
}): RepoManager {
  return new RepoManager({
    reposDir: deps.dataDir.repos,
    keys: deps.accounts,
    sequencer: deps.sequencer,
    logger: deps.logger,
    checkpoints: deps.checkpoints,
    timing: deps.metrics.timing,
    // BlobService implements BlobRefHooks (checkRefs before the commit, onCommitted after it).
    blobs: deps.blobs,
    onCommit: (writes, seconds) => {
      deps.metrics.commits.inc()
      deps.metrics.commitDuration.observe(seconds)
      for (const write of writes) deps.metrics.recordsWritten.inc({ action: write.action })
    },
  })
}
