import type { AccountStore } from '../account/account-store.ts'
import type { BlobService } from '../blobs/blob-service.ts'
import type { Logger } from '../logger.ts'
import type { Metrics } from '../metrics/metrics.ts'
import type { Sequencer } from '../sequencer/sequencer.ts'
import { RepoManager } from './repo-manager.ts'
import type { RepoStoreCache } from './store-cache.ts'

/** `ctx.repos`: the repo files in `stores`, keys from the account store, events to the sequencer. */
export function createRepoManager(deps: {
  stores: RepoStoreCache
  accounts: AccountStore
  sequencer: Sequencer
  blobs: BlobService
  logger: Logger
  metrics: Metrics
}): RepoManager {
  return new RepoManager({
    stores: deps.stores,
    keys: deps.accounts,
    sequencer: deps.sequencer,
    logger: deps.logger,
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
