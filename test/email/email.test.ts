import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser, xrpc, type TestUser } from '../account/helpers.ts'
import { startTestPds, type TestPds } from '../helpers/harness.ts'
import { startTestSmtp, tokenIn, type TestSmtp } from './smtp.ts'

const CODE = /^[A-Z2-7]{5}-[A-Z2-7]{5}$/

let smtp: TestSmtp
let pds: TestPds
beforeAll(async () => {
  smtp = await startTestSmtp()
  pds = await startTestPds({ env: smtp.env })
})
afterAll(async () => {
  await pds.close()
  await smtp.close()
})

/** Requests and confirms the user's email through the client, reading the code from the mail. */
async function confirmEmail(user: TestUser): Promise<void> {
  await user.agent.com.atproto.server.requestEmailConfirmation()
  const token = tokenIn(await smtp.next(user.email))
  await user.agent.com.atproto.server.confirmEmail({ email: user.email, token })
}

/** Moves the account's pending code of this purpose past its 15-minute lifetime. */
async function ageToken(did: string, purpose: 'confirm_email' | 'reset_password') {
  await pds.ctx.accountDb
    .updateTable('email_token')
    .set({ requested_at: new Date(Date.now() - 16 * 60 * 1000).toISOString() })
    .where('did', '=', did)
    .where('purpose', '=', purpose)
    .execute()
}

describe('email confirmation', () => {
  it('mails a code in the reference format that confirms the address once', async () => {
    const user = await createUser(pds, 'confirm')
    const before = await user.agent.com.atproto.server.getSession()
    expect(before.data).toMatchObject({
      email: user.email,
      emailConfirmed: false,
      emailAuthFactor: false,
    })

    await user.agent.com.atproto.server.requestEmailConfirmation()
    const mail = await smtp.next(user.email)
    const token = tokenIn(mail)
    expect(token).toMatch(CODE)
    expect(mail.from).toBe('pds@example.com')
    expect(mail.subject).toContain(pds.ctx.cfg.hostname)
    expect(mail.text).toContain('expires in 15 minutes')
    expect(mail.html).toContain(token)
    expect(mail.html).toContain('expires in 15 minutes')

    // Stored only as a keyed hash while email works.
    const row = await pds.ctx.accountDb
      .selectFrom('email_token')
      .selectAll()
      .where('did', '=', user.did)
      .executeTakeFirstOrThrow()
    expect(row.plaintext).toBeNull()
    expect(row.token_hash).not.toContain(token)
    const [pending] = await pds.ctx.accounts.emailTokens.listPending(user.did)
    expect(pending).toEqual({
      did: user.did,
      purpose: 'confirm_email',
      requestedAt: row.requested_at,
      expiresAt: expect.any(String),
      token: null,
    })

    await expect(
      user.agent.com.atproto.server.confirmEmail({ email: 'other@example.com', token }),
    ).rejects.toMatchObject({ error: 'InvalidEmail' })
    await expect(
      user.agent.com.atproto.server.confirmEmail({ email: user.email, token: 'AAAAA-22222' }),
    ).rejects.toMatchObject({ error: 'InvalidToken' })

    // Lower-case input is the same code.
    await user.agent.com.atproto.server.confirmEmail({
      email: user.email.toUpperCase(),
      token: token.toLowerCase(),
    })
    const after = await user.agent.com.atproto.server.getSession()
    expect(after.data).toMatchObject({ emailConfirmed: true, emailAuthFactor: false })

    await expect(
      user.agent.com.atproto.server.confirmEmail({ email: user.email, token }),
    ).rejects.toMatchObject({ error: 'InvalidToken' })
  })

  it("refuses another account's code and an expired one", async () => {
    const alice = await createUser(pds, 'alice-mail')
    const bob = await createUser(pds, 'bob-mail')
    await alice.agent.com.atproto.server.requestEmailConfirmation()
    const aliceToken = tokenIn(await smtp.next(alice.email))
    await bob.agent.com.atproto.server.requestEmailConfirmation()
    const bobToken = tokenIn(await smtp.next(bob.email))

    await expect(
      bob.agent.com.atproto.server.confirmEmail({ email: bob.email, token: aliceToken }),
    ).rejects.toMatchObject({ error: 'InvalidToken' })

    await ageToken(bob.did, 'confirm_email')
    await expect(
      bob.agent.com.atproto.server.confirmEmail({ email: bob.email, token: bobToken }),
    ).rejects.toMatchObject({ error: 'ExpiredToken' })
    const session = await bob.agent.com.atproto.server.getSession()
    expect(session.data.emailConfirmed).toBe(false)

    // Alice's code is untouched by Bob's attempts.
    await alice.agent.com.atproto.server.confirmEmail({ email: alice.email, token: aliceToken })
  })

  it('limits the emails one account can ask for', async () => {
    const user = await createUser(pds, 'chatty')
    for (let i = 0; i < 5; i++) {
      await user.agent.com.atproto.server.requestEmailConfirmation()
      await smtp.next(user.email)
    }
    const sent = smtp.count()
    await expect(user.agent.com.atproto.server.requestEmailConfirmation()).rejects.toMatchObject({
      status: 429,
    })
    expect(smtp.count()).toBe(sent)
  })
})

