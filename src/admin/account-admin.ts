import { InvalidRequestError } from '@atproto/xrpc-server'
import type { Account, AccountStore } from '../account/account-store.ts'
import type { InviteCode } from '../account/invites.ts'
import { assertValidNewPassword } from '../auth/passwords.ts'
import type { Config } from '../config.ts'
import { checkHandleForAccount } from '../identity/handle-check.ts'
import type { IdentityService } from '../identity/identity-service.ts'
import type { Sequencer } from '../sequencer/sequencer.ts'

/** What the operator's account functions use (`AppContext` has it). */
interface Deps {
  accounts: AccountStore
}

/** com.atproto.admin.defs#accountView */
interface AccountView {
  did: string
  handle: string
  email?: string
  indexedAt: string
  invitedBy?: InviteCode
  invites: InviteCode[]
  invitesDisabled: boolean
  emailConfirmedAt?: string
  deactivatedAt?: string
}

/** An account as the operator sees it, with its status (for the console). */
export interface AccountSummary {
  did: string
  handle: string
  email: string | null
  status: Account['status']
  createdAt: string
}

export async function requireAccount({ accounts }: Deps, didOrHandle: string): Promise<Account> {
  const account = await accounts.getAccount(didOrHandle)
  if (!account) throw new InvalidRequestError('Account not found', 'AccountNotFound')
  return account
}

export async function accountViews({ accounts }: Deps, dids: string[]): Promise<AccountView[]> {
  const found = await accounts.getAccounts(dids)
  if (found.length === 0) return []
  const { invitedBy, invites } = await accounts.invites.forAccounts(dids)
  const byDid = new Map(found.map((a) => [a.did, a]))
  return dids.flatMap((did) => {
    const account = byDid.get(did)
    if (!account) return []
    const invitedByCode = invitedBy.get(did)
    return [
      {
        did,
        handle: account.handle,
        ...(account.email !== null && { email: account.email }),
        indexedAt: account.createdAt,
        ...(invitedByCode && { invitedBy: invitedByCode }),
        invites: invites.get(did) ?? [],
        invitesDisabled: account.invitesDisabled,
        ...(account.emailConfirmedAt !== null && { emailConfirmedAt: account.emailConfirmedAt }),
        ...(account.deactivatedAt !== null && { deactivatedAt: account.deactivatedAt }),
      },
    ]
  })
}

/** Accounts newest first, `limit` at a time after `cursor` (a DID from the previous page). */
export async function listAccounts(
  { accounts }: Deps,
  opts: { limit: number; cursor?: string },
): Promise<{ accounts: AccountSummary[]; cursor?: string }> {
  const after = opts.cursor === undefined ? null : await accounts.getAccount(opts.cursor)
  const page = await accounts.listNewestFirst(opts.limit, after)
  return {
    accounts: page.map(({ did, handle, email, status, createdAt }) => ({
      did,
      handle,
      email,
      status,
      createdAt,
    })),
    cursor: page.length === opts.limit ? page.at(-1)?.did : undefined,
  }
}

/**
 * com.atproto.admin.searchAccounts: accounts whose email starts with `email` (case-insensitive;
 * all accounts without it), in DID order, `limit` at a time after `cursor` (the last DID seen).
 */
export async function searchAccounts(
  deps: Deps,
  opts: { email?: string; limit: number; cursor?: string },
): Promise<{ accounts: AccountView[]; cursor?: string }> {
  const dids = await deps.accounts.searchByEmailPrefix(opts.email ?? '', opts.limit, opts.cursor)
  return {
    accounts: await accountViews(deps, dids),
    cursor: dids.length === opts.limit ? dids.at(-1) : undefined,
  }
}

/** Sets a handle for the account (publishing it to its DID document when Tempest manages that). */
export async function updateAccountHandle(
  deps: {
    cfg: Pick<Config, 'handleDomains'>
    accounts: AccountStore
    identity: IdentityService
    sequencer: Sequencer
  },
  did: string,
  requested: string,
): Promise<void> {
  await requireAccount(deps, did)
  const handle = await checkHandleForAccount(deps, requested, did)
  if (!deps.identity.hostsDidDocument(did) && did.startsWith('did:plc:')) {
    await deps.identity.publishHandle(did, handle)
  }
  await deps.accounts.updateHandle(did, handle)
  await deps.sequencer.sequenceIdentity(did, handle)
}

/** Sets the email (unconfirmed from now on; codes sent to the old address stop working). */
export async function updateAccountEmail(
  deps: Deps,
  didOrHandle: string,
  email: string,
): Promise<void> {
  const account = await requireAccount(deps, didOrHandle)
  if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw new InvalidRequestError('Invalid email address')
  await deps.accounts.setEmail(account.did, email)
}

/** Sets a new password and ends every session of the account (as the reference PDS does). */
export async function updateAccountPassword(
  deps: Deps,
  did: string,
  password: string,
): Promise<void> {
  await requireAccount(deps, did)
  assertValidNewPassword(password)
  await deps.accounts.setPassword(did, password)
}

export async function setAccountInvitesDisabled(
  deps: Deps,
  did: string,
  disabled: boolean,
): Promise<void> {
  await requireAccount(deps, did)
  await deps.accounts.setInvitesDisabled(did, disabled)
}

/** Disables the given codes and every code made for the given accounts. */
export async function disableInviteCodes(
  { accounts }: Deps,
  opts: { codes: string[]; accounts: string[] },
): Promise<void> {
  if (opts.accounts.includes('admin')) {
    throw new InvalidRequestError('cannot disable admin invite codes')
  }
  await accounts.invites.disable(opts)
}
