import { Agent } from '@atproto/api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type HeadlessChromium, launchChromium } from '../helpers/chromium.ts'
import { startTestPds, type TestPds } from '../helpers/harness.ts'
import { DpopRequester, loopbackClient, type LoopbackClient } from './oauth-helpers.ts'

const HANDLE = 'alice.test'
const PASSWORD = 'alice-password-1'
const EMAIL = 'alice@example.com'

let pds: TestPds
let chromium: HeadlessChromium
let did: string

beforeAll(async () => {
  pds = await startTestPds()
  const created = await pds.agent().com.atproto.server.createAccount({
    handle: HANDLE,
    email: EMAIL,
    password: PASSWORD,
  })
  did = created.data.did
  chromium = await launchChromium()
})

afterAll(async () => {
  await chromium?.close()
  await pds?.close()
})

describe('discovery metadata', () => {
  it('serves protected-resource and authorization-server metadata for the public URL', async () => {
    const resource = await (await fetch(`${pds.url}/.well-known/oauth-protected-resource`)).json()
    expect(resource).toMatchObject({ resource: pds.url, authorization_servers: [pds.url] })
    const server = (await (
      await fetch(`${pds.url}/.well-known/oauth-authorization-server`)
    ).json()) as Record<string, unknown>
    expect(server).toMatchObject({
      issuer: pds.url,
      require_pushed_authorization_requests: true,
      pushed_authorization_request_endpoint: `${pds.url}/oauth/par`,
      token_endpoint: `${pds.url}/oauth/token`,
      revocation_endpoint: `${pds.url}/oauth/revoke`,
      jwks_uri: `${pds.url}/oauth/jwks`,
      client_id_metadata_document_supported: true,
    })
    expect(server.dpop_signing_alg_values_supported).toContain('ES256')
    expect(server.code_challenge_methods_supported).toEqual(['S256'])
    expect(server.scopes_supported).toEqual(expect.arrayContaining(['atproto']))
  })
})

describe('full session (transition:generic transition:email)', () => {
  let oauth: LoopbackClient

  beforeAll(async () => {
    oauth = await loopbackClient(pds, 'atproto transition:generic transition:email')
  })
  afterAll(() => oauth?.close())

  it('signs in through the browser, writes, refreshes and is revoked', async () => {
    const session = await oauth.signIn(chromium.browser, HANDLE, PASSWORD)
    expect(session.did).toBe(did)
    const agent = new Agent(session)

    const info = await agent.com.atproto.server.getSession()
    expect(info.data).toMatchObject({ did, handle: HANDLE, email: EMAIL })

    const post = await agent.com.atproto.repo.createRecord({
      repo: did,
      collection: 'app.bsky.feed.post',
      record: {
        $type: 'app.bsky.feed.post',
        text: 'hello over oauth',
        createdAt: new Date().toISOString(),
      },
    })
    expect(post.data.uri).toContain(did)

    const before = oauth.sessions.get(did)!.tokenSet
    const refreshed = await oauth.client.restore(did, true)
    const after = oauth.sessions.get(did)!.tokenSet
    expect(after.access_token).not.toBe(before.access_token)
    expect(after.refresh_token).not.toBe(before.refresh_token)
    await new Agent(refreshed).com.atproto.repo.deleteRecord({
      repo: did,
      collection: 'app.bsky.feed.post',
      rkey: post.data.uri.split('/').pop()!,
    })

    // Keep the stored session (DPoP key and tokens) to present the revoked token again.
    const saved = structuredClone(oauth.sessions.get(did)!)
    await refreshed.signOut()
    oauth.sessions.set(did, saved)
    const dpop = new DpopRequester(saved)
    const url = `${pds.url}/xrpc/com.atproto.server.getSession`
    const first = await dpop.send(url, 'GET', await dpop.proof({ htm: 'GET', htu: url }))
    const nonce = first.headers.get('dpop-nonce')!
    const res = await dpop.send(url, 'GET', await dpop.proof({ htm: 'GET', htu: url, nonce }))
    expect(res.status).toBe(401)
    expect(await res.json()).toMatchObject({ error: 'invalid_token' })
  })
})

