import { existsSync } from 'node:fs'
import argon2 from 'argon2'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPds, type TestPds } from '../helpers/harness.ts'
import { createUser, getWithHost, xrpc } from './helpers.ts'
import { liftedAdminThrottle } from '../admin/helpers.ts'

let pds: TestPds
beforeAll(async () => {
  pds = await startTestPds()
})
afterAll(() => pds.close())

function post() {
  return { $type: 'app.bsky.feed.post', text: 'hello', createdAt: new Date().toISOString() }
}

describe('deactivation', () => {
  it('a deactivated account can log in but cannot write, until it is activated', async () => {
    const user = await createUser(pds, 'dora')
    const before = pds.ctx.sequencer.head()
    await user.agent.com.atproto.server.deactivateAccount({})

    const login = await pds.agent().login({ identifier: user.handle, password: user.password })
    expect(login.data).toMatchObject({ active: false, status: 'deactivated' })
    const session = await user.agent.com.atproto.server.getSession()
    expect(session.data).toMatchObject({ active: false, status: 'deactivated' })
    const write = await xrpc(pds, 'com.atproto.repo.createRecord', {
      token: login.data.accessJwt,
      body: { repo: user.did, collection: 'app.bsky.feed.post', record: post() },
    })
    expect(write.body.error).toBe('AccountDeactivated')

    await user.agent.com.atproto.server.activateAccount()
    const events = pds.ctx.sequencer.readAfter(before, 10).filter((e) => e.did === user.did)
    expect(events.map((e) => [e.type, (e.body as { active?: boolean }).active])).toEqual([
      ['account', false],
      ['identity', undefined],
      ['account', true],
      ['sync', undefined],
    ])
    const created = await user.agent.com.atproto.repo.createRecord({
      repo: user.did,
      collection: 'app.bsky.feed.post',
      record: post(),
    })
    expect(created.data.uri).toContain(user.did)
  })
})

describe('getServiceAuth', () => {
  it('signs ES256K tokens with the account key within the reference limits', async () => {
    const user = await createUser(pds, 'sally')
    const res = await user.agent.com.atproto.server.getServiceAuth({
      aud: 'did:web:feed.example',
      lxm: 'app.bsky.feed.getFeedSkeleton',
    })
    const [header, payload] = res.data.token
      .split('.')
      .slice(0, 2)
      .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')))
    expect(header).toMatchObject({ alg: 'ES256K' })
    expect(payload).toMatchObject({
      iss: user.did,
      aud: 'did:web:feed.example',
      lxm: 'app.bsky.feed.getFeedSkeleton',
    })
    expect(payload.exp - Math.floor(Date.now() / 1000)).toBeLessThanOrEqual(60)

    const token = user.agent.session!.accessJwt
    const call = (params: Record<string, string>) =>
      xrpc(pds, 'com.atproto.server.getServiceAuth', { token, params })
    const now = Math.floor(Date.now() / 1000)
    const tooLong = await call({ aud: 'did:web:x.example', exp: String(now + 7200), lxm: 'a.b.c' })
    expect(tooLong.body.error).toBe('BadExpiration')
    const past = await call({ aud: 'did:web:x.example', exp: String(now - 10) })
    expect(past.body.error).toBe('BadExpiration')
    const methodless = await call({ aud: 'did:web:x.example', exp: String(now + 600) })
    expect(methodless.body.error).toBe('BadExpiration')
    const hour = await call({ aud: 'did:web:x.example', exp: String(now + 3000), lxm: 'a.b.c' })
    expect(hour.status).toBe(200)
    const protectedMethod = await call({
      aud: 'did:web:x.example',
      lxm: 'com.atproto.server.createAppPassword',
    })
    expect(protectedMethod.status).toBe(400)
  })
})

describe('account deletion', () => {
  it('needs the emailed token and the password, then removes everything and frees the handle', async () => {
    const user = await createUser(pds, 'doomed')
    // No SMTP here: the request says so, and the code waits in the operator's view.
    await expect(user.agent.com.atproto.server.requestAccountDelete()).rejects.toMatchObject({
      error: 'EmailNotConfigured',
    })
    const [pending] = await pds.ctx.accounts.emailTokens.listPending(user.did)
    expect(pending).toMatchObject({ purpose: 'delete_account', token: expect.any(String) })
    const token = pending?.token ?? ''

    const wrongToken = await xrpc(pds, 'com.atproto.server.deleteAccount', {
      body: { did: user.did, password: user.password, token: 'AAAAA-BBBBB' },
    })
    expect(wrongToken.body.error).toBe('InvalidToken')
    const wrongPassword = await xrpc(pds, 'com.atproto.server.deleteAccount', {
      body: { did: user.did, password: 'not-the-password', token },
    })
    expect(wrongPassword.status).toBe(401)
    expect(await pds.ctx.accounts.getAccount(user.did)).not.toBeNull()

    const before = pds.ctx.sequencer.head()
    await pds.agent().com.atproto.server.deleteAccount({
      did: user.did,
      password: user.password,
      token,
    })
    expect(await pds.ctx.accounts.getAccount(user.did)).toBeNull()
    expect(pds.ctx.repos.root(user.did)).toBeNull()
    const [deleted] = pds.ctx.sequencer.readAfter(before, 10).filter((e) => e.did === user.did)
    expect(deleted?.body).toMatchObject({ active: false, status: 'deleted' })
    const oldSession = await xrpc(pds, 'com.atproto.server.getSession', { token: user.accessJwt })
    expect(oldSession.status).toBe(400)
    expect((await getWithHost(pds, '/.well-known/atproto-did', 'doomed.test')).status).toBe(404)

    const again = await createUser(pds, 'doomed')
    expect(again.did).not.toBe(user.did)
  })
})

