import { readFileSync } from 'node:fs'
import type { OAuthSession } from '@atproto/oauth-client-node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { activateAccount, deactivateAccount } from '../../src/account/lifecycle.ts'
import { OAuthLexiconStore } from '../../src/oauth/store/lexicons.ts'
import { type HeadlessChromium, launchChromium } from '../helpers/chromium.ts'
import { startTestPds, startTestPlc, type TestPds, type TestPlc } from '../helpers/harness.ts'
import { type StandIn, startStandInAppView } from '../proxy/stand-in-appview.ts'
import { loopbackClient, type LoopbackClient } from './oauth-helpers.ts'

/**
 * Per-method scope enforcement for OAuth tokens, as the reference PDS: granular `blob:`, `rpc:`
 * (through the proxy, to stand-in services), `account:` and `identity:` permissions, the
 * `transition:*` scopes, and `include:` permission sets. Each block signs in once through the
 * browser with its own scope and then calls methods that need more or less than it grants.
 */

const ALICE = { handle: 'alice.test', password: 'alice-password-1', email: 'alice@example.com' }
const BOB = { handle: 'bob.test', password: 'bob-password-1', email: 'bob@example.com' }
const PERMISSION_SET = JSON.parse(
  readFileSync(new URL('./fixtures/calendar-permission-set.json', import.meta.url), 'utf8'),
) as { id: string; defs: { main: unknown } }
/** A 1x1 transparent PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
)

let plc: TestPlc
let appView: StandIn
let chat: StandIn
let pds: TestPds
let chromium: HeadlessChromium
let alice: string
let bob: string

beforeAll(async () => {
  plc = await startTestPlc()
  appView = await startStandInAppView(plc.url)
  chat = await startStandInAppView(plc.url)
  pds = await startTestPds({
    plc,
    env: {
      TEMPEST_APPVIEW_URL: appView.url,
      TEMPEST_APPVIEW_DID: `${appView.did}#bsky_appview`,
      TEMPEST_CHAT_URL: chat.url,
      TEMPEST_CHAT_DID: `${chat.did}#bsky_chat`,
    },
  })
  alice = (await pds.agent().com.atproto.server.createAccount(ALICE)).data.did
  bob = (await pds.agent().com.atproto.server.createAccount(BOB)).data.did
  // The permission set is already resolved: the provider reads it from its lexicon store.
  const now = new Date()
  await new OAuthLexiconStore(pds.ctx.accountDb).storeLexicon(PERMISSION_SET.id, {
    createdAt: now,
    updatedAt: now,
    lastSucceededAt: now,
    uri: `at://did:plc:calendarexample/com.atproto.lexicon.schema/${PERMISSION_SET.id}`,
    lexicon: PERMISSION_SET as never,
  })
  appView.routes.set('app.bsky.graph.getFollows', { answer: () => ({ body: { follows: [] } }) })
  appView.routes.set('app.bsky.notification.registerPush', { answer: () => ({}) })
  appView.routes.set('com.example.calendar.listEvents', {
    answer: () => ({ body: { events: [] } }),
  })
  chat.routes.set('app.bsky.graph.getFollows', { answer: () => ({ body: { follows: [] } }) })
  chat.routes.set('chat.bsky.convo.listConvos', { answer: () => ({ body: { convos: [] } }) })
  chromium = await launchChromium()
})

afterAll(async () => {
  await chromium?.close()
  await pds?.close()
  await appView?.close()
  await chat?.close()
  await plc?.close()
})

/** Signs `account` in through the browser for `scope`; the client closes after the block. */
function signedIn(account: typeof ALICE, scope: () => string): () => OAuthSession {
  let oauth: LoopbackClient | undefined
  let session: OAuthSession | undefined
  beforeAll(async () => {
    oauth = await loopbackClient(pds, `atproto ${scope()}`)
    session = await oauth.signIn(chromium.browser, account.handle, account.password)
  })
  afterAll(() => oauth?.close())
  return () => session!
}

interface Answer {
  status: number
  body: Record<string, unknown>
}

interface CallOptions {
  params?: Record<string, string>
  /** JSON input, or raw bytes sent with `encoding`. */
  body?: unknown
  encoding?: string
  headers?: Record<string, string>
}

