import { InvalidRequestError } from '@atproto/xrpc-server'
import { sql } from 'kysely'
import type { Account } from '../account/account-store.ts'
import type { InviteCode } from '../account/invites.ts'
import { isUniqueViolation } from '../account/sqlite-errors.ts'
import { assertValidNewPassword, hashPassword } from '../auth/passwords.ts'
import type { AppContext } from '../context.ts'
import { checkHandleForAccount } from '../identity/handle-check.ts'

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

export async function requireAccount(ctx: AppContext, didOrHandle: string): Promise<Account> {
  const account = await ctx.accounts.getAccount(didOrHandle)
  if (!account) throw new InvalidRequestError('Account not found', 'AccountNotFound')
  return account
}

export async function accountViews(ctx: AppContext, dids: string[]): Promise<AccountView[]> {
  if (dids.length === 0) return []
  const accounts = await ctx.accountDb
    .selectFrom('account')
    .selectAll()
    .where('did', 'in', dids)
    .execute()
  const { invitedBy, invites } = await ctx.accounts.invites.forAccounts(dids)
  const byDid = new Map(accounts.map((a) => [a.did, a]))
  return dids.flatMap((did) => {
    const row = byDid.get(did)
    if (!row) return []
    const invitedByCode = invitedBy.get(did)
    return [
      {
        did,
        handle: row.handle,
        ...(row.email !== null && { email: row.email }),
        indexedAt: row.created_at,
        ...(invitedByCode && { invitedBy: invitedByCode }),
        invites: invites.get(did) ?? [],
        invitesDisabled: row.invites_disabled === 1,
        ...(row.email_confirmed_at !== null && { emailConfirmedAt: row.email_confirmed_at }),
        ...(row.deactivated_at !== null && { deactivatedAt: row.deactivated_at }),
      },
    ]
  })
}

/** Accounts newest first, `limit` at a time after `cursor` (a DID from the previous page). */
export async function listAccounts(
  ctx: AppContext,
  opts: { limit: number; cursor?: string },
): Promise<{ accounts: AccountSummary[]; cursor?: string }> {
  let query = ctx.accountDb
    .selectFrom('account')
    .select(['did', 'handle', 'email', 'status', 'created_at'])
    .orderBy('created_at', 'desc')
    .orderBy('did', 'desc')
    .limit(opts.limit)
  if (opts.cursor !== undefined) {
    const after = await ctx.accounts.getAccount(opts.cursor)
    if (after) {
      query = query.where((eb) =>
        eb.or([
          eb('created_at', '<', after.createdAt),
          eb.and([eb('created_at', '=', after.createdAt), eb('did', '<', after.did)]),
        ]),
      )
    }
  }
  const rows = await query.execute()
  return {
    accounts: rows.map((r) => ({
      did: r.did,
      handle: r.handle,
      email: r.email,
      status: r.status,
      createdAt: r.created_at,
    })),
    cursor: rows.length === opts.limit ? rows.at(-1)?.did : undefined,
  }
}

/**
 * com.atproto.admin.searchAccounts: accounts whose email starts with `email` (case-insensitive;
 * all accounts without it), in DID order, `limit` at a time after `cursor` (the last DID seen).
 */
export async function searchAccounts(
  ctx: AppContext,
  opts: { email?: string; limit: number; cursor?: string },
): Promise<{ accounts: AccountView[]; cursor?: string }> {
  let query = ctx.accountDb.selectFrom('account').select('did').orderBy('did').limit(opts.limit)
  if (opts.email !== undefined && opts.email !== '') {
    const prefix = opts.email.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)
    query = query.where(sql<boolean>`lower(email) like ${`${prefix}%`} escape '\\'`)
  }
  if (opts.cursor !== undefined) query = query.where('did', '>', opts.cursor)
  const dids = (await query.execute()).map((r) => r.did)
  return {
    accounts: await accountViews(ctx, dids),
    cursor: dids.length === opts.limit ? dids.at(-1) : undefined,
  }
}

/** Sets a handle for the account (publishing it to its DID document when Tempest manages that). */
export async function updateAccountHandle(
  ctx: AppContext,
  did: string,
  requested: string,
): Promise<void> {
  await requireAccount(ctx, did)
  const handle = await checkHandleForAccount(ctx, requested, did)
  if (!ctx.identity.hostsDidDocument(did) && did.startsWith('did:plc:')) {
    await ctx.identity.publishHandle(did, handle)
  }
  await ctx.accounts.updateHandle(did, handle)
  await ctx.sequencer.sequenceIdentity(did, handle)
}

/** Sets the email (unconfirmed from now on). */
export async function updateAccountEmail(
  ctx: AppContext,
  didOrHandle: string,
  email: string,
): Promise<void> {
  const account = await requireAccount(ctx, didOrHandle)
  if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw new InvalidRequestError('Invalid email address')
  try {
    await ctx.accountDb
      .updateTable('account')
      .set({ email: email.toLowerCase(), email_confirmed_at: null })
      .where('did', '=', account.did)
      .execute()
  } catch (err) {
    if (!isUniqueViolation(err)) throw err
    throw new InvalidRequestError('This email address is already in use')
  }
}

/** Sets a new password and ends every session of the account (as the reference PDS does). */
export async function updateAccountPassword(
  ctx: AppContext,
  did: string,
  password: string,
): Promise<void> {
  await requireAccount(ctx, did)
  assertValidNewPassword(password)
  const passwordHash = await hashPassword(password)
  await ctx.accountDb
    .updateTable('account')
    .set({ password_hash: passwordHash })
    .where('did', '=', did)
    .execute()
  await ctx.accountDb
    .deleteFrom('email_token')
    .where('did', '=', did)
    .where('purpose', '=', 'reset_password')
    .execute()
  await ctx.sessions.revokeAll(did)
}

export async function setAccountInvitesDisabled(
  ctx: AppContext,
  did: string,
  disabled: boolean,
): Promise<void> {
  await requireAccount(ctx, did)
  await ctx.accountDb
    .updateTable('account')
    .set({ invites_disabled: disabled ? 1 : 0 })
    .where('did', '=', did)
    .execute()
}

/** Disables the given codes and every code made for the given accounts. */
export async function disableInviteCodes(
  ctx: AppContext,
  opts: { codes: string[]; accounts: string[] },
): Promise<void> {
  if (opts.accounts.includes('admin')) {
    throw new InvalidRequestError('cannot disable admin invite codes')
  }
  await ctx.accounts.invites.disable(opts)
}
