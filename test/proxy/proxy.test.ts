import type { AtpAgent } from '@atproto/api'
import { Secp256k1Keypair } from '@atproto/crypto'
import { createServiceJwt } from '@atproto/xrpc-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPds, startTestPlc, type TestPds, type TestPlc } from '../helpers/harness.ts'
import { type StandIn, startStandInAppView } from './stand-in-appview.ts'

interface Raw {
  status: number
  headers: Headers
  body: Record<string, unknown>
}

async function raw(
  pds: TestPds,
  path: string,
  opts: { token?: string; headers?: Record<string, string>; body?: unknown } = {},
): Promise<Raw> {
  const res = await fetch(`${pds.url}/xrpc/${path}`, {
    method: opts.body === undefined ? 'GET' : 'POST',
    headers: {
      ...(opts.token && { authorization: `Bearer ${opts.token}` }),
      ...(opts.body !== undefined && { 'content-type': 'application/json' }),
      ...opts.headers,
    },
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  })
  const text = await res.text()
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : {} }
}

describe('service proxying', () => {
  let plc: TestPlc
  let appView: StandIn
  let other: StandIn
  let pds: TestPds
  let bare: TestPds
  let agent: AtpAgent
  let did: string
  let token: string

  beforeAll(async () => {
    plc = await startTestPlc()
    appView = await startStandInAppView(plc.url)
    other = await startStandInAppView(plc.url)
    pds = await startTestPds({
      plc,
      env: { TEMPEST_APPVIEW_URL: appView.url, TEMPEST_APPVIEW_DID: `${appView.did}#bsky_appview` },
    })
    bare = await startTestPds({ plc })
    agent = pds.agent()
    const res = await agent.createAccount({
      handle: 'alice.test',
      email: 'alice@example.com',
      password: 'alice-password-123',
    })
    did = res.data.did
    token = res.data.accessJwt
  })
  afterAll(async () => {
    await pds?.close()
    await bare?.close()
    await appView?.close()
    await other?.close()
    await plc?.close()
  })

  it('forwards a method with a service JWT and returns the answer unchanged', async () => {
    const answer = { subject: { did, handle: 'alice.test' }, follows: [], cursor: 'next' }
    appView.routes.set('app.bsky.graph.getFollows', {
      answer: () => ({
        body: answer,
        headers: { 'atproto-content-labelers': 'did:plc:labeler', 'content-language': 'en' },
      }),
    })
    const res = await raw(pds, `app.bsky.graph.getFollows?actor=${did}&limit=5`, {
      token,
      headers: { 'accept-language': 'fr', 'atproto-accept-labelers': 'did:plc:mylabeler' },
    })
    expect(res.status).toBe(200)
    expect(res.body).toEqual(answer)
    expect(res.headers.get('atproto-content-labelers')).toBe('did:plc:labeler')
    expect(res.headers.get('content-language')).toBe('en')
    const call = appView.calls.at(-1)
    expect(call?.jwt).toEqual({ iss: did, aud: appView.did, lxm: 'app.bsky.graph.getFollows' })
    expect(call?.query).toEqual({ actor: did, limit: '5' })
    expect(call?.headers['accept-language']).toBe('fr')
    expect(call?.headers['atproto-accept-labelers']).toBe('did:plc:mylabeler')

    const viaClient = await agent.app.bsky.graph.getFollows({ actor: did })
    expect(viaClient.data).toEqual(answer)
  })

  it('streams a procedure body to the service', async () => {
    appView.routes.set('app.bsky.graph.muteActor', { answer: () => ({}) })
    await agent.app.bsky.graph.muteActor({ actor: 'did:plc:muted' })
    const call = appView.calls.at(-1)
    expect(call?.method).toBe('POST')
    expect(call?.body).toEqual({ actor: 'did:plc:muted' })
  })

  it("passes the service's errors on with their name, message and retry-after", async () => {
    appView.routes.set('app.bsky.feed.searchPosts', {
      answer: () => ({
        status: 429,
        body: { error: 'RateLimitExceeded', message: 'slow down' },
        headers: { 'retry-after': '30' },
      }),
    })
    const res = await raw(pds, 'app.bsky.feed.searchPosts?q=hi', { token })
    expect(res.status).toBe(429)
    expect(res.body).toEqual({ error: 'RateLimitExceeded', message: 'slow down' })
    expect(res.headers.get('retry-after')).toBe('30')

    appView.routes.set('app.bsky.graph.getList', {
      answer: () => ({ status: 400, body: { error: 'NotFound', message: 'List not found' } }),
    })
    await expect(
      agent.app.bsky.graph.getList({ list: `at://${did}/app.bsky.graph.list/x` }),
    ).rejects.toMatchObject({ status: 400, error: 'NotFound', message: 'List not found' })
  })

  it('needs a session', async () => {
    const res = await raw(pds, `app.bsky.graph.getFollows?actor=${did}`)
    expect(res.status).toBe(401)
    expect(res.body.error).toBe('AuthMissing')
  })

  it("never forwards the PDS's own methods, header or not", async () => {
    const before = appView.calls.length + other.calls.length
    for (const nsid of [
      'com.atproto.server.noSuchMethod',
      'com.atproto.sync.noSuchMethod',
      'sh.tempest.noSuchMethod',
    ]) {
      const res = await raw(pds, nsid, {
        token,
        headers: { 'atproto-proxy': `${other.did}#bsky_appview` },
      })
      expect(res.status).toBe(501)
      expect(res.body.error).toBe('MethodNotImplemented')
    }
    expect(appView.calls.length + other.calls.length).toBe(before)
  })

  it('the stand-in accepts only a valid, current token for its DID and the method', async () => {
    const lxm = 'app.bsky.graph.getFollows'
    const accountKey = await pds.ctx.accounts.getSigningKey(did)
    const good = await createServiceJwt({ iss: did, aud: appView.did, lxm, keypair: accountKey })
    await expect(appView.verify(good, appView.did, lxm)).resolves.toMatchObject({ iss: did })

    const forged = await createServiceJwt({
      iss: did,
      aud: appView.did,
      lxm,
      keypair: await Secp256k1Keypair.create(),
    })
    const expired = await createServiceJwt({
      iss: did,
      aud: appView.did,
      lxm,
      keypair: accountKey,
      iat: Math.floor(Date.now() / 1000) - 120,
      exp: Math.floor(Date.now() / 1000) - 60,
    })
    for (const jwt of [forged, expired]) {
      const res = await fetch(`${appView.url}/xrpc/${lxm}?actor=${did}`, {
        headers: { authorization: `Bearer ${jwt}` },
      })
      expect(res.status).toBe(401)
    }
    await expect(appView.verify(good, appView.did, 'app.bsky.feed.getTimeline')).rejects.toThrow()
    await expect(appView.verify(good, other.did, lxm)).rejects.toThrow()
  })

  describe('atproto-proxy header', () => {
    it("goes to the service named in the DID's document, with aud the bare DID", async () => {
      other.routes.set('app.bsky.graph.getFollows', {
        answer: () => ({ body: { subject: { did, handle: 'alice.test' }, follows: [] } }),
      })
      const res = await raw(pds, `app.bsky.graph.getFollows?actor=${did}`, {
        token,
        headers: { 'atproto-proxy': `${other.did}#bsky_appview` },
      })
      expect(res.status).toBe(200)
      expect(other.calls.at(-1)?.jwt).toEqual({
        iss: did,
        aud: other.did,
        lxm: 'app.bsky.graph.getFollows',
      })
    })

    it.each([
      ['an unknown service id', () => `${other.did}#nope`, /has no service #nope/],
      [
        'a DID that does not resolve',
        () => 'did:plc:aaaaaaaaaaaaaaaaaaaaaaaa#bsky_appview',
        /could not resolve proxy did/,
      ],
      ['no service id', () => other.did, /no service id/],
      ['no DID', () => '#bsky_appview', /no did/],
    ])('answers a clear error for %s', async (_name, header, message) => {
      const res = await raw(pds, `app.bsky.graph.getFollows?actor=${did}`, {
        token,
        headers: { 'atproto-proxy': header() },
      })
      expect(res.status).toBe(400)
      expect(res.body.error).toBe('InvalidRequest')
      expect(String(res.body.message)).toMatch(message)
    })
  })

  it('names the missing setting when no service is configured', async () => {
    const bareAgent = bare.agent()
    await bareAgent.createAccount({
      handle: 'bob.test',
      email: 'bob@example.com',
      password: 'bob-password-123',
    })
    const bareToken = bareAgent.session?.accessJwt
    const cases = [
      ['app.bsky.feed.getTimeline', 'TEMPEST_APPVIEW_URL'],
      ['app.bsky.graph.getFollows?actor=bob.test', 'TEMPEST_APPVIEW_URL'],
      ['chat.bsky.convo.listConvos', 'TEMPEST_CHAT_URL'],
    ]
    for (const [path, setting] of cases) {
      const res = await raw(bare, path as string, { token: bareToken })
      expect(res.status).toBe(501)
      expect(res.body.error).toBe('MethodNotImplemented')
      expect(String(res.body.message)).toContain(setting)
    }
    const report = await raw(bare, 'com.atproto.moderation.createReport', {
      token: bareToken,
      body: {
        reasonType: 'com.atproto.moderation.defs#reasonSpam',
        subject: { $type: 'com.atproto.admin.defs#repoRef', did },
      },
    })
    expect(report.status).toBe(501)
    expect(String(report.body.message)).toContain('TEMPEST_REPORT_SERVICE_URL')
  })

  it('getFeed asks the AppView with a token made out to the feed generator', async () => {
    const feedUri = 'at://did:plc:feedowner/app.bsky.feed.generator/cool'
    const feedDid = 'did:web:feedgen.example.com'
    appView.routes.set('com.atproto.repo.getRecord', {
      auth: false,
      answer: (call) => ({
        body: {
          uri: `at://${call.query.repo}/${call.query.collection}/${call.query.rkey}`,
          value: {
            $type: 'app.bsky.feed.generator',
            did: feedDid,
            displayName: 'Cool',
            createdAt: new Date().toISOString(),
          },
        },
      }),
    })
    appView.routes.set('app.bsky.feed.getFeed', {
      aud: feedDid,
      lxm: 'app.bsky.feed.getFeedSkeleton',
      answer: () => ({ body: { feed: [], cursor: 'c1' } }),
    })
    const res = await agent.app.bsky.feed.getFeed({ feed: feedUri, limit: 10 })
    expect(res.data).toEqual({ feed: [], cursor: 'c1' })
    const call = appView.calls.at(-1)
    expect(call?.jwt).toEqual({ iss: did, aud: feedDid, lxm: 'app.bsky.feed.getFeedSkeleton' })
    expect(call?.query).toMatchObject({ feed: feedUri, limit: '10' })
  })

  it('registerPush goes to the AppView with a token for the named service', async () => {
    appView.routes.set('app.bsky.notification.registerPush', { answer: () => ({}) })
    const input = {
      serviceDid: appView.did,
      token: 'device-token',
      platform: 'ios' as const,
      appId: 'xyz.blueskyweb.app',
    }
    await agent.app.bsky.notification.registerPush(input)
    const call = appView.calls.at(-1)
    expect(call?.jwt).toEqual({
      iss: did,
      aud: appView.did,
      lxm: 'app.bsky.notification.registerPush',
    })
    expect(call?.body).toEqual(input)
  })

  describe('read-after-write', () => {
    const post = (text: string) => ({
      $type: 'app.bsky.feed.post',
      text,
      createdAt: new Date().toISOString(),
    })
    const postView = (uri: string, cid: string, text: string, indexedAt: string) => ({
      uri,
      cid,
      author: { did, handle: 'alice.test' },
      record: post(text),
      indexedAt,
    })

    it('getAuthorFeed includes a post the AppView has not seen yet', async () => {
      const first = await agent.com.atproto.repo.createRecord({
        repo: did,
        collection: 'app.bsky.feed.post',
        record: post('first'),
      })
      const seenRev = first.data.commit?.rev as string
      const known = postView(
        first.data.uri,
        first.data.cid,
        'first',
        new Date(Date.now() - 1000).toISOString(),
      )
      appView.routes.set('app.bsky.feed.getAuthorFeed', {
        answer: () => ({
          body: { feed: [{ post: known }] },
          headers: { 'atproto-repo-rev': seenRev },
        }),
      })
      const second = await agent.com.atproto.repo.createRecord({
        repo: did,
        collection: 'app.bsky.feed.post',
        record: post('second'),
      })

      const res = await agent.app.bsky.feed.getAuthorFeed({ actor: did })
      expect(res.data.feed.map((item) => item.post.uri)).toEqual([second.data.uri, first.data.uri])
      const fresh = res.data.feed[0]?.post
      expect(fresh).toMatchObject({
        cid: second.data.cid,
        author: { did, handle: 'alice.test' },
        likeCount: 0,
      })
      expect((fresh?.record as { text: string }).text).toBe('second')
      expect(res.headers['atproto-upstream-lag']).toBeDefined()
    })

    it('getTimeline and getProfile show the newest writes; an up-to-date answer is unchanged', async () => {
      const root = pds.ctx.repos.root(did)
      const seenRev = root?.rev as string
      appView.routes.set('app.bsky.feed.getTimeline', {
        answer: () => ({ body: { feed: [] }, headers: { 'atproto-repo-rev': seenRev } }),
      })
      appView.routes.set('app.bsky.actor.getProfile', {
        answer: () => ({
          body: { did, handle: 'alice.test', displayName: 'Old Name' },
          headers: { 'atproto-repo-rev': seenRev },
        }),
      })
      const unchanged = await agent.app.bsky.actor.getProfile({ actor: did })
      expect(unchanged.data).toEqual({ did, handle: 'alice.test', displayName: 'Old Name' })

      const created = await agent.com.atproto.repo.createRecord({
        repo: did,
        collection: 'app.bsky.feed.post',
        record: post('timeline'),
      })
      await agent.com.atproto.repo.putRecord({
        repo: did,
        collection: 'app.bsky.actor.profile',
        rkey: 'self',
        record: { $type: 'app.bsky.actor.profile', displayName: 'New Name', description: 'hello' },
      })
      const timeline = await agent.app.bsky.feed.getTimeline()
      expect(timeline.data.feed.map((item) => item.post.uri)).toEqual([created.data.uri])
      expect(timeline.data.feed[0]?.post.author.displayName).toBe('New Name')

      const profile = await agent.app.bsky.actor.getProfile({ actor: did })
      expect(profile.data).toMatchObject({ did, displayName: 'New Name', description: 'hello' })
    })

    it('getPostThread shows a new post the AppView answers NotFound for', async () => {
      const seenRev = pds.ctx.repos.root(did)?.rev as string
      const created = await agent.com.atproto.repo.createRecord({
        repo: did,
        collection: 'app.bsky.feed.post',
        record: post('thread'),
      })
      appView.routes.set('app.bsky.feed.getPostThread', {
        answer: () => ({
          status: 400,
          body: { error: 'NotFound', message: 'Post not found' },
          headers: { 'atproto-repo-rev': seenRev },
        }),
      })
      const res = await agent.app.bsky.feed.getPostThread({ uri: created.data.uri })
      expect(res.data.thread).toMatchObject({
        $type: 'app.bsky.feed.defs#threadViewPost',
        post: { uri: created.data.uri, cid: created.data.cid },
      })
      await expect(
        agent.app.bsky.feed.getPostThread({ uri: `at://${did}/app.bsky.feed.post/3zzzzzzzzzzzz` }),
      ).rejects.toMatchObject({ error: 'NotFound' })
    })
  })

  it('in production, a DID document pointing at a private address is refused', async () => {
    const prod = await startTestPds({
      plc,
      env: {
        TEMPEST_ENV: 'production',
        TEMPEST_HOSTNAME: 'pds.example.com',
        TEMPEST_PUBLIC_URL: 'https://pds.example.com',
        SECRET_KEY_BASE: 'p'.repeat(64),
        TEMPEST_APPVIEW_URL: appView.url,
        TEMPEST_APPVIEW_DID: appView.did,
      },
    })
    try {
      const prodAgent = prod.agent()
      await prodAgent.createAccount({
        handle: 'carol.pds.example.com',
        email: 'carol@example.com',
        password: 'carol-password-123',
      })
      // Production DID resolution refuses the local test directory, so this document is seeded.
      const evil = 'did:web:evil.example.com'
      await (
        await prod.ctx.identity.resolver()
      ).did.cache?.cacheDid(evil, {
        id: evil,
        service: [
          { id: '#bsky_appview', type: 'BskyAppView', serviceEndpoint: 'https://127.0.0.1' },
        ],
      })
      for (const [header, message] of [
        [`${evil}#bsky_appview`, /not a public address/],
        [`${other.did}#bsky_appview`, /could not resolve proxy did|must use https/],
      ] as const) {
        const res = await raw(prod, `app.bsky.graph.getFollows?actor=${prodAgent.assertDid}`, {
          token: prodAgent.session?.accessJwt,
          headers: { 'atproto-proxy': header },
        })
        expect(res.status).toBe(400)
        expect(String(res.body.message)).toMatch(message)
      }
      expect(other.calls.every((c) => c.jwt?.iss !== prodAgent.assertDid)).toBe(true)
    } finally {
      await prod.close()
    }
  })
})
