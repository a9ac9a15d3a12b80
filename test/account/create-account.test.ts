import { readdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { IdResolver } from '@atproto/identity'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPds, startTestPlc, type TestPds } from '../helpers/harness.ts'
import { createUser, getWithHost, xrpc } from './helpers.ts'

const INVALID_HANDLES = readFileSync(
  path.join(import.meta.dirname, 'fixtures/handle_syntax_invalid.txt'),
  'utf8',
)
  .split('\n')
  .filter((line) => line !== '' && !line.startsWith('#'))

let pds: TestPds
beforeAll(async () => {
  pds = await startTestPds()
})
afterAll(() => pds.close())

describe('createAccount', () => {
  it('creates a did:plc account whose DID document names this server, its key and handle', async () => {
    const alice = await createUser(pds, 'alice')
    expect(alice.did).toMatch(/^did:plc:[a-z2-7]{24}$/)
    expect(alice.agent.session?.handle).toBe('alice.test')

    const doc = (await (await fetch(`${pds.plc.url}/${alice.did}`)).json()) as {
      alsoKnownAs: string[]
      service: Array<{ id: string; type: string; serviceEndpoint: string }>
    }
    // The response's document is the one the directory serves for the new DID.
    expect(alice.didDoc).toEqual(doc)
    expect(doc.alsoKnownAs).toEqual(['at://alice.test'])
    expect(doc.service).toEqual([
      {
        id: '#atproto_pds',
        type: 'AtprotoPersonalDataServer',
        serviceEndpoint: pds.ctx.cfg.publicUrl,
      },
    ])
    const key = await pds.ctx.accounts.getSigningKey(alice.did)
    const resolver = new IdResolver({ plcUrl: pds.plc.url, fetch: globalThis.fetch })
    expect(await resolver.did.resolveAtprotoData(alice.did)).toEqual({
      did: alice.did,
      signingKey: key.did(),
      handle: 'alice.test',
      pds: pds.ctx.cfg.publicUrl,
    })
    expect(pds.ctx.repos.root(alice.did)).not.toBeNull()

    const session = await alice.agent.com.atproto.server.getSession()
    expect(session.data).toMatchObject({
      did: alice.did,
      handle: 'alice.test',
      email: 'alice@example.com',
      emailConfirmed: false,
      active: true,
    })

    // The password's hash, stored after the row was written, is the one signing in checks.
    const login = await xrpc(pds, 'com.atproto.server.createSession', {
      body: { identifier: 'alice.test', password: alice.password },
    })
    expect(login.status).toBe(200)
    expect(login.body.did).toBe(alice.did)
    const wrong = await xrpc(pds, 'com.atproto.server.createSession', {
      body: { identifier: 'alice.test', password: `${alice.password}-not` },
    })
    expect(wrong.status).toBe(401)
    expect(wrong.body.error).toBe('AuthenticationRequired')
  })

  it('agrees on the handle through resolveHandle and /.well-known/atproto-did', async () => {
    const bob = await createUser(pds, 'bob')
    const resolved = await pds.agent().com.atproto.identity.resolveHandle({ handle: 'BOB.test' })
    expect(resolved.data.did).toBe(bob.did)
    const wellKnown = await getWithHost(pds, '/.well-known/atproto-did', 'bob.test')
    expect(wellKnown).toEqual({ status: 200, body: bob.did })
    expect((await getWithHost(pds, '/.well-known/atproto-did', 'nobody.test')).status).toBe(404)
    const missing = await xrpc(pds, 'com.atproto.identity.resolveHandle', {
      params: { handle: 'nobody.test' },
    })
    expect(missing.body.error).toBe('HandleNotFound')
  })

  it('sequences #identity, #account, #commit and #sync for a new account', async () => {
    const before = pds.ctx.sequencer.head()
    const carol = await createUser(pds, 'carol')
    const types = pds.ctx.sequencer
      .readAfter(before, 100)
      .filter((evt) => evt.did === carol.did)
      .map((evt) => evt.type)
    expect(types).toEqual(['identity', 'account', 'commit', 'sync'])
  })

  it('rejects every malformed handle of the interop list with InvalidHandle', async () => {
    expect(INVALID_HANDLES.length).toBeGreaterThan(40)
    for (const handle of INVALID_HANDLES) {
      const res = await xrpc(pds, 'com.atproto.server.createAccount', {
        body: { handle, email: 'x@example.com', password: 'long-enough-password' },
      })
      expect({ handle, status: res.status, error: res.body.error }).toEqual({
        handle,
        status: 400,
        error: 'InvalidHandle',
      })
    }
  })

  it('refuses taken, reserved, foreign-domain handles and taken emails', async () => {
    await createUser(pds, 'dave')
    const attempt = (handle: string, email = 'new@example.com') =>
      xrpc(pds, 'com.atproto.server.createAccount', {
        body: { handle, email, password: 'long-enough-password' },
      })
    expect((await attempt('DAVE.test')).body.error).toBe('HandleNotAvailable')
    expect((await attempt('admin.test')).body.error).toBe('HandleNotAvailable')
    expect((await attempt('ab.test')).body.error).toBe('InvalidHandle')
    expect((await attempt('a.b.test')).body.error).toBe('InvalidHandle')
    expect((await attempt('erin.example.com')).body.error).toBe('UnsupportedDomain')
    const email = await attempt('erin.test', 'DAVE@example.com')
    expect(email.status).toBe(400)
    expect(email.body.message).toMatch(/Email already taken/)
    const shortPassword = await xrpc(pds, 'com.atproto.server.createAccount', {
      body: { handle: 'erin.test', email: 'erin@example.com', password: 'short' },
    })
    expect(shortPassword.body.message).toMatch(/Password too short/)
    expect(await pds.ctx.accounts.getAccount('erin.test')).toBeNull()
  })

  it('updates the handle in the PLC document and emits #identity', async () => {
    const frank = await createUser(pds, 'frank')
    const before = pds.ctx.sequencer.head()
    await frank.agent.com.atproto.identity.updateHandle({ handle: 'franky.test' })
    const doc = (await (await fetch(`${pds.plc.url}/${frank.did}`)).json()) as {
      alsoKnownAs: string[]
    }
    expect(doc.alsoKnownAs).toEqual(['at://franky.test'])
    const session = await frank.agent.com.atproto.server.getSession()
    expect(session.data.handle).toBe('franky.test')
    const events = pds.ctx.sequencer.readAfter(before, 10).filter((e) => e.did === frank.did)
    expect(events.map((e) => e.type)).toEqual(['identity'])
    expect((await getWithHost(pds, '/.well-known/atproto-did', 'frank.test')).status).toBe(404)

    for (const handle of INVALID_HANDLES) {
      const res = await xrpc(pds, 'com.atproto.identity.updateHandle', {
        token: frank.agent.session!.accessJwt,
        body: { handle },
      })
      expect({ handle, error: res.body.error }).toEqual({ handle, error: 'InvalidHandle' })
    }
    const taken = await xrpc(pds, 'com.atproto.identity.updateHandle', {
      token: frank.agent.session!.accessJwt,
      body: { handle: 'alice.test' },
    })
    expect(taken.body.error).toBe('HandleNotAvailable')
  })
})