describe('migration in', () => {
  it('creates the account deactivated with an existing DID and service auth, leaving the DID alone', async () => {
    const target = await startTestPds({ plc: pds.plc })
    try {
      const user = await createUser(pds, 'mover')
      const auth = await user.agent.com.atproto.server.getServiceAuth({
        aud: target.ctx.cfg.serviceDid,
        lxm: 'com.atproto.server.createAccount',
      })
      const body = {
        did: user.did,
        handle: 'mover.test',
        email: 'mover@example.com',
        password: 'mover-new-password',
      }
      const anonymous = await xrpc(target, 'com.atproto.server.createAccount', { body })
      expect(anonymous.status).toBe(401)

      const res = await xrpc(target, 'com.atproto.server.createAccount', {
        token: auth.data.token,
        body,
      })
      expect(res.status).toBe(200)
      expect(res.body.did).toBe(user.did)
      const account = await target.ctx.accounts.getAccount(user.did)
      expect(account?.status).toBe('deactivated')
      const doc = (await (await fetch(`${pds.plc.url}/${user.did}`)).json()) as {
        service: Array<{ serviceEndpoint: string }>
      }
      expect(doc.service[0]?.serviceEndpoint).toBe(pds.ctx.cfg.publicUrl)
      // Activation is refused while the DID document still names the old server.
      const activate = await xrpc(target, 'com.atproto.server.activateAccount', {
        token: res.body.accessJwt as string,
        post: true,
      })
      expect(activate.status).toBe(400)
    } finally {
      await target.close()
    }
  })
})

describe('invites and admin token', () => {
  it('requires a usable invite code when invites are on', async () => {
    const adminToken = 'operator-secret-token'
    const gated = await startTestPds({
      plc: pds.plc,
      env: {
        TEMPEST_INVITE_REQUIRED: 'true',
        TEMPEST_ADMIN_TOKEN_HASH: await argon2.hash(adminToken, { type: argon2.argon2id }),
        // A wrong token and then the right one within a second: the throttle is not tested here.
        ...liftedAdminThrottle,
      },
    })
    try {
      const signup = (handle: string, inviteCode?: string) =>
        xrpc(gated, 'com.atproto.server.createAccount', {
          body: {
            handle,
            email: `${handle}@example.com`,
            password: 'long-enough-password',
            inviteCode,
          },
        })
      expect((await signup('nocode.test')).body.error).toBe('InvalidInviteCode')
      expect((await signup('badcode.test', 'made-up-code')).body.error).toBe('InvalidInviteCode')

      const denied = await xrpc(gated, 'com.atproto.server.createInviteCode', {
        token: 'wrong-token',
        body: { useCount: 1 },
      })
      expect(denied.status).toBe(401)
      const invite = await xrpc(gated, 'com.atproto.server.createInviteCode', {
        token: adminToken,
        body: { useCount: 1 },
      })
      const code = invite.body.code as string
      expect(code).toMatch(/^localhost-[a-z2-7]{5}-[a-z2-7]{5}$/)

      const first = await signup('invited.test', code)
      expect(first.status).toBe(200)
      expect((await signup('second.test', code)).body.error).toBe('InvalidInviteCode')

      const batch = await xrpc(gated, 'com.atproto.server.createInviteCodes', {
        token: adminToken,
        body: { codeCount: 2, useCount: 3, forAccounts: [first.body.did] },
      })
      expect(batch.body.codes).toEqual([{ account: first.body.did, codes: expect.any(Array) }])
      const mine = await xrpc(gated, 'com.atproto.server.getAccountInviteCodes', {
        token: first.body.accessJwt as string,
      })
      expect(mine.body.codes).toHaveLength(2)
      expect(mine.body.codes).toContainEqual(
        expect.objectContaining({
          available: 3,
          disabled: false,
          forAccount: first.body.did,
          uses: [],
        }),
      )
    } finally {
      await gated.close()
    }
  })

  it('says admin access is disabled when no admin token hash is configured', async () => {
    const res = await xrpc(pds, 'com.atproto.server.createInviteCode', {
      token: 'anything',
      body: { useCount: 1 },
    })
    expect(res.status).toBe(401)
    expect(res.body.message).toMatch(/TEMPEST_ADMIN_TOKEN_HASH/)
  })
})

it('keeps did:web documents for hosted accounts in web mode', async () => {
  const web = await startTestPds({ plc: pds.plc, env: { TEMPEST_HOSTED_DID_METHOD: 'web' } })
  try {
    const user = await createUser(web, 'webby')
    expect(user.did).toBe('did:web:webby.test')
    const doc = JSON.parse((await getWithHost(web, '/.well-known/did.json', 'webby.test')).body)
    const key = await web.ctx.accounts.getSigningKey(user.did)
    expect(doc).toMatchObject({
      id: user.did,
      alsoKnownAs: ['at://webby.test'],
      verificationMethod: [{ id: `${user.did}#atproto`, publicKeyMultibase: key.did().slice(8) }],
      service: [{ id: '#atproto_pds', serviceEndpoint: web.ctx.cfg.publicUrl }],
    })
    await user.agent.com.atproto.identity.updateHandle({ handle: 'webster.test' })
    const updated = JSON.parse((await getWithHost(web, '/.well-known/did.json', 'webby.test')).body)
    expect(updated.alsoKnownAs).toEqual(['at://webster.test'])
    expect(existsSync(web.dataDir)).toBe(true)
  } finally {
    await web.close()
  }
})
