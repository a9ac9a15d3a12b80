import { InvalidRequestError } from '@atproto/xrpc-server'
import type { AppContext } from '../context.ts'

/** Who asks, when a token came with the request: an account, or the operator (`admin_token`). */
interface RepoReader {
  type: string
  did?: string
}

/**
 * The check the public sync methods make before serving an account's data: it must be hosted
 * here, not taken down and not deactivated (the error names are the lexicons'). The account
 * itself and the operator may read it in any state, as the reference PDS allows: a deactivated
 * old copy is where a migration tool fetches blobs it missed.
 */
export async function assertRepoAvailable(
  ctx: AppContext,
  did: string,
  reader: RepoReader | null = null,
): Promise<void> {
  const account = await ctx.accounts.getAccount(did)
  if (!account) throw new InvalidRequestError(`Could not find repo for DID: ${did}`, 'RepoNotFound')
  if (reader?.type === 'admin_token' || reader?.did === did) return
  if (account.status === 'takendown') {
    throw new InvalidRequestError(`Repo has been takendown: ${did}`, 'RepoTakendown')
  }
  if (account.status === 'deactivated') {
    throw new InvalidRequestError(`Repo has been deactivated: ${did}`, 'RepoDeactivated')
  }
}

/** The repo's current root, once `assertRepoAvailable` lets the reader see it; null with none. */
export async function availableRoot(ctx: AppContext, did: string, reader: RepoReader | null) {
  await assertRepoAvailable(ctx, did, reader)
  return ctx.repos.root(did)
}
