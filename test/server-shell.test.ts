import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPds, type TestPds } from './helpers/harness.ts'

let pds: TestPds
beforeAll(async () => {
  pds = await startTestPds({ env: { TEMPEST_CONTACT_EMAIL: 'ops@example.com' } })
})
afterAll(() => pds.close())

describe('server shell', () => {
  it('answers health with the version', async () => {
    const res = await fetch(`${pds.url}/xrpc/_health`)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ version: 'test' })
  })

  it('describes the server through the official client (lexicon output checked)', async () => {
    const res = await pds.agent().com.atproto.server.describeServer()
    expect(res.data.did).toBe('did:web:localhost')
    expect(res.data.availableUserDomains).toEqual(['.test'])
    expect(res.data.inviteCodeRequired).toBe(false)
    expect(res.data.blobUploadLimit).toBe(100 * 1024 * 1024)
    expect(res.data.contact).toEqual({ email: 'ops@example.com' })
  })

  it('answers 501 MethodNotImplemented as JSON for a method without a handler', async () => {
    const res = await fetch(`${pds.url}/xrpc/com.atproto.temp.checkSignupQueue`)
    expect(res.status).toBe(501)
    expect(res.headers.get('content-type')).toMatch(/application\/json/)
    expect(await res.json()).toMatchObject({ error: 'MethodNotImplemented' })
  })

  it('refuses the wrong HTTP verb for a known method', async () => {
    const res = await fetch(`${pds.url}/xrpc/com.atproto.server.describeServer`, { method: 'POST' })
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ error: 'InvalidRequest' })
  })

  it('answers JSON 404 for unknown paths', async () => {
    const res = await fetch(`${pds.url}/no/such/page`)
    expect(res.status).toBe(404)
    expect(await res.json()).toEqual({ error: 'NotFound', message: 'Not found' })
  })

  it('serves a banner, robots.txt and open CORS with request ids', async () => {
    const banner = await fetch(`${pds.url}/`)
    expect(await banner.text()).toMatch(/AT Protocol Personal Data Server/)
    const robots = await fetch(`${pds.url}/robots.txt`)
    expect(await robots.text()).toMatch(/User-agent: \*/)
    const preflight = await fetch(`${pds.url}/xrpc/com.atproto.server.describeServer`, {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example', 'access-control-request-method': 'GET' },
    })
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*')
    const withId = await fetch(`${pds.url}/xrpc/_health`, {
      headers: { 'x-request-id': 'abc-123' },
    })
    expect(withId.headers.get('x-request-id')).toBe('abc-123')
    const xrpc = await fetch(`${pds.url}/xrpc/com.atproto.server.describeServer`)
    expect(xrpc.headers.get('x-powered-by')).toBeNull()
    const fresh = await fetch(`${pds.url}/xrpc/_health`)
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
  })
})