/** An XRPC call with the session's DPoP-bound token (the client handles nonces). */
async function call(
  session: OAuthSession,
  method: 'GET' | 'POST',
  nsid: string,
  opts: CallOptions = {},
): Promise<Answer> {
  const query = opts.params ? `?${new URLSearchParams(opts.params)}` : ''
  const headers: Record<string, string> = { ...opts.headers }
  let body: RequestInit['body']
  if (opts.body instanceof Uint8Array) {
    body = opts.body
    headers['content-type'] = opts.encoding ?? 'application/octet-stream'
  } else if (opts.body !== undefined) {
    body = JSON.stringify(opts.body)
    headers['content-type'] = 'application/json'
  }
  const res = await session.fetchHandler(`/xrpc/${nsid}${query}`, { method, headers, body })
  const text = await res.text()
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} }
}

function expectScopeMissing(answer: Answer): void {
  expect(answer).toMatchObject({ status: 403, body: { error: 'ScopeMissingError' } })
}

const appViewAud = () => `${appView.did}%23bsky_appview`
const post = (text: string) => ({
  $type: 'app.bsky.feed.post',
  text,
  createdAt: new Date().toISOString(),
})

describe('granular blob:, rpc:, account:email?action=read and identity:handle', () => {
  const session = signedIn(ALICE, () =>
    [
      'blob:image/*',
      'account:email?action=read',
      'identity:handle',
      `rpc:app.bsky.graph.getFollows?aud=${appViewAud()}`,
      `rpc:app.bsky.feed.getFeed?aud=${appViewAud()}`,
      `rpc:app.bsky.notification.registerPush?aud=${appView.did}%23bsky_notif`,
    ].join(' '),
  )

  it('blob: uploads only the accepted media types', async () => {
    const image = await call(session(), 'POST', 'com.atproto.repo.uploadBlob', {
      body: PNG,
      encoding: 'image/png',
    })
    expect(image.status).toBe(200)
    expect(image.body.blob).toMatchObject({ mimeType: 'image/png', size: PNG.length })

    const text = await call(session(), 'POST', 'com.atproto.repo.uploadBlob', {
      body: new TextEncoder().encode('not an image'),
      encoding: 'text/plain',
    })
    expectScopeMissing(text)
  })

  it('rpc: reaches only the granted method on the granted service', async () => {
    const appViewCalls = appView.calls.length
    const follows = await call(session(), 'GET', 'app.bsky.graph.getFollows', {
      params: { actor: alice },
    })
    expect(follows).toMatchObject({ status: 200, body: { follows: [] } })
    expect(appView.calls.at(-1)?.jwt).toEqual({
      iss: alice,
      aud: appView.did,
      lxm: 'app.bsky.graph.getFollows',
    })
    expect(appView.calls.length).toBe(appViewCalls + 1)

    const chatCalls = chat.calls.length
    // The same method on another service (named by the atproto-proxy header).
    expectScopeMissing(
      await call(session(), 'GET', 'app.bsky.graph.getFollows', {
        params: { actor: alice },
        headers: { 'atproto-proxy': `${chat.did}#bsky_appview` },
      }),
    )
    // Other methods on the granted service, proxied or completed here on its behalf.
    expectScopeMissing(
      await call(session(), 'GET', 'app.bsky.graph.getFollowers', { params: { actor: alice } }),
    )
    expectScopeMissing(
      await call(session(), 'GET', 'app.bsky.actor.getProfile', { params: { actor: alice } }),
    )
    // getFeed also reaches the feed generator (getFeedSkeleton), which was not granted.
    expectScopeMissing(
      await call(session(), 'GET', 'app.bsky.feed.getFeed', {
        params: { feed: `at://${alice}/app.bsky.feed.generator/x` },
      }),
    )
    expectScopeMissing(await call(session(), 'GET', 'chat.bsky.convo.listConvos'))
    expect(appView.calls.length).toBe(appViewCalls + 1)
    expect(chat.calls.length).toBe(chatCalls)
  })

  it('rpc: service tokens only for the granted method and audience', async () => {
    const aud = `${appView.did}#bsky_appview`
    const granted = await call(session(), 'GET', 'com.atproto.server.getServiceAuth', {
      params: { aud, lxm: 'app.bsky.graph.getFollows' },
    })
    expect(granted.status).toBe(200)
    await expect(
      appView.verify(String(granted.body.token), aud, 'app.bsky.graph.getFollows'),
    ).resolves.toMatchObject({ iss: alice })
    const refused: Array<Record<string, string>> = [
      { aud, lxm: 'app.bsky.graph.getFollowers' },
      { aud: `${chat.did}#bsky_appview`, lxm: 'app.bsky.graph.getFollows' },
      { aud },
    ]
    for (const params of refused) {
      expectScopeMissing(
        await call(session(), 'GET', 'com.atproto.server.getServiceAuth', { params }),
      )
    }
  })

  it('rpc: push registration is checked against the notification service in the body', async () => {
    const input = { token: 'device-token', platform: 'ios', appId: 'xyz.blueskyweb.app' }
    const registered = await call(session(), 'POST', 'app.bsky.notification.registerPush', {
      body: { serviceDid: appView.did, ...input },
    })
    expect(registered.status).toBe(200)
    expect(appView.calls.at(-1)).toMatchObject({
      nsid: 'app.bsky.notification.registerPush',
      jwt: { iss: alice, aud: appView.did },
    })
    expectScopeMissing(
      await call(session(), 'POST', 'app.bsky.notification.registerPush', {
        body: { serviceDid: chat.did, ...input },
      }),
    )
    expectScopeMissing(
      await call(session(), 'POST', 'app.bsky.notification.unregisterPush', {
        body: { serviceDid: appView.did, ...input },
      }),
    )
  })

  it('writes no records without repo:', async () => {
    expectScopeMissing(
      await call(session(), 'POST', 'com.atproto.repo.createRecord', {
        body: { repo: alice, collection: 'app.bsky.feed.post', record: post('no') },
      }),
    )
  })

  it('account:email?action=read shows the email but manages nothing', async () => {
    const info = await call(session(), 'GET', 'com.atproto.server.getSession')
    expect(info.body).toMatchObject({ did: alice, email: ALICE.email, emailConfirmed: false })
    expectScopeMissing(await call(session(), 'POST', 'com.atproto.server.requestEmailConfirmation'))
    expectScopeMissing(
      await call(session(), 'POST', 'com.atproto.server.deactivateAccount', { body: {} }),
    )
    expectScopeMissing(
      await call(session(), 'POST', 'com.atproto.repo.importRepo', {
        body: new Uint8Array([0]),
        encoding: 'application/vnd.ipld.car',
      }),
    )
    expect(await pds.ctx.accounts.emailTokens.listPending(alice)).toEqual([])
  })

  it('identity:handle changes the handle and nothing else of the identity', async () => {
    expectScopeMissing(
      await call(session(), 'POST', 'com.atproto.identity.requestPlcOperationSignature'),
    )
    expectScopeMissing(
      await call(session(), 'POST', 'com.atproto.identity.signPlcOperation', {
        body: { token: 'x', alsoKnownAs: ['at://evil.test'] },
      }),
    )
    for (const handle of ['alice2.test', ALICE.handle]) {
      const updated = await call(session(), 'POST', 'com.atproto.identity.updateHandle', {
        body: { handle },
      })
      expect(updated.status).toBe(200)
      const resolved = await pds.agent().com.atproto.identity.resolveHandle({ handle })
      expect(resolved.data.did).toBe(alice)
    }
  })

  it('checks the account status before the scopes, as the reference', async () => {
    await deactivateAccount(pds.ctx, alice)
    try {
      // Not granted by these scopes either way: the deactivation is what the client hears.
      const write = await call(session(), 'POST', 'com.atproto.repo.createRecord', {
        body: { repo: alice, collection: 'app.bsky.feed.post', record: post('no') },
      })
      expect(write).toMatchObject({ status: 401, body: { error: 'AccountDeactivated' } })
    } finally {
      await activateAccount(pds.ctx, alice)
    }
  })
})

