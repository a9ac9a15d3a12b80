import type { AppContext } from '../context.ts'

/**
 * The method config of a query that answers the logged-in caller (any account state the access
 * token allows) with what `read` returns for their DID.
 */
export function callerQuery<T>(ctx: AppContext, read: (did: string) => Promise<T>) {
  return {
    auth: ctx.auth.accessStandard(),
    handler: async ({ auth }: { auth: { credentials: { did: string } } }) => ({
      encoding: 'application/json' as const,
      body: await read(auth.credentials.did),
    }),
  }
}
