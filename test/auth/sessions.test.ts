import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser, xrpc } from '../account/helpers.ts'
import { startTestPds, type TestPds } from '../helpers/harness.ts'

let pds: TestPds
let short: TestPds
beforeAll(async () => {
  pds = await startTestPds()
  short = await startTestPds({
    plc: pds.plc,
    env: { TEMPEST_ACCESS_TOKEN_TTL_SECONDS: '2', TEMPEST_REFRESH_GRACE_SECONDS: '1' },
  })
})
afterAll(async () => {
  await short.close()
  await pds.close()
})

describe('sessions', () => {
  it('logs in by handle, email or DID and resumes a session in a new agent', async () => {
    const user = await createUser(pds, 'sam')
    for (const identifier of ['sam.test', 'SAM@example.com', user.did]) {
      const agent = pds.agent()
      const res = await agent.login({ identifier, password: user.password })
      expect(res.data).toMatchObject({ did: user.did, handle: 'sam.test', active: true })
      expect(res.data.didDoc).toMatchObject({ id: user.did })
    }
    const resumed = pds.agent()
    await resumed.resumeSession(user.agent.session!)
    expect(resumed.session?.did).toBe(user.did)
  })

  it('issues access tokens with the reference claims', async () => {
    const user = await createUser(pds, 'claims')
    const [header, payload] = user.accessJwt
      .split('.')
      .slice(0, 2)
      .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')))
    expect(header).toEqual({ typ: 'at+jwt', alg: 'HS256' })
    expect(payload).toMatchObject({
      scope: 'com.atproto.access',
      sub: user.did,
      aud: pds.ctx.cfg.serviceDid,
    })
    expect(payload.exp - payload.iat).toBe(pds.ctx.cfg.accessTokenTtlSeconds)
  })

  it('gives the same error for an unknown account and a wrong password', async () => {
    await createUser(pds, 'tess')
    const unknown = await xrpc(pds, 'com.atproto.server.createSession', {
      body: { identifier: 'nobody-here.test', password: 'whatever-password' },
    })
    const wrong = await xrpc(pds, 'com.atproto.server.createSession', {
      body: { identifier: 'tess.test', password: 'whatever-password' },
    })
    expect(unknown.status).toBe(401)
    expect(wrong.status).toBe(401)
    expect(unknown.body).toEqual(wrong.body)
  })

  it('refreshes after the access token expired (the client does it by itself)', async () => {
    const user = await createUser(short, 'ursula')
    const firstAccess = user.agent.session!.accessJwt
    // Used once while valid, so the server has it among its verified tokens.
    const valid = await xrpc(short, 'com.atproto.server.getSession', { token: firstAccess })
    expect(valid.status).toBe(200)
    await sleep(2100)
    const expired = await xrpc(short, 'com.atproto.server.getSession', { token: firstAccess })
    expect(expired.body.error).toBe('ExpiredToken')
    const res = await user.agent.com.atproto.server.getSession()
    expect(res.data.did).toBe(user.did)
    expect(user.agent.session!.accessJwt).not.toBe(firstAccess)
  })

  it('lets a rotated refresh token work within the grace period, then revokes the family', async () => {
    const user = await createUser(short, 'victor')
    const original = user.refreshJwt
    const first = await xrpc(short, 'com.atproto.server.refreshSession', {
      token: original,
      post: true,
    })
    expect(first.status).toBe(200)
    const concurrent = await xrpc(short, 'com.atproto.server.refreshSession', {
      token: original,
      post: true,
    })
    expect(concurrent.status).toBe(200)
    await sleep(1200)
    const reused = await xrpc(short, 'com.atproto.server.refreshSession', {
      token: original,
      post: true,
    })
    expect(reused.body.error).toBe('ExpiredToken')
    // The whole family is gone: the newest refresh token and its access token too.
    const newest = await xrpc(short, 'com.atproto.server.refreshSession', {
      token: first.body.refreshJwt as string,
      post: true,
    })
    expect(newest.body.error).toBe('ExpiredToken')
    const access = await xrpc(short, 'com.atproto.server.getSession', {
      token: first.body.accessJwt as string,
    })
    expect(access.body.error).toBe('ExpiredToken')
    // Other sessions of the account are untouched.
    const other = await short.agent().login({ identifier: user.handle, password: user.password })
    expect(other.success).toBe(true)
  })

  it('logs out: the refresh token and the access token stop working at once', async () => {
    const user = await createUser(pds, 'wendy')
    const { accessJwt, refreshJwt } = user.agent.session!
    await user.agent.logout()
    expect(
      (await xrpc(pds, 'com.atproto.server.refreshSession', { token: refreshJwt, post: true })).body
        .error,
    ).toBe('ExpiredToken')
    expect(
      (await xrpc(pds, 'com.atproto.server.getSession', { token: accessJwt })).body.error,
    ).toBe('ExpiredToken')
  })

  it('refuses a refresh token as an access token and the reverse', async () => {
    const user = await createUser(pds, 'xavier')
    const asAccess = await xrpc(pds, 'com.atproto.server.getSession', { token: user.refreshJwt })
    expect(asAccess.body.error).toBe('InvalidToken')
    const asRefresh = await xrpc(pds, 'com.atproto.server.refreshSession', {
      token: user.accessJwt,
      post: true,
    })
    expect(asRefresh.body.error).toBe('InvalidToken')
    const missing = await xrpc(pds, 'com.atproto.server.getSession')
    expect(missing.status).toBe(401)
  })

  it('rate-limits login attempts per identifier with 429 RateLimitExceeded', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 32 }, () =>
        xrpc(pds, 'com.atproto.server.createSession', {
          body: { identifier: 'target.test', password: 'guess-password' },
        }),
      ),
    )
    const limited = attempts.filter((res) => res.status === 429)
    expect(limited.length).toBeGreaterThanOrEqual(2)
    expect(limited[0]?.body.error).toBe('RateLimitExceeded')
    expect(limited[0]?.headers.get('ratelimit-limit')).toBe('30')
    expect(limited[0]?.headers.get('retry-after')).toMatch(/^\d+$/)
  })

  it('answers 413 PayloadTooLarge for an oversized createSession body', async () => {
    const res = await xrpc(pds, 'com.atproto.server.createSession', {
      body: { identifier: 'someone.test', password: 'x'.repeat(200 * 1024) },
    })
    expect(res.status).toBe(413)
    expect(res.body.error).toBe('PayloadTooLarge')
  })
})
