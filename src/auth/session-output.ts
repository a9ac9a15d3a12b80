import type { Account } from '../account/account-store.ts'
import type { AppContext } from '../context.ts'
import type { SessionJwts } from './sessions.ts'

/** The account's DID document for session responses; omitted when it cannot be had right now. */
export async function didDocForSession(
  ctx: Pick<AppContext, 'accounts' | 'identity' | 'cfg'>,
  account: Pick<Account, 'did' | 'handle'>,
): Promise<Record<string, unknown> | undefined> {
  if (ctx.identity.hostsDidDocument(account.did)) {
    const key = await ctx.accounts.getSigningKey(account.did)
    return ctx.identity.didWebDocument(account, key.did())
  }
  return ctx.identity.resolveDidDoc(account.did)
}

/** Status fields shared by createSession, getSession and refreshSession, as the reference PDS. */
export function accountStatusFields(account: Account): {
  active: boolean
  status?: 'takendown' | 'deactivated'
} {
  return account.status === 'active' ? { active: true } : { active: false, status: account.status }
}

/** The createSession / createAccount body. */
export async function sessionOutput(
  ctx: Pick<AppContext, 'accounts' | 'identity' | 'cfg'>,
  account: Account,
  jwts: SessionJwts,
) {
  return {
    did: account.did,
    handle: account.handle,
    didDoc: await didDocForSession(ctx, account),
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