describe('email update', () => {
  it('needs no code while the address is unconfirmed', async () => {
    const user = await createUser(pds, 'unconfirmed')
    const res = await user.agent.com.atproto.server.requestEmailUpdate()
    expect(res.data.tokenRequired).toBe(false)
    await user.agent.com.atproto.server.updateEmail({ email: 'Unconfirmed-New@Example.com' })
    const session = await user.agent.com.atproto.server.getSession()
    expect(session.data).toMatchObject({
      email: 'unconfirmed-new@example.com',
      emailConfirmed: false,
    })
  })

  it('sends the code to the old confirmed address, and the new one starts unconfirmed', async () => {
    const user = await createUser(pds, 'mover')
    const other = await createUser(pds, 'squatter')
    await confirmEmail(user)

    const res = await user.agent.com.atproto.server.requestEmailUpdate()
    expect(res.data.tokenRequired).toBe(true)
    const mail = await smtp.next(user.email)
    expect(mail.subject).toContain('Change your email address')
    const token = tokenIn(mail)

    await expect(
      user.agent.com.atproto.server.updateEmail({ email: 'mover-new@example.com' }),
    ).rejects.toMatchObject({ error: 'TokenRequired' })
    await expect(
      user.agent.com.atproto.server.updateEmail({ email: 'not-an-address', token }),
    ).rejects.toMatchObject({ error: 'InvalidRequest' })
    await expect(
      user.agent.com.atproto.server.updateEmail({ email: other.email, token }),
    ).rejects.toThrow(/already in use/)

    await user.agent.com.atproto.server.updateEmail({ email: 'mover-new@example.com', token })
    const session = await user.agent.com.atproto.server.getSession()
    expect(session.data).toMatchObject({ email: 'mover-new@example.com', emailConfirmed: false })

    await user.agent.com.atproto.server.requestEmailConfirmation()
    const confirmation = await smtp.next('mover-new@example.com')
    await user.agent.com.atproto.server.confirmEmail({
      email: 'mover-new@example.com',
      token: tokenIn(confirmation),
    })
    await user.agent.com.atproto.server.requestEmailUpdate()
    const second = tokenIn(await smtp.next('mover-new@example.com'))
    await expect(
      user.agent.com.atproto.server.updateEmail({ email: 'mover-3@example.com', token }),
    ).rejects.toMatchObject({ error: 'InvalidToken' })
    await user.agent.com.atproto.server.updateEmail({ email: 'mover-3@example.com', token: second })
  })
})

describe('password reset', () => {
  it('sets the new password with the mailed code and ends every session', async () => {
    const user = await createUser(pds, 'forgetful')
    const appPassword = await user.agent.com.atproto.server.createAppPassword({ name: 'phone' })
    const appSession = await pds.agent().login({
      identifier: user.handle,
      password: appPassword.data.password,
    })

    await pds.agent().com.atproto.server.requestPasswordReset({ email: user.email.toUpperCase() })
    const mail = await smtp.next(user.email)
    expect(mail.subject).toContain('Reset your password')
    expect(mail.text).toContain(`@${user.handle}`)
    const token = tokenIn(mail)

    const anon = pds.agent().com.atproto.server
    await expect(
      anon.resetPassword({ token: 'AAAAA-22222', password: 'brand-new-password' }),
    ).rejects.toMatchObject({ error: 'InvalidToken' })
    await expect(anon.resetPassword({ token, password: 'short' })).rejects.toThrow(/too short/)
    await anon.resetPassword({ token, password: 'brand-new-password' })

    for (const refreshJwt of [user.refreshJwt, appSession.data.refreshJwt]) {
      const refreshed = await xrpc(pds, 'com.atproto.server.refreshSession', {
        token: refreshJwt,
        post: true,
      })
      expect(refreshed.body.error).toBe('ExpiredToken')
    }
    const oldAccess = await xrpc(pds, 'com.atproto.server.getSession', { token: user.accessJwt })
    expect(oldAccess.body.error).toBe('ExpiredToken')

    await expect(
      pds.agent().login({ identifier: user.handle, password: user.password }),
    ).rejects.toMatchObject({ status: 401 })
    await pds.agent().login({ identifier: user.handle, password: 'brand-new-password' })
    // App passwords themselves survive, as on the reference PDS; only their sessions ended.
    await pds.agent().login({ identifier: user.handle, password: appPassword.data.password })

    await expect(
      anon.resetPassword({ token, password: 'another-new-password' }),
    ).rejects.toMatchObject({ error: 'InvalidToken' })
  })

  it('refuses an expired code and answers an unknown address as the reference PDS', async () => {
    const user = await createUser(pds, 'slowpoke')
    const anon = pds.agent().com.atproto.server
    await anon.requestPasswordReset({ email: user.email })
    const token = tokenIn(await smtp.next(user.email))
    await ageToken(user.did, 'reset_password')
    await expect(
      anon.resetPassword({ token, password: 'brand-new-password' }),
    ).rejects.toMatchObject({ error: 'ExpiredToken' })
    await pds.agent().login({ identifier: user.handle, password: user.password })

    await expect(anon.requestPasswordReset({ email: 'nobody@example.com' })).rejects.toThrow(
      /does not have an email address/,
    )
  })
})

