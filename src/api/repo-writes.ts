import { AuthRequiredError, InvalidRequestError } from '@atproto/xrpc-server'
import type { AppContext } from '../context.ts'
import type { RepoCommit } from '../repo/types.ts'

/**
 * The DID a record write targets: `repo` (handle or DID) must be an account hosted here and
 * the authenticated caller's own.
 */
export async function writableRepo(
  ctx: AppContext,
  repo: string,
  callerDid: string,
): Promise<string> {
  // The auth verifier has just looked the caller's account up.
  if (repo === callerDid) return callerDid
  const account = await ctx.accounts.getAccount(repo)
  if (!account) throw new InvalidRequestError(`Could not find repo: ${repo}`)
  if (account.did !== callerDid) throw new AuthRequiredError()
  return account.did
}

export function commitMeta(commit: RepoCommit): { cid: string; rev: string } {
  return { cid: commit.cid.toString(), rev: commit.rev }
}

export function recordUri(did: string, collection: string, rkey: string): string {
  return `at://${did}/${collection}/${rkey}`
}
