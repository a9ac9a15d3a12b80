import type { DidDocument } from '@atproto/identity'
import { AuthRequiredError, InvalidRequestError } from '@atproto/xrpc-server'
import { assertValidNewPassword, hashPassword } from '../auth/passwords.ts'
import type { SessionJwts, SessionStore } from '../auth/sessions.ts'
import type { BlobService } from '../blobs/blob-service.ts'
import type { Config } from '../config.ts'
import { isValidDidDocForService } from '../identity/did-doc-check.ts'
import { NativeSecp256k1Keypair } from '../crypto/secp256k1-keypair.ts'
import { checkHandleForAccount } from '../identity/handle-check.ts'
import type { IdentityService } from '../identity/identity-service.ts'
import type { PlcGenesisOperation } from '../identity/plc-genesis.ts'
import type { Logger } from '../logger.ts'
import type { RepoManager } from '../repo/repo-manager.ts'
import type { Sequencer } from '../sequencer/sequencer.ts'
import type { Account, AccountStore } from './account-store.ts'

/** What account creation touches; AppContext has it all, the OAuth account flows pass it. */
interface SignupDeps {
  cfg: Config
  logger: Logger
  accounts: AccountStore
  identity: IdentityService
  repos: RepoManager
  sessions: SessionStore
  sequencer: Sequencer
  blobs: BlobService
}

export interface SignupInput {
  handle: string
  email?: string
  password?: string
  inviteCode?: string
  did?: string
  recoveryKey?: string
  plcOp?: unknown
}

// Deliberately loose (the mail server is the real judge); refuses what cannot be an address.
export const EMAIL_RE = /^[^\s@]{1,64}@[^\s@.]+(\.[^\s@.]+)+$/

/**
 * createAccount: validates everything first, then claims the DID, handle and email with the
 * account row, creates the repo, publishes the DID and sequences the first events. Any failure
 * after the row exists removes what was made, so a failed signup leaves no account and no repo
 * file, and no submitted PLC operation unless the password hash, which runs beside the
 * submission, is what failed. `requesterDid` is the DID proven by a service-auth JWT: with an
 * existing `did` (migration in) the account starts deactivated and the DID is left untouched.
 */
export async function createAccount(
  ctx: SignupDeps,
  input: SignupInput,
  requesterDid: string | null,
): Promise<{
  account: Account
  session: SessionJwts
  /** A new did:plc account's document, as the directory serves it once it took the genesis. */
  didDoc?: DidDocument
}> {
  if (input.plcOp !== undefined) throw new InvalidRequestError('Unsupported input: "plcOp"')
  if (!input.email) throw new InvalidRequestError('Email is required')
  const email = input.email.trim().toLowerCase()
  if (email.length > 254 || !EMAIL_RE.test(email)) {
    throw new InvalidRequestError(
      'This email address is not supported, please use a different email.',
    )
  }
  if (input.password === undefined) throw new InvalidRequestError('Password is required')
  assertValidNewPassword(input.password)
  if (ctx.cfg.inviteRequired && !input.inviteCode) {
    throw new InvalidRequestError('No invite code provided', 'InvalidInviteCode')
  }
  if (input.did !== undefined && input.did !== requesterDid) {
    throw new AuthRequiredError(`Missing auth to create account with did: ${input.did}`)
  }
  if (input.did !== undefined) await removeDepartedAccount(ctx, input.did)
  const handle = await checkHandleForAccount(ctx, input.handle, input.did)
  if (ctx.cfg.inviteRequired) await ctx.accounts.invites.assertAvailable(input.inviteCode!)
  if (await ctx.accounts.getAccountByEmail(email)) {
    throw new InvalidRequestError(`Email already taken: ${email}`)
  }

  const migrating = input.did !== undefined
  // argon2 hashes on the libuv threadpool while this thread makes the identity, claims the account,
  // creates the repo and publishes the DID: the row is written first and gets its hash after. A
  // signup refused meanwhile leaves the hash to finish unused.
  const hashing = hashPassword(input.password)
  hashing.catch(() => undefined)
  const { did, signingKey, plcOp } = await newIdentity(ctx, input, handle)
  const account = await ctx.accounts.createAccount({
    did,
    handle,
    email,
    passwordHash: null,
    signingKey,
    deactivated: migrating,
    inviteCode: ctx.cfg.inviteRequired ? input.inviteCode : undefined,
  })
  let repoCreated = false
  try {
    const [passwordHash, commit] = await allSettled(
      hashing,
      (async () => {
        const created = await ctx.repos.createRepo(did, signingKey)
        repoCreated = true
        if (plcOp) await ctx.identity.submitPlcGenesis(did, plcOp)
        return created
      })(),
    )
    await ctx.accounts.setPasswordHash(did, passwordHash)
    // The document is read back for the response while the session and the first events are made.
    const [didDoc, session] = await allSettled(
      plcOp ? ctx.identity.plcDocument(did) : Promise.resolve(undefined),
      (async () => {
        const made = await ctx.sessions.create(did, null)
        if (!migrating) {
          await ctx.sequencer.sequenceIdentity(did, handle)
          await ctx.sequencer.sequenceAccount(did, true)
          await ctx.sequencer.sequenceCommit(did, commit, [])
          await ctx.sequencer.sequenceSync(did, commit)
        }
        if (migrating) await ctx.accounts.reservedKeys.release(did)
        return made
      })(),
    )
    return { account, session, didDoc }
  } catch (err) {
    ctx.logger.warn({ err, did }, 'account creation failed; removing what was made')
    await ctx.accounts.deleteAccount(did)
    if (repoCreated) await ctx.repos.deleteRepo(did)
    throw err
  }
}

