import type { DidDocument } from '@atproto/identity'
import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config.ts'
import { ServiceTargets } from '../../src/proxy/service-target.ts'
import {
  assertPublicEndpoint,
  isPublicAddress,
  NonPublicAddressError,
  publicOnlyLookup,
} from '../../src/proxy/ssrf.ts'
import { PRODUCTION_ENV } from '../helpers/production-env.ts'

const SERVICE_DID = 'did:plc:serviceserviceservice1'

function docWith(endpoint: string): DidDocument {
  return {
    id: SERVICE_DID,
    service: [{ id: '#svc', type: 'AtprotoAppView', serviceEndpoint: endpoint }],
  }
}

function targetsFor(env: Record<string, string>, endpoint: string): ServiceTargets {
  return new ServiceTargets(loadConfig(env, 'test'), async () => docWith(endpoint))
}

describe('SSRF guard', () => {
  it('calls only public unicast addresses public', () => {
    for (const address of ['8.8.8.8', '1.1.1.1', '2606:4700:4700::1111']) {
      expect(isPublicAddress(address), address).toBe(true)
    }
    const inside = [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      '::',
      'fc00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      '2002:7f00:1::1',
      'not-an-ip',
    ]
    for (const address of inside) expect(isPublicAddress(address), address).toBe(false)
  })

  it('refuses plain http, loopback names and private literals before any request', () => {
    expect(() => assertPublicEndpoint(new URL('http://example.com'))).toThrow(/must use https/)
    expect(() => assertPublicEndpoint(new URL('https://127.0.0.1:8443'))).toThrow(/not a public/)
    expect(() => assertPublicEndpoint(new URL('https://[::1]'))).toThrow(/not a public/)
    expect(() => assertPublicEndpoint(new URL('https://localhost'))).toThrow(/not a public/)
    expect(() => assertPublicEndpoint(new URL('https://api.example.com'))).not.toThrow()
  })

  it('refuses a host name that resolves inside the network when connecting', async () => {
    const err = await new Promise<unknown>((resolve) => {
      publicOnlyLookup('localhost', {}, (e) => resolve(e))
    })
    expect(err).toBeInstanceOf(NonPublicAddressError)
  })
})

describe('proxy targets', () => {
  it('in production, a DID document pointing inside the network is a clear error', async () => {
    await expect(
      targetsFor(PRODUCTION_ENV, 'https://10.0.0.7').fromProxyHeader(`${SERVICE_DID}#svc`),
    ).rejects.toMatchObject({
      error: 'InvalidRequest',
      message: expect.stringMatching(/not a public address/),
    })
    await expect(
      targetsFor(PRODUCTION_ENV, 'http://appview.example.com').fromProxyHeader(
        `${SERVICE_DID}#svc`,
      ),
    ).rejects.toMatchObject({ message: expect.stringMatching(/must use https/) })
    const ok = await targetsFor(
      PRODUCTION_ENV,
      'https://appview.example.com/ignored/path',
    ).fromProxyHeader(`${SERVICE_DID}#svc`)
    expect(ok).toMatchObject({ did: SERVICE_DID, guarded: true })
    expect(ok.origin.href).toBe('https://appview.example.com/')
  })

  it('in development, local endpoints from DID documents are allowed', async () => {
    const target = await targetsFor({}, 'http://localhost:4000').fromProxyHeader(
      `${SERVICE_DID}#svc`,
    )
    expect(target).toMatchObject({ did: SERVICE_DID, guarded: false })
  })

  it("trusts the operator's services as configured, aud the bare DID", () => {
    const targets = targetsFor(
      {
        ...PRODUCTION_ENV,
        TEMPEST_APPVIEW_URL: 'http://10.0.0.5:3000',
        TEMPEST_APPVIEW_DID: 'did:web:api.bsky.app#bsky_appview',
        TEMPEST_CHAT_URL: 'https://api.bsky.chat',
        TEMPEST_CHAT_DID: 'did:web:api.bsky.chat',
      },
      'https://unused.example.com',
    )
    expect(targets.defaultFor('app.bsky.feed.getTimeline')).toMatchObject({
      did: 'did:web:api.bsky.app',
      guarded: false,
    })
    expect(targets.defaultFor('com.atproto.label.queryLabels').did).toBe('did:web:api.bsky.app')
    expect(targets.defaultFor('chat.bsky.convo.listConvos').did).toBe('did:web:api.bsky.chat')
    expect(() => targets.defaultFor('com.atproto.moderation.createReport')).toThrow(
      /TEMPEST_REPORT_SERVICE_URL/,
    )
    expect(() => targets.defaultFor('tools.ozone.moderation.queryEvents')).toThrow(/atproto-proxy/)
  })
})
