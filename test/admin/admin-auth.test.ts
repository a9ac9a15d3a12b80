import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ServerStatus } from '../../src/admin/status.ts'
import { createUser, type TestUser, xrpc } from '../account/helpers.ts'
import { startTestPds, type TestPds } from '../helpers/harness.ts'
import { ADMIN_TOKEN, adminEnv, liftedAdminThrottle } from './helpers.ts'

/** Every admin route, with a request that would succeed with the admin token. */
const ADMIN_XRPC: Array<{
  nsid: string
  post?: boolean
  body?: unknown
  params?: Record<string, string>
}> = [
  { nsid: 'com.atproto.admin.getAccountInfo', params: { did: 'did:plc:aaaaaaaaaaaaaaaaaaaaaaaa' } },
  {
    nsid: 'com.atproto.admin.getAccountInfos',
    params: { dids: 'did:plc:aaaaaaaaaaaaaaaaaaaaaaaa' },
  },
  {
    nsid: 'com.atproto.admin.getSubjectStatus',
    params: { did: 'did:plc:aaaaaaaaaaaaaaaaaaaaaaaa' },
  },
  { nsid: 'com.atproto.admin.getInviteCodes' },
  {
    nsid: 'com.atproto.admin.updateSubjectStatus',
    body: {
      subject: { $type: 'com.atproto.admin.defs#repoRef', did: 'did:plc:aaaaaaaaaaaaaaaaaaaaaaaa' },
      takedown: { applied: true },
    },
  },
  {
    nsid: 'com.atproto.admin.updateAccountHandle',
    body: { did: 'did:plc:aaaaaaaaaaaaaaaaaaaaaaaa', handle: 'x.test' },
  },
  {
    nsid: 'com.atproto.admin.updateAccountEmail',
    body: { account: 'did:plc:aaaaaaaaaaaaaaaaaaaaaaaa', email: 'x@example.com' },
  },
  {
    nsid: 'com.atproto.admin.updateAccountPassword',
    body: { did: 'did:plc:aaaaaaaaaaaaaaaaaaaaaaaa', password: 'new-password-1' },
  },
  { nsid: 'com.atproto.admin.deleteAccount', body: { did: 'did:plc:aaaaaaaaaaaaaaaaaaaaaaaa' } },
  {
    nsid: 'com.atproto.admin.disableAccountInvites',
    body: { account: 'did:plc:aaaaaaaaaaaaaaaaaaaaaaaa' },
  },
  {
    nsid: 'com.atproto.admin.enableAccountInvites',
    body: { account: 'did:plc:aaaaaaaaaaaaaaaaaaaaaaaa' },
  },
  { nsid: 'com.atproto.admin.disableInviteCodes', body: { codes: ['nope'] } },
  { nsid: 'com.atproto.admin.searchAccounts' },
  {
    nsid: 'com.atproto.admin.sendEmail',
    body: {
      recipientDid: 'did:plc:aaaaaaaaaaaaaaaaaaaaaaaa',
      senderDid: 'did:plc:aaaaaaaaaaaaaaaaaaaaaaaa',
      content: 'x',
    },
  },
  { nsid: 'sh.tempest.admin.listBackups' },
  { nsid: 'sh.tempest.admin.createBackup', post: true },
]
const ADMIN_PAGES = [
  '/admin',
  '/admin/accounts',
  '/admin/backups',
  '/admin/firehose',
  '/admin/crawlers',
]

describe('admin auth', () => {
  let pds: TestPds
  let user: TestUser
  const tokens: Record<string, string> = {}

  beforeAll(async () => {
    // Dozens of wrong tokens in a row: lift the throttle (test/admin/admin-flood.test.ts tests it).
    pds = await startTestPds({
      env: {
        ...(await adminEnv()),
        ...liftedAdminThrottle,
      },
    })
    user = await createUser(pds, 'alice')
    tokens['account access token'] = user.accessJwt
    const appPassword = await user.agent.com.atproto.server.createAppPassword({ name: 'app' })
    const appAgent = pds.agent()
    await appAgent.login({ identifier: user.handle, password: appPassword.data.password })
    tokens['app password session'] = appAgent.session?.accessJwt as string
    const service = await user.agent.com.atproto.server.getServiceAuth({
      aud: pds.ctx.cfg.serviceDid,
      lxm: 'com.atproto.admin.getAccountInfo',
    })
    tokens['service JWT'] = service.data.token
    tokens['wrong admin token'] = 'not-the-admin-token-at-all'
  })
  afterAll(() => pds.close())

  it('refuses every non-admin credential on every admin XRPC method and on status', async () => {
    for (const [kind, token] of Object.entries(tokens)) {
      for (const call of [...ADMIN_XRPC, { nsid: '_admin/status' }]) {
        const res = await xrpc(pds, call.nsid, { token, ...call })
        expect([401, 403], `${kind} on ${call.nsid}`).toContain(res.status)
      }
      // Also as `Basic admin:<token>`, the form pdsadmin uses.
      const basic = await fetch(`${pds.url}/xrpc/_admin/status`, {
        headers: { authorization: `Basic ${Buffer.from(`admin:${token}`).toString('base64')}` },
      })
      expect(basic.status, kind).toBe(401)
    }
    for (const call of ADMIN_XRPC) {
      expect((await xrpc(pds, call.nsid, call)).status, `no token on ${call.nsid}`).toBe(401)
    }
  })

  it('refuses non-admin credentials on the console pages', async () => {
    for (const [kind, token] of Object.entries(tokens)) {
      for (const page of ADMIN_PAGES) {
        const res = await fetch(`${pds.url}${page}`, {
          headers: { authorization: `Bearer ${token}` },
        })
        expect(res.status, `${kind} on ${page}`).toBe(401)
        expect(await res.text()).toContain('Admin token')
      }
      const login = await fetch(`${pds.url}/admin/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ token }),
        redirect: 'manual',
      })
      expect(login.status, `${kind} logging in`).toBe(401)
      expect(login.headers.get('set-cookie')).toBeNull()
    }
  })

  it('serves the status to the admin token', async () => {
    const res = await xrpc(pds, '_admin/status', { token: ADMIN_TOKEN })
    expect(res.status).toBe(200)
    const status = res.body as unknown as ServerStatus
    expect(status.version).toBe('test')
    expect(status.accounts).toMatchObject({ total: 1, active: 1, takendown: 0 })
    expect(status.repos.count).toBe(1)
    expect(status.sequencer.headSeq).toBe(pds.ctx.sequencer.head())
    expect(status.blobs).toMatchObject({ store: 'local', count: 0 })
    expect(status.backups).toMatchObject({ store: 'local', last: null })
    expect(status.disk.freeBytes).toBeGreaterThan(0)
    expect(status.warnings).toEqual(
      expect.arrayContaining([
        expect.stringContaining('is not https'),
        'no successful backup in the last 24 hours',
      ]),
    )
  })

  it('answers with a clear error when no admin token hash is configured', async () => {
    const open = await startTestPds({ plc: pds.plc })
    try {
      for (const nsid of ['_admin/status', 'com.atproto.admin.getInviteCodes']) {
        const res = await xrpc(open, nsid, { token: ADMIN_TOKEN })
        expect(res.status).toBe(401)
        expect(res.body.error).toBe('AdminTokenDisabled')
      }
      const login = await fetch(`${open.url}/admin/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ token: ADMIN_TOKEN }),
      })
      expect(login.status).toBe(401)
      expect(await login.text()).toContain('Admin access is disabled')
    } finally {
      await open.close()
    }
  })
})
