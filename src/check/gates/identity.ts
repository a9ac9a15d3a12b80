import { DidResolver, getHandle, getPds, HandleResolver } from '@atproto/identity'
import { GateSkipped } from '../report.ts'
import type { Gate } from './types.ts'

export const identityGate: Gate = {
  id: 'identity',
  title: 'DID and handle resolve to this server (from the directory and DNS/HTTPS)',
  async run(ctx) {
    const agent = await ctx.session.agent()
    const handle = agent.session?.handle as string
    // Resolved the way relays and AppViews do: DNS TXT or the handle's own HTTPS well-known, and
    // the DID document from the directory, never from Tempest's tables.
    const did = await new HandleResolver({ fetch: ctx.fetch, timeout: 5000 }).resolve(handle)
    if (did === undefined)
      throw new Error(`handle ${handle} does not resolve (no _atproto TXT, no https well-known)`)
    if (did !== agent.assertDid)
      throw new Error(`handle ${handle} resolves to ${did}, not ${agent.assertDid}`)
    const doc = await new DidResolver({
      plcUrl: ctx.plcUrl,
      fetch: ctx.fetch,
      timeout: 5000,
    }).resolve(did, true)
    if (doc === null) throw new Error(`${did} has no DID document at ${ctx.plcUrl}`)
    const endpoint = getPds(doc)
    if (endpoint === undefined || new URL(endpoint).origin !== new URL(ctx.url).origin) {
      throw new Error(`${did}'s #atproto_pds endpoint is ${endpoint ?? 'missing'}, not ${ctx.url}`)
    }
    const docHandle = getHandle(doc)
    if (docHandle !== handle)
      throw new Error(`${did}'s document names handle ${docHandle ?? 'none'}, not ${handle}`)
    return [
      `${handle} -> ${did}`,
      `${did} #atproto_pds -> ${endpoint}`,
      `alsoKnownAs at://${docHandle}`,
    ]
  },
}

export const crawlersGate: Gate = {
  id: 'crawlers',
  title: 'Each relay accepts a crawl request',
  async run(ctx) {
    if (ctx.relays.length === 0) throw new GateSkipped('no --relay given')
    const hostname = new URL(ctx.url).hostname
    const evidence: string[] = []
    for (const relay of ctx.relays) {
      const res = await ctx.fetch(`${relay}/xrpc/com.atproto.sync.requestCrawl`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ hostname }),
      })
      const text = await res.text()
      if (!res.ok)
        throw new Error(
          `${relay} refused requestCrawl for ${hostname}: HTTP ${res.status} ${text.slice(0, 200)}`,
        )
      evidence.push(`${relay}: HTTP ${res.status}`)
    }
    return evidence
  },
}
