import { afterAll, beforeAll, expect, it } from 'vitest'
import { createUser } from '../account/helpers.ts'
import { startTestPds, type TestPds } from '../helpers/harness.ts'

let pds: TestPds
beforeAll(async () => {
  pds = await startTestPds()
})
afterAll(() => pds.close())

const notConfigured = { error: 'EmailNotConfigured', message: expect.stringMatching(/SMTP/) }

it('answers a clear error instead of pretending a message went out', async () => {
  const user = await createUser(pds, 'offline')
  const server = user.agent.com.atproto.server
  await expect(server.requestEmailConfirmation()).rejects.toMatchObject(notConfigured)
  await expect(
    pds.agent().com.atproto.server.requestPasswordReset({ email: user.email }),
  ).rejects.toMatchObject(notConfigured)
  await expect(server.requestAccountDelete()).rejects.toMatchObject(notConfigured)
  await expect(
    server.updateEmail({ email: user.email, emailAuthFactor: true }),
  ).rejects.toMatchObject(notConfigured)
  // Needs no message: an unconfirmed address changes without a code.
  const update = await server.requestEmailUpdate()
  expect(update.data.tokenRequired).toBe(false)
})

it('keeps the pending codes readable for the operator, and they work', async () => {
  const user = await createUser(pds, 'opview')
  await expect(user.agent.com.atproto.server.requestEmailConfirmation()).rejects.toMatchObject(
    notConfigured,
  )
  const pending = await pds.ctx.accounts.emailTokens.listPending(user.did)
  expect(pending).toEqual([
    {
      did: user.did,
      purpose: 'confirm_email',
      requestedAt: expect.any(String),
      expiresAt: expect.any(String),
      token: expect.stringMatching(/^[A-Z2-7]{5}-[A-Z2-7]{5}$/),
    },
  ])
  const token = pending[0]?.token ?? ''
  await user.agent.com.atproto.server.confirmEmail({ email: user.email, token })
  const session = await user.agent.com.atproto.server.getSession()
  expect(session.data.emailConfirmed).toBe(true)
  expect(await pds.ctx.accounts.emailTokens.listPending(user.did)).toEqual([])
})

it('still asks for a sign-in code, saying where it can be read', async () => {
  const user = await createUser(pds, 'factor')
  // Turned on while email worked (the setting survives SMTP being switched off).
  await pds.ctx.accountDb
    .updateTable('account')
    .set({ email_auth_factor: 1 })
    .where('did', '=', user.did)
    .execute()
  await expect(
    pds.agent().login({ identifier: user.handle, password: user.password }),
  ).rejects.toMatchObject({
    error: 'AuthFactorTokenRequired',
    message: expect.stringMatching(/admin console/),
  })
  const [pending] = await pds.ctx.accounts.emailTokens.listPending(user.did)
  expect(pending?.purpose).toBe('auth_factor')
  await pds.agent().login({
    identifier: user.handle,
    password: user.password,
    authFactorToken: pending?.token ?? '',
  })
})

it('limits the codes one account can request per purpose, whichever method asks', async () => {
  const user = await createUser(pds, 'hammer')
  const tokens = pds.ctx.accounts.emailTokens
  for (let i = 0; i < 10; i++) await tokens.create(user.did, 'plc_operation')
  await expect(tokens.create(user.did, 'plc_operation')).rejects.toMatchObject({
    error: 'RateLimitExceeded',
  })
  // Other purposes and accounts have their own budget.
  await tokens.create(user.did, 'confirm_email')
})

it('lets only one of two concurrent uses of a code succeed', async () => {
  const user = await createUser(pds, 'racer')
  const tokens = pds.ctx.accounts.emailTokens
  const token = await tokens.create(user.did, 'delete_account')
  const results = await Promise.allSettled([
    tokens.consume(user.did, 'delete_account', token),
    tokens.consume(user.did, 'delete_account', token),
  ])
  expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected'])
})
