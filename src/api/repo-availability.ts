import { InvalidRequestError } from '@atproto/xrpc-server'
import type { AppContext } from '../context.ts'

/**
 * The check the public sync methods make before serving an account's data: it must be hosted
 * here, not taken down and not deactivated (the error names are the lexicons').
 */
export async function assertRepoAvailable(ctx: AppContext, did: string): Promise<void> {
  const account = await ctx.accounts.getAccount(did)
  if (!account) throw new InvalidRequestError(`Could not find repo for DID: ${did}`, 'RepoNotFound')
  if (account.status === 'takendown') {
    throw new InvalidRequestError(`Repo has been takendown: ${did}`, 'RepoTakendown')
  }
  if (account.status === 'deactivated') {
    throw new InvalidRequestError(`Repo has been deactivated: ${did}`, 'RepoDeactivated')
  }
}