describe('transition:generic', () => {
  const session = signedIn(ALICE, () => 'transition:generic')

  it('allows any record, any blob and any service but chat', async () => {
    const created = await call(session(), 'POST', 'com.atproto.repo.createRecord', {
      body: { repo: alice, collection: 'app.bsky.feed.post', record: post('generic') },
    })
    expect(created.status).toBe(200)
    const blob = await call(session(), 'POST', 'com.atproto.repo.uploadBlob', {
      body: new TextEncoder().encode('plain text'),
      encoding: 'text/plain',
    })
    expect(blob.status).toBe(200)
    const elsewhere = await call(session(), 'GET', 'app.bsky.graph.getFollows', {
      params: { actor: alice },
      headers: { 'atproto-proxy': `${chat.did}#bsky_appview` },
    })
    expect(elsewhere.status).toBe(200)
    expect(chat.calls.at(-1)?.jwt).toMatchObject({ aud: chat.did })
    expectScopeMissing(await call(session(), 'GET', 'chat.bsky.convo.listConvos'))
  })

  it('grants no account, identity or email permission', async () => {
    const info = await call(session(), 'GET', 'com.atproto.server.getSession')
    expect(info.body.did).toBe(alice)
    expect(info.body.email).toBeUndefined()
    expectScopeMissing(
      await call(session(), 'POST', 'com.atproto.identity.updateHandle', {
        body: { handle: 'generic.test' },
      }),
    )
    expectScopeMissing(
      await call(session(), 'POST', 'com.atproto.identity.requestPlcOperationSignature'),
    )
    expectScopeMissing(await call(session(), 'POST', 'com.atproto.server.requestEmailConfirmation'))
    expectScopeMissing(
      await call(session(), 'POST', 'com.atproto.server.deactivateAccount', { body: {} }),
    )
    expectScopeMissing(
      await call(session(), 'POST', 'com.atproto.repo.importRepo', {
        body: new Uint8Array([0]),
        encoding: 'application/vnd.ipld.car',
      }),
    )
    const status = await pds.agent().com.atproto.repo.describeRepo({ repo: alice })
    expect(status.data.handle).toBe(ALICE.handle)
  })

  it('never reaches account deletion, app passwords, email change or reactivation', async () => {
    const refused: Array<['GET' | 'POST', string, unknown?]> = [
      ['POST', 'com.atproto.server.requestAccountDelete'],
      ['POST', 'com.atproto.server.createAppPassword', { name: 'oauth' }],
      ['GET', 'com.atproto.server.listAppPasswords'],
      ['POST', 'com.atproto.server.revokeAppPassword', { name: 'oauth' }],
      ['POST', 'com.atproto.server.requestEmailUpdate'],
      ['POST', 'com.atproto.server.updateEmail', { email: 'evil@example.com' }],
      ['POST', 'com.atproto.server.activateAccount'],
      ['GET', 'com.atproto.server.getAccountInviteCodes'],
    ]
    for (const [method, nsid, body] of refused) {
      const answer = await call(session(), method, nsid, { body })
      expect({ nsid, status: answer.status }).toEqual({ nsid, status: 403 })
    }
    expect(await pds.ctx.accounts.emailTokens.listPending(alice)).toEqual([])
    const info = await call(session(), 'GET', 'com.atproto.server.getSession')
    expect(info.status).toBe(200)
    const { data } = await pds.agent().com.atproto.server.createSession({
      identifier: ALICE.handle,
      password: ALICE.password,
    })
    expect(data.email).toBe(ALICE.email)
  })
})

