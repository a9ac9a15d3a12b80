import { decodeJwt } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { updateSubjectStatus } from '../../src/admin/subject-status.ts'
import { startTestPds, type TestPds } from '../helpers/harness.ts'
import { createUser, type TestUser, xrpc } from './helpers.ts'

/** createSession's `allowTakendown`, as the reference: a restricted session for migrating out. */
describe('a taken-down account signing in', () => {
  let pds: TestPds
  let user: TestUser
  let appPassword: string

  beforeAll(async () => {
    pds = await startTestPds()
    user = await createUser(pds, 'removed')
    const created = await user.agent.com.atproto.server.createAppPassword({ name: 'app' })
    appPassword = created.data.password
    await updateSubjectStatus(
      pds.ctx,
      { kind: 'account', did: user.did },
      {
        takedown: { applied: true },
      },
    )
  })
  afterAll(() => pds.close())

  const createSession = (body: Record<string, unknown>) =>
    xrpc(pds, 'com.atproto.server.createSession', {
      body: { identifier: user.handle, password: user.password, ...body },
    })

  it('is refused without allowTakendown, and with an app password', async () => {
    expect(await createSession({})).toMatchObject({
      status: 401,
      body: { error: 'AccountTakedown' },
    })
    expect(await createSession({ password: appPassword, allowTakendown: true })).toMatchObject({
      status: 401,
      body: { error: 'AuthenticationRequired', message: 'Invalid identifier or password' },
    })
  })

  it('gets a restricted session with allowTakendown: only what migrating out needs', async () => {
    const session = await createSession({ allowTakendown: true })
    expect(session.status).toBe(200)
    expect(session.body).toMatchObject({ did: user.did, active: false, status: 'takendown' })
    const token = session.body.accessJwt as string
    expect(decodeJwt(token).scope).toBe('com.atproto.takendown')

    expect((await xrpc(pds, 'app.bsky.actor.getPreferences', { token })).status).toBe(200)
    const forNewPds = await xrpc(pds, 'com.atproto.server.getServiceAuth', {
      token,
      params: { aud: 'did:web:new-pds.example.com', lxm: 'com.atproto.server.createAccount' },
    })
    expect(forNewPds.status).toBe(200)
    const other = await xrpc(pds, 'com.atproto.server.getServiceAuth', {
      token,
      params: { aud: 'did:web:new-pds.example.com', lxm: 'com.atproto.repo.createRecord' },
    })
    expect(other).toMatchObject({ status: 400, body: { error: 'InvalidToken' } })

    // Everything else refuses the takedown scope.
    expect((await xrpc(pds, 'com.atproto.server.getSession', { token })).body.error).toBe(
      'InvalidToken',
    )
    const write = await xrpc(pds, 'com.atproto.repo.createRecord', {
      token,
      body: {
        repo: user.did,
        collection: 'app.bsky.feed.post',
        record: { text: 'x', createdAt: new Date().toISOString() },
      },
    })
    expect(write.body.error).toBe('InvalidToken')
    const refresh = await xrpc(pds, 'com.atproto.server.refreshSession', {
      token: session.body.refreshJwt as string,
      post: true,
    })
    expect(refresh).toMatchObject({ status: 401, body: { error: 'AccountTakedown' } })
  })
})
