import type { Account as OAuthAccount } from '@atproto/oauth-provider/store'
import type { Account } from '../../account/account-store.ts'

export type Did = OAuthAccount['did']

export const json = (value: unknown): string => JSON.stringify(value)
// The provider's own data round-trips through these columns; it validates what it reads back.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const parse = (value: string): any => JSON.parse(value)

/** An account row as the provider sees it; `pds` is this server's DID. */
export function toOAuthAccount(
  serviceDid: string,
  account: Pick<Account, 'did' | 'handle' | 'email' | 'status'> & {
    emailConfirmedAt?: string | null
  },
): OAuthAccount {
  return {
    did: account.did as Did,
    pds: serviceDid as Did,
    handle: account.handle as OAuthAccount['handle'],
    email: account.email ?? undefined,
    emailVerified: account.email ? Boolean(account.emailConfirmedAt) : undefined,
    deactivated: account.status === 'deactivated',
  }
}