describe('transition:chat.bsky transition:email', () => {
  const session = signedIn(ALICE, () => 'transition:chat.bsky transition:email')

  it('reaches the chat service and nothing else', async () => {
    const convos = await call(session(), 'GET', 'chat.bsky.convo.listConvos')
    expect(convos).toMatchObject({ status: 200, body: { convos: [] } })
    expect(chat.calls.at(-1)?.jwt).toEqual({
      iss: alice,
      aud: chat.did,
      lxm: 'chat.bsky.convo.listConvos',
    })
    expectScopeMissing(
      await call(session(), 'GET', 'app.bsky.graph.getFollows', { params: { actor: alice } }),
    )
    expectScopeMissing(
      await call(session(), 'POST', 'com.atproto.repo.createRecord', {
        body: { repo: alice, collection: 'app.bsky.feed.post', record: post('no') },
      }),
    )
  })

  it('reads the email but cannot manage it', async () => {
    const info = await call(session(), 'GET', 'com.atproto.server.getSession')
    expect(info.body).toMatchObject({ email: ALICE.email, emailConfirmed: false })
    expectScopeMissing(await call(session(), 'POST', 'com.atproto.server.requestEmailConfirmation'))
  })
})

describe('include: permission set', () => {
  const session = signedIn(
    ALICE,
    () => `include:${PERMISSION_SET.id}?aud=${appView.did}%23bsky_appview`,
  )

  it('expands to the permissions under its own namespace only', async () => {
    const { scope } = await session().getTokenInfo()
    const granted = scope.split(' ').sort()
    expect(granted).toEqual(
      [
        'atproto',
        'repo:com.example.calendar.event?action=create',
        `rpc:com.example.calendar.listEvents?aud=${appView.did}%23bsky_appview`,
      ].sort(),
    )
  })

  it('creates the granted records and refuses other actions and collections', async () => {
    const event = await call(session(), 'POST', 'com.atproto.repo.createRecord', {
      body: {
        repo: alice,
        collection: 'com.example.calendar.event',
        record: { $type: 'com.example.calendar.event', name: 'standup' },
      },
    })
    expect(event.status).toBe(200)
    const rkey = String(event.body.uri).split('/').pop()!
    expectScopeMissing(
      await call(session(), 'POST', 'com.atproto.repo.deleteRecord', {
        body: { repo: alice, collection: 'com.example.calendar.event', rkey },
      }),
    )
    const kept = await pds.agent().com.atproto.repo.getRecord({
      repo: alice,
      collection: 'com.example.calendar.event',
      rkey,
    })
    expect(kept.data.uri).toBe(event.body.uri)
    // Listed in the set, but outside its namespace: dropped, with the rest of that entry.
    for (const collection of ['app.bsky.feed.post', 'com.example.calendar.rsvp']) {
      expectScopeMissing(
        await call(session(), 'POST', 'com.atproto.repo.createRecord', {
          body: { repo: alice, collection, record: { $type: collection, text: 'x' } },
        }),
      )
    }
  })

  it('calls the granted method on the audience of the include', async () => {
    const listed = await call(session(), 'GET', 'com.example.calendar.listEvents')
    expect(listed).toMatchObject({ status: 200, body: { events: [] } })
    expect(appView.calls.at(-1)?.jwt).toEqual({
      iss: alice,
      aud: appView.did,
      lxm: 'com.example.calendar.listEvents',
    })
    const before = appView.calls.length + chat.calls.length
    expectScopeMissing(
      await call(session(), 'GET', 'com.example.calendar.listEvents', {
        headers: { 'atproto-proxy': `${chat.did}#bsky_appview` },
      }),
    )
    // Its own audience is not allowed in a permission set.
    expectScopeMissing(await call(session(), 'GET', 'com.example.calendar.getEvent'))
    expect(appView.calls.length + chat.calls.length).toBe(before)
  })
})