describe('createAccount failure', () => {
  it('leaves no account row and no repo file when the PLC directory is down', async () => {
    const plc = await startTestPlc()
    const lonely = await startTestPds({ plc })
    try {
      await plc.close()
      const res = await xrpc(lonely, 'com.atproto.server.createAccount', {
        body: { handle: 'gina.test', email: 'gina@example.com', password: 'long-enough-password' },
      })
      expect(res.status).toBeGreaterThanOrEqual(500)
      expect(await lonely.ctx.accounts.getAccount('gina.test')).toBeNull()
      expect(await lonely.ctx.accounts.getAccountByEmail('gina@example.com')).toBeNull()
      expect(readdirSync(path.join(lonely.dataDir, 'repos'))).toEqual([])
    } finally {
      await lonely.close()
    }
  })

  it('leaves nothing behind when the PLC directory refuses the genesis operation', async () => {
    // A directory that answers every request as the reference one refuses a bad operation.
    const refusing = createServer((_req, res) => {
      res.writeHead(400, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ message: 'Invalid signature on op' }))
    })
    await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve))
    const plc = {
      url: `http://127.0.0.1:${(refusing.address() as AddressInfo).port}`,
      close: () => new Promise<void>((resolve) => refusing.close(() => resolve())),
    }
    const refused = await startTestPds({ plc })
    try {
      const res = await xrpc(refused, 'com.atproto.server.createAccount', {
        body: { handle: 'hana.test', email: 'hana@example.com', password: 'long-enough-password' },
      })
      expect(res.status).toBe(500)
      expect(res.body.error).toBe('InternalServerError')
      expect(await refused.ctx.accounts.getAccount('hana.test')).toBeNull()
      expect(await refused.ctx.accounts.getAccountByEmail('hana@example.com')).toBeNull()
      expect(readdirSync(path.join(refused.dataDir, 'repos'))).toEqual([])
      expect(refused.ctx.sequencer.head()).toBe(0)
    } finally {
      await refused.close()
      await plc.close()
    }
  })
})
