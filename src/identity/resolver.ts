import { type DidCache, DidPlcResolver, IdResolver } from '@atproto/identity'
import type { TempestEnv } from '../config.ts'

/**
 * DID and handle resolution. did:plc documents come from the operator's TEMPEST_PLC_URL with a
 * plain fetch, whatever its scheme and host: the directory is configuration, as trusted as the
 * data directory (a loopback directory works in production). Everything else names hosts that
 * users choose (did:web, handle well-knowns) and goes through the SSRF-protected fetch, except in
 * development, where servers on localhost are the point.
 */
export function createIdResolver(opts: {
  plcUrl: string | undefined
  env: TempestEnv
  timeout?: number
  didCache?: DidCache
}): IdResolver {
  const timeout = opts.timeout ?? 3000
  const resolver = new IdResolver({
    plcUrl: opts.plcUrl,
    timeout,
    didCache: opts.didCache,
    ...(opts.env === 'development' && { fetch: globalThis.fetch }),
  })
  if (opts.plcUrl !== undefined) {
    resolver.did.methods.set(
      'plc',
      new DidPlcResolver(opts.plcUrl, timeout, undefined, globalThis.fetch),
    )
  }
  return resolver
}
