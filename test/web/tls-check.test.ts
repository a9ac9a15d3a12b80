import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPds, type TestPds } from '../helpers/harness.ts'

let pds: TestPds
beforeAll(async () => {
  pds = await startTestPds({
    env: { TEMPEST_HOSTNAME: 'pds.example.com', TEMPEST_PUBLIC_URL: 'https://pds.example.com' },
  })
}, 60_000)
afterAll(() => pds?.close())

async function ask(domain?: string): Promise<number> {
  const query = domain === undefined ? '' : `?domain=${encodeURIComponent(domain)}`
  const res = await fetch(`${pds.url}/tls-check${query}`)
  await res.arrayBuffer()
  return res.status
}

describe('GET /tls-check (the on-demand TLS ask endpoint)', () => {
  beforeAll(async () => {
    // A hosted account as the account store writes it; only `handle` matters here.
    await pds.ctx.accountDb
      .insertInto('account')
      .values({
        did: 'did:plc:tlscheckalice00000000000',
        handle: 'alice.pds.example.com',
        email: null,
        email_confirmed_at: null,
        email_auth_factor: 0,
        password_hash: null,
        signing_key: '00',
        status: 'active',
        takedown_ref: null,
        deactivated_at: null,
        invites_disabled: 0,
        created_at: new Date().toISOString(),
      })
      .execute()
  })

  it('allows the server hostname, in any case and with a trailing dot', async () => {
    expect(await ask('pds.example.com')).toBe(200)
    expect(await ask('PDS.Example.com.')).toBe(200)
  })

  it('allows the handle of a hosted account', async () => {
    expect(await ask('alice.pds.example.com')).toBe(200)
  })

  it('refuses a free name under the handle domain', async () => {
    expect(await ask('bob.pds.example.com')).toBe(404)
  })

  it('refuses domains outside the handle domains, even lookalikes', async () => {
    expect(await ask('example.com')).toBe(404)
    expect(await ask('alice.pds.example.com.evil.net')).toBe(404)
    expect(await ask('evilpds.example.com')).toBe(404)
  })

  it('answers 400 without a usable domain', async () => {
    expect(await ask()).toBe(400)
    expect(await ask('')).toBe(400)
    expect(await ask('a'.repeat(254))).toBe(400)
    const res = await fetch(`${pds.url}/tls-check?domain=a&domain=b`)
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ error: 'InvalidRequest' })
  })
})
