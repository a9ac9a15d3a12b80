import { AtUri } from '@atproto/syntax'
import { InvalidRequestError } from '@atproto/xrpc-server'
import type { Account } from '../account/account-store.ts'
import { activateAccount, deactivateAccount } from '../account/lifecycle.ts'
import type { AppContext } from '../context.ts'

/** What subject status reads and changes. */
type SubjectStatusDeps = Pick<
  AppContext,
  'accounts' | 'admin' | 'blobs' | 'cfg' | 'identity' | 'repos' | 'sequencer'
>

/** A subject of com.atproto.admin.{get,update}SubjectStatus. */
export type Subject =
  | { kind: 'account'; did: string }
  | { kind: 'record'; uri: string; cid: string }
  | { kind: 'blob'; did: string; cid: string }

interface StatusAttr {
  applied: boolean
  ref?: string
}

interface SubjectStatus {
  takedown: StatusAttr
  /** Accounts only. */
  deactivated?: StatusAttr
}

async function requireAccount(ctx: SubjectStatusDeps, did: string): Promise<Account> {
  const account = await ctx.accounts.getAccount(did)
  if (!account || account.did !== did) {
    throw new InvalidRequestError(`Account not found: ${did}`, 'AccountNotFound')
  }
  return account
}

function attr(ref: string | null | undefined): StatusAttr {
  return ref ? { applied: true, ref } : { applied: false }
}

/** The account that hosts a record URI (its authority must be a DID hosted here). */
async function recordAccount(ctx: SubjectStatusDeps, uri: string): Promise<Account> {
  let parsed: AtUri
  try {
    parsed = new AtUri(uri)
  } catch {
    throw new InvalidRequestError(`Invalid record URI: ${uri}`)
  }
  if (!parsed.host.startsWith('did:') || !parsed.collection || !parsed.rkey) {
    throw new InvalidRequestError(`Record URIs must name a DID, collection and rkey: ${uri}`)
  }
  return requireAccount(ctx, parsed.host)
}

/** The subject's current status; NotFound when there is no such account, record or blob. */
export async function getSubjectStatus(
  ctx: SubjectStatusDeps,
  subject: Subject,
): Promise<SubjectStatus> {
  if (subject.kind === 'account') {
    const account = await ctx.accounts.getAccount(subject.did)
    if (!account) throw new InvalidRequestError('Subject not found', 'NotFound')
    return {
      takedown: attr(account.status === 'takendown' ? (account.takedownRef ?? 'takendown') : null),
      deactivated: { applied: account.deactivatedAt !== null },
    }
  }
  if (subject.kind === 'record') {
    const account = await ctx.accounts.getAccount(new AtUri(subject.uri).host)
    if (!account) throw new InvalidRequestError('Subject not found', 'NotFound')
    return { takedown: attr(ctx.admin.records.get(subject.uri)?.ref) }
  }
  const blob = await ctx.blobs.meta.get(subject.did, subject.cid)
  if (!blob) throw new InvalidRequestError('Subject not found', 'NotFound')
  return { takedown: attr(blob.takedown_ref) }
}

/**
 * Takes a subject down or restores it. An account takedown refuses its sessions, hides its repo
 * from reads and sync and is announced on the firehose (`#account`); a record or blob takedown
 * hides that record or blob from reads. The reference ref defaults to the time of the takedown.
 */
export async function updateSubjectStatus(
  ctx: SubjectStatusDeps,
  subject: Subject,
  update: { takedown?: StatusAttr; deactivated?: StatusAttr },
): Promise<void> {
  const ref = update.takedown?.applied ? (update.takedown.ref ?? new Date().toISOString()) : null
  if (subject.kind === 'account') {
    await requireAccount(ctx, subject.did)
    if (update.takedown) await setAccountTakedown(ctx, subject.did, ref)
    if (update.deactivated) {
      if (update.deactivated.applied) await deactivateAccount(ctx, subject.did)
      else await activateAccount(ctx, subject.did)
    }
    return
  }
  if (!update.takedown) return
  if (subject.kind === 'record') {
    await recordAccount(ctx, subject.uri)
    ctx.admin.records.set(subject.uri, subject.cid, ref)
    return
  }
  await requireAccount(ctx, subject.did)
  if (!(await ctx.blobs.setTakedown(subject.did, subject.cid, ref))) {
    throw new InvalidRequestError('Blob not found', 'BlobNotFound')
  }
}

/** `ref` null restores the account to active, or to deactivated if it was deactivated before. */
async function setAccountTakedown(
  ctx: SubjectStatusDeps,
  did: string,
  ref: string | null,
): Promise<void> {
  if (ref !== null) {
    await ctx.accounts.takeDown(did, ref)
    await ctx.sequencer.sequenceAccount(did, false, 'takendown')
    return
  }
  const restored = await ctx.accounts.liftTakedown(did)
  if (restored === 'active') await ctx.sequencer.sequenceAccount(did, true)
  else if (restored !== null) await ctx.sequencer.sequenceAccount(did, false, 'deactivated')
}