describe('account:email, account:repo, account:status (manage) and identity:*', () => {
  const session = signedIn(BOB, () =>
    [
      'account:email?action=manage',
      'account:repo?action=manage',
      'account:status?action=manage',
      'identity:*',
    ].join(' '),
  )

  async function pendingToken(purpose: string): Promise<string> {
    const pending = await pds.ctx.accounts.emailTokens.listPending(bob)
    const token = pending.find((row) => row.purpose === purpose)?.token
    if (!token) throw new Error(`no pending ${purpose} token`)
    return token
  }

  it('account:email?action=manage confirms the email', async () => {
    // No SMTP in tests: the request passes the scope check, then reports the missing mailer.
    const requested = await call(session(), 'POST', 'com.atproto.server.requestEmailConfirmation')
    expect(requested).toMatchObject({ status: 400, body: { error: 'EmailNotConfigured' } })
    const confirmed = await call(session(), 'POST', 'com.atproto.server.confirmEmail', {
      body: { email: BOB.email, token: await pendingToken('confirm_email') },
    })
    expect(confirmed.status).toBe(200)
    const info = await call(session(), 'GET', 'com.atproto.server.getSession')
    expect(info.body).toMatchObject({ email: BOB.email, emailConfirmed: true })
  })

  it('account:repo?action=manage imports a repo', async () => {
    const car = await fetch(`${pds.url}/xrpc/com.atproto.sync.getRepo?did=${bob}`)
    expect(car.status).toBe(200)
    const imported = await call(session(), 'POST', 'com.atproto.repo.importRepo', {
      body: new Uint8Array(await car.arrayBuffer()),
      encoding: 'application/vnd.ipld.car',
    })
    expect(imported.status).toBe(200)
  })

  it('identity:* signs PLC operations', async () => {
    // Without SMTP the code goes to the operator's log, and the request succeeds.
    const requested = await call(
      session(),
      'POST',
      'com.atproto.identity.requestPlcOperationSignature',
    )
    expect(requested.status).toBe(200)
    const signed = await call(session(), 'POST', 'com.atproto.identity.signPlcOperation', {
      body: { token: await pendingToken('plc_operation') },
    })
    expect(signed.status).toBe(200)
    expect(signed.body.operation).toMatchObject({ type: 'plc_operation' })
  })

  it('account:status?action=manage deactivates, but reactivation is never open to OAuth', async () => {
    const deactivated = await call(session(), 'POST', 'com.atproto.server.deactivateAccount', {
      body: {},
    })
    expect(deactivated.status).toBe(200)
    const status = await call(session(), 'GET', 'com.atproto.server.checkAccountStatus')
    expect(status.body.activated).toBe(false)
    const reactivated = await call(session(), 'POST', 'com.atproto.server.activateAccount')
    expect(reactivated.status).toBe(403)
    const after = await call(session(), 'GET', 'com.atproto.server.checkAccountStatus')
    expect(after.body.activated).toBe(false)
  })
})
