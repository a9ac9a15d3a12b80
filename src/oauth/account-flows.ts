import type { Account } from '../account/account-store.ts'
import type { LoginResult } from '../auth/login.ts'

/**
 * The accounts area's operations the sign-in pages use, so they follow the same rules as
 * `createSession`, `createAccount` and `activateAccount`. createAppContext fills it in from the
 * use-case functions; the OAuth room depends on this shape, not on the whole context.
 */
export interface OAuthAccountFlows {
  /** An account by DID or handle. */
  getAccount(didOrHandle: string): Promise<Account | null>
  createAccount(input: {
    handle: string
    email?: string
    password?: string
    inviteCode?: string
  }): Promise<Account>
  login(input: {
    identifier: string
    password: string
    authFactorToken?: string
  }): Promise<LoginResult>
  /** Throws the XRPC error createAccount would give for this handle (syntax, domain, taken). */
  checkHandle(handle: string): Promise<void>
  deactivate(did: string): Promise<Account>
  activate(did: string): Promise<Account>
}
