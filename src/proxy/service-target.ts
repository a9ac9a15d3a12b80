import { getServiceEndpoint } from '@atproto/common'
import type { DidDocument } from '@atproto/identity'
import { ensureValidDid } from '@atproto/syntax'
import { InvalidRequestError, MethodNotImplementedError } from '@atproto/xrpc-server'
import type { Config, ServiceRef } from '../config.ts'
import { assertPublicEndpoint } from './ssrf.ts'

/** Where a proxied request goes. */
export interface ProxyTarget {
  /** Scheme, host and port of the service (the request keeps its own `/xrpc/...` path). */
  origin: URL
  /** The service's DID without fragment: the `aud` of the service JWT (as the reference PDS). */
  did: string
  /** Found in a DID document: connections are limited to public addresses outside development. */
  guarded: boolean
}

export type ResolveDidDoc = (did: string) => Promise<DidDocument | undefined>

const SERVICE_ID_RE = /^[a-zA-Z0-9._~-]+$/

/**
 * Finds the service a proxied method goes to: the one an `atproto-proxy: <did>#<service id>`
 * header names (DID documents come from the identity resolver's cache), or the service the
 * operator configured for the method's namespace.
 */
export class ServiceTargets {
  private readonly guardDiscovered: boolean

  constructor(
    private readonly cfg: Config,
    private readonly resolveDidDoc: ResolveDidDoc,
  ) {
    this.guardDiscovered = cfg.env !== 'development'
  }

  /** The target for a method: the header's service when present, else the configured default. */
  async forRequest(proxyHeader: string | undefined, nsid: string): Promise<ProxyTarget> {
    return proxyHeader ? this.fromProxyHeader(proxyHeader) : this.defaultFor(nsid)
  }

  async fromProxyHeader(header: string): Promise<ProxyTarget> {
    const hash = header.indexOf('#')
    if (hash === 0) throw new InvalidRequestError('no did specified in proxy header')
    if (hash === -1 || hash === header.length - 1) {
      throw new InvalidRequestError('no service id specified in proxy header')
    }
    const did = header.slice(0, hash)
    const serviceId = header.slice(hash + 1)
    if (!SERVICE_ID_RE.test(serviceId)) {
      throw new InvalidRequestError('invalid proxy header format')
    }
    try {
      ensureValidDid(did)
    } catch {
      throw new InvalidRequestError(`invalid did in proxy header: ${did}`)
    }
    return this.discover(did, serviceId)
  }

  /** The endpoint of service `#serviceId` in `did`'s document. */
  async discover(did: string, serviceId: string): Promise<ProxyTarget> {
    const doc = await this.resolveDidDoc(did)
    if (!doc) throw new InvalidRequestError(`could not resolve proxy did: ${did}`)
    const endpoint = getServiceEndpoint(doc, { id: `#${serviceId}` })
    if (!endpoint) {
      throw new InvalidRequestError(
        `could not resolve proxy did service url: ${did} has no service #${serviceId}`,
      )
    }
    const origin = new URL(new URL(endpoint).origin)
    if (this.guardDiscovered) assertPublicEndpoint(origin)
    return { origin, did, guarded: this.guardDiscovered }
  }

  /** The operator's service for a method, or MethodNotImplemented naming the missing setting. */
  defaultFor(nsid: string): ProxyTarget {
    const { ref, setting } = this.configuredFor(nsid)
    if (!ref) {
      throw new MethodNotImplementedError(
        setting
          ? `${nsid} is proxied to a service that is not configured: set ${setting}_URL and ${setting}_DID`
          : `No service configured for ${nsid}: send an atproto-proxy header`,
      )
    }
    return { origin: new URL(new URL(ref.url).origin), did: ref.did, guarded: false }
  }

  private configuredFor(nsid: string): { ref: ServiceRef | undefined; setting?: string } {
    if (nsid === 'com.atproto.moderation.createReport') {
      return { ref: this.cfg.reportService, setting: 'TEMPEST_REPORT_SERVICE' }
    }
    if (nsid.startsWith('chat.bsky.')) return { ref: this.cfg.chat, setting: 'TEMPEST_CHAT' }
    // Moderation tooling has no default service: clients name their Ozone instance.
    if (nsid.startsWith('tools.ozone.')) return { ref: undefined }
    return { ref: this.cfg.appView, setting: 'TEMPEST_APPVIEW' }
  }
}