describe('DPoP proofs on resource requests', () => {
  let oauth: LoopbackClient
  let dpop: DpopRequester
  const url = () => `${pds.url}/xrpc/com.atproto.server.getSession`

  beforeAll(async () => {
    oauth = await loopbackClient(pds, 'atproto transition:generic')
    await oauth.signIn(chromium.browser, HANDLE, PASSWORD)
    dpop = new DpopRequester(oauth.sessions.get(did)!)
  })
  afterAll(() => oauth?.close())

  async function nonce(): Promise<string> {
    const res = await dpop.send(url(), 'GET', await dpop.proof({ htm: 'GET', htu: url() }))
    return res.headers.get('dpop-nonce')!
  }

  it('asks for a nonce when the proof has none', async () => {
    const res = await dpop.send(url(), 'GET', await dpop.proof({ htm: 'GET', htu: url() }))
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toContain('use_dpop_nonce')
    expect(res.headers.get('dpop-nonce')).toBeTruthy()
  })

  it('accepts a fresh proof once and refuses its replay', async () => {
    const proof = await dpop.proof({ htm: 'GET', htu: url(), nonce: await nonce() })
    const ok = await dpop.send(url(), 'GET', proof)
    expect(ok.status).toBe(200)
    expect(await ok.json()).toMatchObject({ did })
    const replay = await dpop.send(url(), 'GET', proof)
    expect(replay.status).toBe(401)
    expect(await replay.json()).toMatchObject({ error: 'invalid_dpop_proof' })
  })

  it('refuses a proof for another method or another URL', async () => {
    const wrongHtm = await dpop.proof({ htm: 'POST', htu: url(), nonce: await nonce() })
    const byMethod = await dpop.send(url(), 'GET', wrongHtm)
    expect(byMethod.status).toBe(401)
    expect(await byMethod.json()).toMatchObject({ error: 'invalid_dpop_proof' })

    const other = `${pds.url}/xrpc/com.atproto.server.checkAccountStatus`
    const wrongHtu = await dpop.proof({ htm: 'GET', htu: other, nonce: await nonce() })
    const byUrl = await dpop.send(url(), 'GET', wrongHtu)
    expect(byUrl.status).toBe(401)
    expect(await byUrl.json()).toMatchObject({ error: 'invalid_dpop_proof' })
  })

  it('never reaches account-deletion-class, app-password or admin methods', async () => {
    const agent = new Agent(await oauth.client.restore(did, false))
    await expect(agent.com.atproto.server.createAppPassword({ name: 'x' })).rejects.toMatchObject({
      status: 403,
    })
    await expect(agent.com.atproto.server.requestAccountDelete()).rejects.toMatchObject({
      status: 403,
    })
    await expect(agent.com.atproto.server.createInviteCode({ useCount: 1 })).rejects.toMatchObject({
      status: 401,
    })
  })
})

describe('granular scope repo:app.bsky.feed.post?action=create', () => {
  let oauth: LoopbackClient
  let agent: Agent

  beforeAll(async () => {
    oauth = await loopbackClient(pds, 'atproto repo:app.bsky.feed.post?action=create')
    agent = new Agent(await oauth.signIn(chromium.browser, HANDLE, PASSWORD))
  })
  afterAll(() => oauth?.close())

  it('creates posts but cannot delete them or write the profile', async () => {
    const post = await agent.com.atproto.repo.createRecord({
      repo: did,
      collection: 'app.bsky.feed.post',
      record: { $type: 'app.bsky.feed.post', text: 'scoped', createdAt: new Date().toISOString() },
    })
    const rkey = post.data.uri.split('/').pop()!
    await expect(
      agent.com.atproto.repo.deleteRecord({ repo: did, collection: 'app.bsky.feed.post', rkey }),
    ).rejects.toMatchObject({ status: 403, error: 'ScopeMissingError' })
    await expect(
      agent.com.atproto.repo.putRecord({
        repo: did,
        collection: 'app.bsky.actor.profile',
        rkey: 'self',
        record: { $type: 'app.bsky.actor.profile', displayName: 'Alice' },
      }),
    ).rejects.toMatchObject({ status: 403, error: 'ScopeMissingError' })
    // Nothing was deleted or written.
    const kept = await pds.agent().com.atproto.repo.getRecord({
      repo: did,
      collection: 'app.bsky.feed.post',
      rkey,
    })
    expect(kept.data.uri).toBe(post.data.uri)
    await expect(
      pds.agent().com.atproto.repo.getRecord({
        repo: did,
        collection: 'app.bsky.actor.profile',
        rkey: 'self',
      }),
    ).rejects.toThrow()
  })

  it('does not see the email without transition:email', async () => {
    const info = await agent.com.atproto.server.getSession()
    expect(info.data.did).toBe(did)
    expect(info.data.email).toBeUndefined()
    expect(info.data.emailConfirmed).toBeUndefined()
  })
})

describe('account pages: authorized apps', () => {
  let oauth: LoopbackClient

  beforeAll(async () => {
    oauth = await loopbackClient(pds, 'atproto transition:generic')
  })
  afterAll(() => oauth?.close())

  it('lists the authorized app and revokes it', async () => {
    const agent = new Agent(await oauth.signIn(chromium.browser, HANDLE, PASSWORD))
    await agent.com.atproto.server.getSession()

    const page = await chromium.browser.newPage()
    try {
      await page.goto(`${pds.url}/account`)
      await page.getByRole('button', { name: 'Sign in' }).click()
      await page.locator('input[name="username"]').fill(HANDLE)
      await page.locator('input[name="password"]').fill(PASSWORD)
      await page.locator('button[type="submit"]').first().click()
      await page.getByRole('link', { name: /^Apps/ }).first().click()
      await page.getByRole('cell', { name: 'loopback' }).first().waitFor()
      const tokensBefore = await oauthTokenCount()
      await page.getByRole('button', { name: 'Details' }).first().click()
      await page.getByRole('button', { name: 'Revoke access' }).click()
      await expect.poll(oauthTokenCount).toBeLessThan(tokensBefore)
    } finally {
      await page.close()
    }
    await expect(agent.com.atproto.server.getSession()).rejects.toThrow()
  })
})

async function oauthTokenCount(): Promise<number> {
  const rows = await pds.ctx.accountDb.selectFrom('oauth_token').select('token_id').execute()
  return rows.length
}
