import type { OAuthProvider } from '@atproto/oauth-provider/provider'
import type { Kysely } from 'kysely'
import type { AccountDbSchema } from '../account/schema.ts'
import type { Config } from '../config.ts'
import type { OAuthAccountFlows } from './account-flows.ts'

/**
 * `create`, run on the first call and shared by later ones. A failure is reported to the callers
 * waiting on it; the next call tries again.
 */
export function onFirstUse<T>(create: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined
  return () => {
    if (!value) {
      const created = create()
      created.catch(() => {
        if (value === created) value = undefined
      })
      value = created
    }
    return value
  }
}

/**
 * The OAuth provider, imported and created on first need (an OAuth route, or a `DPoP` request)
 * rather than at start-up: `@atproto/oauth-provider` alone costs about a second and 130 MB, which
 * a server whose clients use only legacy sessions never needs to pay.
 */
export class LazyOAuthProvider {
  readonly get: () => Promise<OAuthProvider>

  constructor(cfg: Config, db: Kysely<AccountDbSchema>, accountFlows: OAuthAccountFlows) {
    this.get = onFirstUse(async () => {
      const { createOAuthProvider } = await import('./provider.ts')
      return createOAuthProvider(cfg, db, accountFlows)
    })
  }
}
