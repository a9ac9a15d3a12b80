import { AtpAgent } from '@atproto/api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser, type TestUser, xrpc } from '../account/helpers.ts'
import { startTestSmtp, type TestSmtp } from '../email/smtp.ts'
import { startTestPds, type TestPds } from '../helpers/harness.ts'
import { ADMIN_TOKEN, adminEnv, adminHeaders, liftedAdminThrottle } from './helpers.ts'

const opts = { headers: adminHeaders }

describe('com.atproto.admin.searchAccounts and sendEmail', () => {
  let smtp: TestSmtp
  let pds: TestPds
  let admin: AtpAgent
  let users: TestUser[]

  beforeAll(async () => {
    smtp = await startTestSmtp()
    pds = await startTestPds({
      env: { ...(await adminEnv()), ...liftedAdminThrottle, ...smtp.env },
    })
    admin = pds.agent()
    users = []
    for (const name of ['carol', 'carl', 'dave']) users.push(await createUser(pds, name))
  })
  afterAll(async () => {
    await pds.close()
    await smtp.close()
  })

  it('finds accounts by email prefix, case-insensitively, page by page', async () => {
    const [carol, carl] = users as [TestUser, TestUser, TestUser]
    const prefix = carol.email.slice(0, 3).toUpperCase()
    expect(carl.email.slice(0, 3).toUpperCase()).toBe(prefix)
    const first = await admin.com.atproto.admin.searchAccounts({ email: prefix, limit: 1 }, opts)
    expect(first.data.accounts).toHaveLength(1)
    expect(first.data.cursor).toBeDefined()
    const second = await admin.com.atproto.admin.searchAccounts(
      { email: prefix, limit: 1, cursor: first.data.cursor },
      opts,
    )
    const found = [...first.data.accounts, ...second.data.accounts]
    expect(found.map((a) => a.did).sort()).toEqual([carol.did, carl.did].sort())
    expect(found.find((a) => a.did === carol.did)).toMatchObject({
      handle: carol.handle,
      email: carol.email,
    })
    const exact = await admin.com.atproto.admin.searchAccounts({ email: carol.email }, opts)
    expect(exact.data.accounts.map((a) => a.did)).toEqual([carol.did])
    // LIKE wildcards in the query are literal.
    const wildcard = await admin.com.atproto.admin.searchAccounts({ email: '%' }, opts)
    expect(wildcard.data.accounts).toEqual([])
    const all = await admin.com.atproto.admin.searchAccounts({}, opts)
    expect(all.data.accounts).toHaveLength(3)
    expect(all.data.cursor).toBeUndefined()
  })

  it('needs the admin token', async () => {
    const user = users[0] as TestUser
    for (const token of [user.accessJwt, 'wrong-admin-token']) {
      const res = await xrpc(pds, 'com.atproto.admin.searchAccounts', { token })
      expect(res.status).toBe(401)
    }
  })

  it('mails a moderator message to the account, taken down or not', async () => {
    const dave = users[2] as TestUser
    await admin.com.atproto.admin.updateSubjectStatus(
      {
        subject: { $type: 'com.atproto.admin.defs#repoRef', did: dave.did },
        takedown: { applied: true },
      },
      { ...opts, encoding: 'application/json' },
    )
    const res = await admin.com.atproto.admin.sendEmail(
      {
        recipientDid: dave.did,
        senderDid: 'did:plc:moderator000000000000000',
        subject: 'About your account',
        content: '<p>Your account was taken down.</p>',
      },
      { ...opts, encoding: 'application/json' },
    )
    expect(res.data).toEqual({ sent: true })
    const mail = await smtp.next(dave.email)
    expect(mail.subject).toBe('About your account')
    expect(mail.html).toContain('<p>Your account was taken down.</p>')

    const missing = await xrpc(pds, 'com.atproto.admin.sendEmail', {
      token: ADMIN_TOKEN,
      body: {
        recipientDid: 'did:plc:aaaaaaaaaaaaaaaaaaaaaaaa',
        senderDid: 'did:plc:moderator000000000000000',
        content: 'x',
      },
    })
    expect(missing).toMatchObject({ status: 400, body: { message: 'Recipient not found' } })
  })
})
