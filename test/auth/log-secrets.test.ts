import { PassThrough } from 'node:stream'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createUser, xrpc } from '../account/helpers.ts'
import { startTestPds, type TestPds } from '../helpers/harness.ts'

let pds: TestPds
const lines: string[] = []
beforeAll(async () => {
  const destination = new PassThrough()
  destination.setEncoding('utf8')
  destination.on('data', (chunk: string) => lines.push(chunk))
  pds = await startTestPds({ env: { TEMPEST_LOG_LEVEL: 'trace' }, logDestination: destination })
})
afterAll(() => pds.close())

it('never writes passwords or tokens to the log', async () => {
  const user = await createUser(pds, 'quiet')
  const appPassword = await user.agent.com.atproto.server.createAppPassword({ name: 'logged?' })
  const appLogin = await pds.agent().login({
    identifier: user.handle,
    password: appPassword.data.password,
  })
  const refreshed = await xrpc(pds, 'com.atproto.server.refreshSession', {
    token: user.refreshJwt,
    post: true,
  })
  await xrpc(pds, 'com.atproto.server.createSession', {
    body: { identifier: user.handle, password: 'wrong-password-attempt' },
  })
  await xrpc(pds, 'com.atproto.server.getSession', { token: 'not.a.jwt' })
  await user.agent.com.atproto.server.requestAccountDelete().catch(() => undefined)
  const [deleteToken] = await pds.ctx.accounts.emailTokens.listPending(user.did)
  if (!deleteToken?.token) throw new Error('no pending account-deletion code')

  const log = lines.join('')
  expect(log).toMatch(/com\.atproto\.server\.createSession/)
  for (const secret of [
    user.password,
    'wrong-password-attempt',
    appPassword.data.password,
    user.accessJwt,
    user.refreshJwt,
    refreshed.body.accessJwt as string,
    refreshed.body.refreshJwt as string,
    appLogin.data.accessJwt,
    appLogin.data.refreshJwt,
    deleteToken.token,
  ]) {
    expect(log).not.toContain(secret)
  }
})
