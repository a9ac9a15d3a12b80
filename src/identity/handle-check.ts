import { InvalidRequestError } from '@atproto/xrpc-server'
import type { AccountStore } from '../account/account-store.ts'
import type { Config } from '../config.ts'
import { assertServiceHandleAllowed, normalizeHandleSyntax, serviceDomainOf } from './handles.ts'
import type { IdentityService } from './identity-service.ts'

/**
 * The handle an account may take, normalised: valid syntax, under one of TEMPEST_HANDLE_DOMAINS
 * (and not reserved), or an external domain that already resolves to `did` through DNS or
 * `/.well-known/atproto-did`; and not held by another account.
 */
export async function checkHandleForAccount(
  ctx: { cfg: Pick<Config, 'handleDomains'>; accounts: AccountStore; identity: IdentityService },
  requested: string,
  did: string | undefined,
): Promise<string> {
  const handle = normalizeHandleSyntax(requested)
  const domain = serviceDomainOf(handle, ctx.cfg.handleDomains)
  if (domain !== undefined) {
    assertServiceHandleAllowed(handle, domain)
  } else if (did === undefined) {
    // A new DID cannot have published an external handle yet.
    throw new InvalidRequestError('Not a supported handle domain', 'UnsupportedDomain')
  } else if ((await ctx.identity.resolveExternalHandle(handle)) !== did) {
    throw new InvalidRequestError('External handle did not resolve to DID', 'InvalidHandle')
  }
  const holder = await ctx.accounts.getAccount(handle)
  if (holder && holder.did !== did) {
    throw new InvalidRequestError(`Handle already taken: ${handle}`, 'HandleNotAvailable')
  }
  return handle
}