describe('sign-in codes', () => {
  it('turns on with the email-update code and then gates password logins', async () => {
    const user = await createUser(pds, 'careful')
    const appPassword = await user.agent.com.atproto.server.createAppPassword({ name: 'bot' })

    await user.agent.com.atproto.server.requestEmailUpdate()
    await expect(
      user.agent.com.atproto.server.updateEmail({ email: user.email, emailAuthFactor: true }),
    ).rejects.toThrow(/Confirm your email address/)
    await confirmEmail(user)

    await user.agent.com.atproto.server.requestEmailUpdate()
    const token = tokenIn(await smtp.next(user.email))
    await user.agent.com.atproto.server.updateEmail({
      email: user.email,
      emailAuthFactor: true,
      token,
    })
    const session = await user.agent.com.atproto.server.getSession()
    expect(session.data).toMatchObject({
      email: user.email,
      emailConfirmed: true,
      emailAuthFactor: true,
    })

    await expect(
      pds.agent().login({ identifier: user.handle, password: user.password }),
    ).rejects.toMatchObject({ error: 'AuthFactorTokenRequired' })
    const mail = await smtp.next(user.email)
    expect(mail.subject).toContain('sign-in code')
    const code = tokenIn(mail)
    await expect(
      pds.agent().login({
        identifier: user.handle,
        password: user.password,
        authFactorToken: 'AAAAA-22222',
      }),
    ).rejects.toMatchObject({ error: 'InvalidToken' })
    const login = await pds.agent().login({
      identifier: user.email,
      password: user.password,
      authFactorToken: code,
    })
    expect(login.data).toMatchObject({ did: user.did, emailAuthFactor: true })
    await expect(
      pds
        .agent()
        .login({ identifier: user.handle, password: user.password, authFactorToken: code }),
    ).rejects.toMatchObject({ error: 'InvalidToken' })

    // App passwords are separate secrets and skip the code.
    await pds.agent().login({ identifier: user.handle, password: appPassword.data.password })

    await user.agent.com.atproto.server.requestEmailUpdate()
    const off = tokenIn(await smtp.next(user.email))
    await user.agent.com.atproto.server.updateEmail({
      email: user.email,
      emailAuthFactor: false,
      token: off,
    })
    const plain = await pds.agent().login({ identifier: user.handle, password: user.password })
    expect(plain.data).toMatchObject({ emailConfirmed: true, emailAuthFactor: false })
  })
})

describe('account deletion', () => {
  it('mails the deletion code', async () => {
    const user = await createUser(pds, 'leaving')
    await user.agent.com.atproto.server.requestAccountDelete()
    const mail = await smtp.next(user.email)
    expect(mail.subject).toContain('Delete your account')
    await pds.agent().com.atproto.server.deleteAccount({
      did: user.did,
      password: user.password,
      token: tokenIn(mail),
    })
    expect(await pds.ctx.accounts.getAccount(user.did)).toBeNull()
  })
})

describe('PLC operation codes', () => {
  it('are mailed for requestPlcOperationSignature and sign the operation once', async () => {
    const user = await createUser(pds, 'migrant')
    await user.agent.com.atproto.identity.requestPlcOperationSignature()
    const mail = await smtp.next(user.email)
    expect(mail.subject).toBe(`Confirm an identity change (${pds.ctx.cfg.hostname})`)
    const token = tokenIn(mail)
    const signed = await user.agent.com.atproto.identity.signPlcOperation({ token })
    expect(signed.data.operation).toMatchObject({ type: 'plc_operation' })
    await expect(user.agent.com.atproto.identity.signPlcOperation({ token })).rejects.toMatchObject(
      { error: 'InvalidToken' },
    )
  })
})
