import { InvalidRequestError } from '@atproto/xrpc-server'
import type { BlobService } from '../blobs/blob-service.ts'
import type { Config } from '../config.ts'
import type { IdentityService } from '../identity/identity-service.ts'
import { isValidDidDocForService } from '../identity/did-doc-check.ts'
import type { RepoManager } from '../repo/repo-manager.ts'
import type { Sequencer } from '../sequencer/sequencer.ts'
import type { Account, AccountStore } from './account-store.ts'

/** What an account's lifecycle touches; AppContext has it all, the OAuth account flows pass it. */
interface LifecycleDeps {
  cfg: Config
  accounts: AccountStore
  identity: IdentityService
  repos: RepoManager
  sequencer: Sequencer
  blobs: BlobService
}

export async function deactivateAccount(ctx: LifecycleDeps, did: string): Promise<Account> {
  const account = await ctx.accounts.setActive(did, false)
  if (account.status !== 'takendown') {
    await ctx.sequencer.sequenceAccount(did, false, 'deactivated')
  }
  return account
}

/**
 * Activation tells relays everything afresh: `#identity`, `#account`, then `#sync` of the repo.
 * It is refused until the DID document names this server and the account's key, and (after a
 * migration in) while blobs the records reference are missing. A head commit signed by another
 * key is re-signed first, so the `#sync` verifies against the DID document.
 */
export async function activateAccount(ctx: LifecycleDeps, did: string): Promise<Account> {
  if (!(await isValidDidDocForService(ctx, did))) {
    throw new InvalidRequestError(
      'DID document does not name this server and the account signing key',
      'InvalidDidDoc',
    )
  }
  if (!ctx.repos.root(did)) {
    throw new InvalidRequestError(`Could not find repo for account: ${did}`, 'RepoNotFound')
  }
  await assertBlobsComplete(ctx, did)
  await ctx.repos.resignHead(did)
  const account = await ctx.accounts.setActive(did, true)
  if (account.status === 'takendown') {
    throw new InvalidRequestError('Account has been taken down', 'AccountTakedown')
  }
  const root = ctx.repos.root(did)
  if (!root)
    throw new InvalidRequestError(`Could not find repo for account: ${did}`, 'RepoNotFound')
  const { blocks } = await ctx.repos.getBlocks(did, [root.cid])
  await ctx.sequencer.sequenceIdentity(did, account.handle)
  await ctx.sequencer.sequenceAccount(did, true)
  await ctx.sequencer.sequenceSync(did, { cid: root.cid, rev: root.rev, blocks })
  return account
}

/**
 * Removes the account for good: blobs, repo file, account row (sessions, app passwords and email
 * tokens go with it by cascade, and the handle becomes free), then `#account` deleted, which also
 * drops its earlier events from the log.
 */
export async function deleteAccount(ctx: LifecycleDeps, did: string): Promise<void> {
  await ctx.repos.exclusive(did, async () => {
    await ctx.blobs.deleteAccountBlobs(did)
    await ctx.accounts.deleteAccount(did)
  })
  await ctx.repos.deleteRepo(did)
  await ctx.sequencer.sequenceAccount(did, false, 'deleted')
}

/**
 * Refuses activation while records reference blobs that were never uploaded: once the account is
 * live here the old server is expected to go, and those blobs would be lost with it.
 */
async function assertBlobsComplete(
  ctx: Pick<LifecycleDeps, 'repos' | 'blobs'>,
  did: string,
): Promise<void> {
  const { blobRefs } = ctx.repos.sizes(did)
  const { blobs } = await ctx.blobs.listMissing(did, { limit: Math.max(blobRefs, 1) })
  const first = blobs[0]
  if (first === undefined) return
  throw new InvalidRequestError(
    `${blobs.length} of ${blobRefs} blobs referenced by the repo have not been uploaded ` +
      `(first: ${first.cid} in ${first.recordUri}); upload them (listMissingBlobs) and activate again`,
    'BlobsMissing',
  )
}
