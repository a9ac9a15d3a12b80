import type { AccountStore } from '../account/account-store.ts'
import type { Config } from '../config.ts'
import type { IdentityService } from './identity-service.ts'

/**
 * Whether the account's DID document names this server and the account's signing key, as it
 * must before the account may be active here (after a migration in, the old PDS or the user
 * updates it). Documents Tempest serves itself are right by construction.
 */
export async function isValidDidDocForService(
  deps: { cfg: Pick<Config, 'publicUrl'>; identity: IdentityService; accounts: AccountStore },
  did: string,
): Promise<boolean> {
  if (deps.identity.hostsDidDocument(did)) return true
  try {
    const [data, key] = await Promise.all([
      deps.identity.resolver().then((r) => r.did.resolveAtprotoData(did, true)),
      deps.accounts.getSigningKey(did),
    ])
    return data.pds === deps.cfg.publicUrl && data.signingKey === key.did()
  } catch {
    return false
  }
}
