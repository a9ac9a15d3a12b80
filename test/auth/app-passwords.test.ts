import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser, type TestUser, xrpc } from '../account/helpers.ts'
import { startTestPds, type TestPds } from '../helpers/harness.ts'

let pds: TestPds
let user: TestUser
beforeAll(async () => {
  pds = await startTestPds()
  user = await createUser(pds, 'apps')
})
afterAll(() => pds.close())

async function appPasswordSession(name: string, privileged: boolean) {
  const created = await user.agent.com.atproto.server.createAppPassword({ name, privileged })
  const res = await xrpc(pds, 'com.atproto.server.createSession', {
    body: { identifier: user.handle, password: created.data.password },
  })
  expect(res.status).toBe(200)
  return { password: created.data.password, accessJwt: res.body.accessJwt as string }
}

describe('app passwords', () => {
  it('creates xxxx-xxxx-xxxx-xxxx passwords and lists them without the secret', async () => {
    const created = await user.agent.com.atproto.server.createAppPassword({ name: 'client one' })
    expect(created.data.password).toMatch(/^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/)
    const list = await user.agent.com.atproto.server.listAppPasswords()
    expect(list.data.passwords).toEqual([
      { name: 'client one', createdAt: created.data.createdAt, privileged: false },
    ])
    const duplicate = await xrpc(pds, 'com.atproto.server.createAppPassword', {
      token: user.agent.session!.accessJwt,
      body: { name: 'client one' },
    })
    expect(duplicate.body.error).toBe('InvalidRequest')
  })

  it('app-password sessions can read but not manage the account', async () => {
    const { accessJwt } = await appPasswordSession('limited', false)
    const session = await xrpc(pds, 'com.atproto.server.getSession', { token: accessJwt })
    expect(session.body.did).toBe(user.did)
    for (const [nsid, body] of [
      ['com.atproto.server.createAppPassword', { name: 'sneaky' }],
      ['com.atproto.server.revokeAppPassword', { name: 'limited' }],
      ['com.atproto.server.deactivateAccount', {}],
      ['com.atproto.server.requestAccountDelete', {}],
      ['com.atproto.server.listAppPasswords', undefined],
    ] as const) {
      const res = await xrpc(pds, nsid, { token: accessJwt, body })
      expect({ nsid, status: res.status, error: res.body.error }).toEqual({
        nsid,
        status: 400,
        error: 'InvalidToken',
      })
    }
  })

  it('enforces privileged-only service auth for unprivileged app passwords', async () => {
    const plain = await appPasswordSession('plain', false)
    const privileged = await appPasswordSession('privileged', true)
    const params = { aud: 'did:web:chat.example', lxm: 'chat.bsky.convo.sendMessage' }
    const refused = await xrpc(pds, 'com.atproto.server.getServiceAuth', {
      token: plain.accessJwt,
      params,
    })
    expect(refused.status).toBe(400)
    const allowed = await xrpc(pds, 'com.atproto.server.getServiceAuth', {
      token: privileged.accessJwt,
      params,
    })
    expect(allowed.status).toBe(200)
  })

  it('revoking an app password ends its sessions at once', async () => {
    const { password, accessJwt } = await appPasswordSession('doomed', false)
    await user.agent.com.atproto.server.revokeAppPassword({ name: 'doomed' })
    const after = await xrpc(pds, 'com.atproto.server.getSession', { token: accessJwt })
    expect(after.body.error).toBe('ExpiredToken')
    const login = await xrpc(pds, 'com.atproto.server.createSession', {
      body: { identifier: user.handle, password },
    })
    expect(login.status).toBe(401)
    // The account's own session is untouched.
    const own = await user.agent.com.atproto.server.getSession()
    expect(own.data.did).toBe(user.did)
  })
})
