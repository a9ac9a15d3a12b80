import type { DidDocument } from '@atproto/identity'
import type { Account } from '../account/account-store.ts'
import type { AppContext } from '../context.ts'
import type { SessionJwts } from './sessions.ts'

/**
 * The account's DID document for session responses, sent only when it names this server as the
 * account's PDS: `AtpAgent` sends every later request to the PDS a session's document names, so
 * the document of an account migrating in (still naming the old server) would send the client's
 * importRepo, uploadBlob and the rest there with this server's token. Omitted, too, when the
 * document cannot be had right now.
 */
async function didDocForSession(
  ctx: Pick<AppContext, 'accounts' | 'identity' | 'cfg'>,
  account: Pick<Account, 'did' | 'handle'>,
): Promise<Record<string, unknown> | undefined> {
  if (ctx.identity.hostsDidDocument(account.did)) {
    const key = await ctx.accounts.getSigningKey(account.did)
    return ctx.identity.didWebDocument(account, key.did())
  }
  const doc = await ctx.identity.resolveDidDoc(account.did)
  if (doc === undefined || !(await ctx.identity.namesThisServer(doc))) return undefined
  return doc
}

/** Status fields shared by createSession, getSession and refreshSession, as the reference PDS. */
export function accountStatusFields(account: Account): {
  active: boolean
  status?: 'takendown' | 'deactivated'
} {
  return account.status === 'active' ? { active: true } : { active: false, status: account.status }
}

/** The fields every session body opens with (createAccount, the session methods, getSession). */
export async function sessionIdentity(
  ctx: Pick<AppContext, 'accounts' | 'identity' | 'cfg'>,
  account: Pick<Account, 'did' | 'handle'>,
  /** The document already known (a new did:plc account's genesis document), not resolved again. */
  knownDoc?: DidDocument,
) {
  const didDoc = knownDoc ?? (await didDocForSession(ctx, account))
  return { did: account.did, handle: account.handle, didDoc }
}

/** The createSession / refreshSession body. */
export async function sessionOutput(
  ctx: Pick<AppContext, 'accounts' | 'identity' | 'cfg'>,
  account: Account,
  jwts: SessionJwts,
) {
  return {
    ...(await sessionIdentity(ctx, account)),
    ...(account.email !== null && {
      email: account.email,
      emailConfirmed: account.emailConfirmedAt !== null,
      emailAuthFactor: account.emailAuthFactor,
    }),
    ...accountStatusFields(account),
    accessJwt: jwts.accessJwt,
    refreshJwt: jwts.refreshJwt,
  }
}
