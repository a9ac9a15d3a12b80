import { def, MemoryBlockstore, readCarWithRoot, verifyCommitSig } from '@atproto/repo'
import { InvalidRequestError, XRPCError } from '@atproto/xrpc-server'
import type * as CheckAccountStatus from '../../generated/types/com/atproto/server/checkAccountStatus.js'
import type { AppContext } from '../context.ts'
import { isValidDidDocForService } from '../identity/did-doc-check.ts'
import { historicalSigningKeys } from '../identity/plc-operations.ts'
import type { RepoCommit } from '../repo/types.ts'

/** What the migration checks and activation use of the context. */
type MigrationDeps = Pick<
  AppContext,
  | 'accounts'
  | 'blobs'
  | 'cfg'
  | 'identity'
  | 'logger'
  | 'mailer'
  | 'preferences'
  | 'repos'
  | 'rotationKey'
  | 'sequencer'
>

/** com.atproto.server.checkAccountStatus: where a migration in stands (the lexicon's output). */
type AccountStatusReport = CheckAccountStatus.OutputSchema

export async function accountStatus(ctx: MigrationDeps, did: string): Promise<AccountStatusReport> {
  const root = ctx.repos.root(did)
  if (!root) throw new InvalidRequestError(`Could not find repo for DID: ${did}`, 'RepoNotFound')
  const [account, validDid, blobs, prefCount] = await Promise.all([
    ctx.accounts.getAccount(did),
    isValidDidDocForService(ctx, did),
    ctx.blobs.meta.listAll(did),
    ctx.preferences.count(did),
  ])
  const sizes = ctx.repos.sizes(did)
  return {
    activated: account?.status === 'active',
    validDid,
    repoCommit: root.cid.toString(),
    repoRev: root.rev,
    repoBlocks: sizes.blocks,
    indexedRecords: ctx.repos.recordCount(did),
    privateStateValues: prefCount,
    expectedBlobs: sizes.blobRefs,
    importedBlobs: blobs.length,
  }
}

/**
 * importRepo: the CAR must hold this DID's repo, signed by a key the DID has had (the old PDS may
 * not have re-signed since the DID last moved), with every block and record present. It replaces
 * the stored repo, re-signed with the account's key here so it verifies against the DID document
 * as soon as that names this server. Relays hear of it (`#sync`) only if the account is active.
 */
export async function importRepoCar(
  ctx: MigrationDeps,
  did: string,
  car: Uint8Array,
): Promise<RepoCommit> {
  const commit = await readCommit(car)
  if (commit.did !== did) {
    throw new InvalidRequestError(`The CAR holds the repo of ${commit.did}, not of ${did}`)
  }
  const keys = await historicalSigningKeys(ctx, did)
  const signedBy = await firstMatching(keys, (key) => verifyCommitSig(commit, key))
  if (signedBy === undefined) {
    throw new InvalidRequestError(`The repo's commit is not signed by any signing key of ${did}`)
  }
  let imported: RepoCommit
  try {
    imported = await ctx.repos.importRepo(did, car, { resign: true })
  } catch (err) {
    if (err instanceof XRPCError) throw err
    throw new InvalidRequestError(`Invalid repo: ${(err as Error).message}`)
  }
  const account = await ctx.accounts.getAccount(did)
  if (account?.status === 'active') await ctx.sequencer.sequenceSync(did, imported)
  ctx.logger.info(
    { did, commit: imported.cid.toString(), rev: imported.rev, signedBy },
    'repo imported',
  )
  return imported
}

async function readCommit(car: Uint8Array) {
  try {
    const { root, blocks } = await readCarWithRoot(car)
    return await new MemoryBlockstore(blocks).readObj(root, def.commit)
  } catch (err) {
    throw new InvalidRequestError(
      `Not a repo CAR with a commit at its root: ${(err as Error).message}`,
    )
  }
}

async function firstMatching(
  keys: string[],
  test: (key: string) => Promise<boolean>,
): Promise<string | undefined> {
  for (const key of keys.toReversed()) {
    if (await test(key).catch(() => false)) return key
  }
  return undefined
}