/**
 * Both results once both have settled, or the first failure once both have settled: cleanup after
 * a failure must not race the other half still writing.
 */
async function allSettled<A, B>(a: Promise<A>, b: Promise<B>): Promise<[A, B]> {
  const [ra, rb] = await Promise.allSettled([a, b])
  if (ra.status === 'rejected') throw ra.reason
  if (rb.status === 'rejected') throw rb.reason
  return [ra.value, rb.value]
}

/**
 * The account's DID and signing key: an existing DID migrating in keeps the key reserved for it
 * (reserveSigningKey) or gets a new one; a new account's DID is did:web under the handle, or
 * did:plc from a genesis operation signed here and submitted once the account exists.
 */
async function newIdentity(
  ctx: SignupDeps,
  input: SignupInput,
  handle: string,
): Promise<{ did: string; signingKey: NativeSecp256k1Keypair; plcOp?: PlcGenesisOperation }> {
  if (input.did !== undefined) {
    const reserved = await ctx.accounts.reservedKeys.forDid(input.did)
    return { did: input.did, signingKey: reserved ?? NativeSecp256k1Keypair.create() }
  }
  const signingKey = NativeSecp256k1Keypair.create()
  if (ctx.cfg.hostedDidMethod === 'web') return { did: ctx.identity.didWebFor(handle), signingKey }
  const genesis = await ctx.identity.plcGenesis({
    handle,
    signingKeyDid: signingKey.did(),
    recoveryKey: input.recoveryKey,
  })
  return { did: genesis.did, signingKey, plcOp: genesis.op }
}

/**
 * An account migrating back to a server it left: the copy left here (deactivated, its DID
 * document naming another server) is removed without a `#account` deleted event, since the DID
 * lives on elsewhere, so createAccount starts afresh. Any other existing account is refused.
 */
async function removeDepartedAccount(ctx: SignupDeps, did: string): Promise<void> {
  const existing = await ctx.accounts.getAccount(did)
  if (!existing) return
  if (existing.status !== 'deactivated' || (await isValidDidDocForService(ctx, did))) {
    throw new InvalidRequestError(`Account already exists: ${did}`)
  }
  ctx.logger.info({ did }, 'replacing the copy of an account that had migrated away')
  await ctx.repos.exclusive(did, async () => {
    await ctx.blobs.deleteAccountBlobs(did)
    await ctx.accounts.deleteAccount(did)
  })
  await ctx.repos.deleteRepo(did)
}
