import { InvalidRequestError } from '@atproto/xrpc-server'
import type { AppContext } from '../context.ts'
import type { Account } from './account-store.ts'
import { assertBlobsComplete } from './migration.ts'

/**
 * Whether the account's DID document names this server and the account's signing key, as it
 * must before the account may be active here (after a migration in, the old PDS or the user
 * updates it). Documents Tempest serves itself are right by construction.
 */
export async function isValidDidDocForService(ctx: AppContext, did: string): Promise<boolean> {
  if (ctx.identity.hostsDidDocument(did)) return true
  try {
    const [data, key] = await Promise.all([
      ctx.identity.resolver().then((r) => r.did.resolveAtprotoData(did, true)),
      ctx.accounts.getSigningKey(did),
    ])
    return data.pds === ctx.cfg.publicUrl && data.signingKey === key.did()
  } catch {
    return false
  }
}

export async function deactivateAccount(ctx: AppContext, did: string): Promise<Account> {
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
export async function activateAccount(ctx: AppContext, did: string): Promise<Account> {
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
  const { blocks } = ctx.repos.getBlocks(did, [root.cid])
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
export async function deleteAccount(ctx: AppContext, did: string): Promise<void> {
  await ctx.repos.writer.exclusive(did, async () => {
    await ctx.blobs.deleteAccountBlobs(did)
    await ctx.accounts.deleteAccount(did)
  })
  await ctx.repos.deleteRepo(did)
  await ctx.sequencer.sequenceAccount(did, false, 'deleted')
}
