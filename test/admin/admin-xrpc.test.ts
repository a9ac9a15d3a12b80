import { AtpAgent } from '@atproto/api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser, type TestUser, xrpc } from '../account/helpers.ts'
import { startTestPds, type TestPds } from '../helpers/harness.ts'
import { ADMIN_TOKEN, adminEnv, adminHeaders } from './helpers.ts'

const opts = { headers: adminHeaders }

describe('com.atproto.admin.*', () => {
  let pds: TestPds
  let admin: AtpAgent
  let alice: TestUser
  let bob: TestUser

  beforeAll(async () => {
    pds = await startTestPds({ env: await adminEnv() })
    admin = pds.agent()
    alice = await createUser(pds, 'alice')
    bob = await createUser(pds, 'bob')
  })
  afterAll(() => pds.close())

  const accountEvents = (did: string) =>
    pds.ctx.sequencer
      .readAfter(0, 10_000)
      .filter((e) => e.type === 'account' && e.did === did)
      .map((e) => e.body)

  it('getAccountInfo(s) describe accounts, invites included', async () => {
    const info = await admin.com.atproto.admin.getAccountInfo({ did: alice.did }, opts)
    expect(info.data).toMatchObject({
      did: alice.did,
      handle: alice.handle,
      email: alice.email,
      invitesDisabled: false,
      invites: [],
    })
    const infos = await admin.com.atproto.admin.getAccountInfos(
      { dids: [alice.did, bob.did, 'did:plc:aaaaaaaaaaaaaaaaaaaaaaaa'] },
      opts,
    )
    expect(infos.data.infos.map((i) => i.handle)).toEqual([alice.handle, bob.handle])
    const missing = await xrpc(pds, 'com.atproto.admin.getAccountInfo', {
      token: ADMIN_TOKEN,
      params: { did: 'did:plc:aaaaaaaaaaaaaaaaaaaaaaaa' },
    })
    expect(missing).toMatchObject({ status: 400, body: { error: 'NotFound' } })
  })

  it('takes an account down everywhere and restores it', async () => {
    const post = await alice.agent.post({ text: 'before takedown' })
    const subject = { $type: 'com.atproto.admin.defs#repoRef', did: alice.did }
    await admin.com.atproto.admin.updateSubjectStatus(
      { subject, takedown: { applied: true, ref: 'case-1' } },
      { ...opts, encoding: 'application/json' },
    )
    const status = await admin.com.atproto.admin.getSubjectStatus({ did: alice.did }, opts)
    expect(status.data.takedown).toEqual({ applied: true, ref: 'case-1' })

    // Writes and sessions refused; reads and sync say the repo is taken down; firehose told.
    const write = await xrpc(pds, 'com.atproto.repo.createRecord', {
      token: alice.accessJwt,
      body: {
        repo: alice.did,
        collection: 'app.bsky.feed.post',
        record: { text: 'x', createdAt: new Date().toISOString() },
      },
    })
    expect(write).toMatchObject({ status: 401, body: { error: 'AccountTakedown' } })
    const session = await xrpc(pds, 'com.atproto.server.getSession', { token: alice.accessJwt })
    expect(session.status).toBe(401)
    const read = await xrpc(pds, 'com.atproto.repo.getRecord', {
      params: {
        repo: alice.did,
        collection: 'app.bsky.feed.post',
        rkey: post.uri.split('/').pop() as string,
      },
    })
    expect(read.body.error).toBe('RecordNotFound')
    const sync = await xrpc(pds, 'com.atproto.sync.getLatestCommit', { params: { did: alice.did } })
    expect(sync.body.error).toBe('RepoTakendown')
    const repoStatus = await xrpc(pds, 'com.atproto.sync.getRepoStatus', {
      params: { did: alice.did },
    })
    expect(repoStatus.body).toMatchObject({ active: false, status: 'takendown' })
    expect(accountEvents(alice.did).at(-1)).toEqual({
      did: alice.did,
      active: false,
      status: 'takendown',
    })

    await admin.com.atproto.admin.updateSubjectStatus(
      { subject, takedown: { applied: false } },
      { ...opts, encoding: 'application/json' },
    )
    expect(accountEvents(alice.did).at(-1)).toEqual({ did: alice.did, active: true })
    const again = await xrpc(pds, 'com.atproto.server.getSession', { token: alice.accessJwt })
    expect(again.status).toBe(200)
    expect(
      (await xrpc(pds, 'com.atproto.sync.getLatestCommit', { params: { did: alice.did } })).status,
    ).toBe(200)
    const after = await admin.com.atproto.admin.getSubjectStatus({ did: alice.did }, opts)
    expect(after.data.takedown).toEqual({ applied: false })
  })

  it('takes a record down from reads and restores it', async () => {
    const post = await bob.agent.post({ text: 'to be hidden' })
    const rkey = post.uri.split('/').pop() as string
    const getRecord = () =>
      xrpc(pds, 'com.atproto.repo.getRecord', {
        params: { repo: bob.did, collection: 'app.bsky.feed.post', rkey },
      })
    const list = async () =>
      (
        await bob.agent.com.atproto.repo.listRecords({
          repo: bob.did,
          collection: 'app.bsky.feed.post',
        })
      ).data.records.map((r) => r.uri)
    const subject = { $type: 'com.atproto.repo.strongRef', uri: post.uri, cid: post.cid }
    await admin.com.atproto.admin.updateSubjectStatus(
      { subject, takedown: { applied: true } },
      { ...opts, encoding: 'application/json' },
    )
    expect((await getRecord()).body.error).toBe('RecordNotFound')
    expect(await list()).not.toContain(post.uri)
    const status = await admin.com.atproto.admin.getSubjectStatus({ uri: post.uri }, opts)
    expect(status.data.subject).toMatchObject({ uri: post.uri, cid: post.cid })
    expect(status.data.takedown?.applied).toBe(true)

    await admin.com.atproto.admin.updateSubjectStatus(
      { subject, takedown: { applied: false } },
      { ...opts, encoding: 'application/json' },
    )
    expect((await getRecord()).status).toBe(200)
    expect(await list()).toContain(post.uri)
  })

  it('takes a blob down and restores it', async () => {
    const upload = await bob.agent.uploadBlob(new Uint8Array([1, 2, 3, 4]), {
      encoding: 'image/png',
    })
    const cid = upload.data.blob.ref.toString()
    // Public once a record references it.
    await bob.agent.com.atproto.repo.createRecord({
      repo: bob.did,
      collection: 'com.example.attachment',
      record: { $type: 'com.example.attachment', file: upload.data.blob },
    })
    const getBlob = () =>
      fetch(`${pds.url}/xrpc/com.atproto.sync.getBlob?did=${bob.did}&cid=${cid}`)
    expect((await getBlob()).status).toBe(200)
    const subject = { $type: 'com.atproto.admin.defs#repoBlobRef', did: bob.did, cid }
    await admin.com.atproto.admin.updateSubjectStatus(
      { subject, takedown: { applied: true, ref: 'blob-case' } },
      { ...opts, encoding: 'application/json' },
    )
    expect((await getBlob()).status).toBe(400)
    const status = await admin.com.atproto.admin.getSubjectStatus({ did: bob.did, blob: cid }, opts)
    expect(status.data.takedown).toEqual({ applied: true, ref: 'blob-case' })
    await admin.com.atproto.admin.updateSubjectStatus(
      { subject, takedown: { applied: false } },
      { ...opts, encoding: 'application/json' },
    )
    expect((await getBlob()).status).toBe(200)
  })

  it('refuses subjects that do not exist', async () => {
    const unknown = await xrpc(pds, 'com.atproto.admin.updateSubjectStatus', {
      token: ADMIN_TOKEN,
      body: {
        subject: {
          $type: 'com.atproto.admin.defs#repoRef',
          did: 'did:plc:aaaaaaaaaaaaaaaaaaaaaaaa',
        },
        takedown: { applied: true },
      },
    })
    expect(unknown).toMatchObject({ status: 400, body: { error: 'AccountNotFound' } })
    const blob = await xrpc(pds, 'com.atproto.admin.getSubjectStatus', {
      token: ADMIN_TOKEN,
      params: { blob: 'bafkreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm' },
    })
    expect(blob.status).toBe(400)
    const none = await xrpc(pds, 'com.atproto.admin.getSubjectStatus', { token: ADMIN_TOKEN })
    expect(none.status).toBe(400)
  })

  it('updates handle, email and password', async () => {
    await admin.com.atproto.admin.updateAccountHandle(
      { did: bob.did, handle: 'robert.test' },
      { ...opts, encoding: 'application/json' },
    )
    const resolved = await pds.agent().com.atproto.identity.resolveHandle({ handle: 'robert.test' })
    expect(resolved.data.did).toBe(bob.did)
    const taken = await xrpc(pds, 'com.atproto.admin.updateAccountHandle', {
      token: ADMIN_TOKEN,
      body: { did: bob.did, handle: alice.handle },
    })
    expect(taken.body.error).toBe('HandleNotAvailable')

    await admin.com.atproto.admin.updateAccountEmail(
      { account: bob.did, email: 'Robert@Example.com' },
      { ...opts, encoding: 'application/json' },
    )
    const info = await admin.com.atproto.admin.getAccountInfo({ did: bob.did }, opts)
    expect(info.data.email).toBe('robert@example.com')
    const dupe = await xrpc(pds, 'com.atproto.admin.updateAccountEmail', {
      token: ADMIN_TOKEN,
      body: { account: bob.did, email: alice.email },
    })
    expect(dupe.status).toBe(400)
    expect(dupe.body.message).toBe(
      'This email address is already in use, please use a different email.',
    )

    await admin.com.atproto.admin.updateAccountPassword(
      { did: bob.did, password: 'brand-new-password' },
      { ...opts, encoding: 'application/json' },
    )
    await expect(
      pds.agent().login({ identifier: bob.did, password: bob.password }),
    ).rejects.toThrow()
    await pds.agent().login({ identifier: bob.did, password: 'brand-new-password' })
    // Old sessions end with a password reset.
    expect(
      (await xrpc(pds, 'com.atproto.server.getSession', { token: bob.accessJwt })).status,
    ).not.toBe(200)
    const short = await xrpc(pds, 'com.atproto.admin.updateAccountPassword', {
      token: ADMIN_TOKEN,
      body: { did: bob.did, password: 'short' },
    })
    expect(short.status).toBe(400)
  })

  it('manages invite codes', async () => {
    const created = await admin.com.atproto.server.createInviteCodes(
      { codeCount: 2, useCount: 3, forAccounts: [alice.did] },
      { ...opts, encoding: 'application/json' },
    )
    const codes = created.data.codes[0]?.codes ?? []
    expect(codes).toHaveLength(2)
    const listed = await admin.com.atproto.admin.getInviteCodes({ limit: 1 }, opts)
    expect(listed.data.codes).toHaveLength(1)
    const page2 = await admin.com.atproto.admin.getInviteCodes(
      { limit: 1, cursor: listed.data.cursor },
      opts,
    )
    expect(page2.data.codes[0]?.code).not.toBe(listed.data.codes[0]?.code)
    const byUsage = await admin.com.atproto.admin.getInviteCodes({ sort: 'usage' }, opts)
    expect(byUsage.data.codes.map((c) => c.code).sort()).toEqual([...codes].sort())

    await admin.com.atproto.admin.disableInviteCodes(
      { codes: [codes[0] as string] },
      { ...opts, encoding: 'application/json' },
    )
    let info = await admin.com.atproto.admin.getAccountInfo({ did: alice.did }, opts)
    expect(info.data.invites?.find((c) => c.code === codes[0])?.disabled).toBe(true)
    expect(info.data.invites?.find((c) => c.code === codes[1])?.disabled).toBe(false)
    await admin.com.atproto.admin.disableInviteCodes(
      { accounts: [alice.did] },
      { ...opts, encoding: 'application/json' },
    )
    info = await admin.com.atproto.admin.getAccountInfo({ did: alice.did }, opts)
    expect(info.data.invites?.every((c) => c.disabled)).toBe(true)
    const adminCodes = await xrpc(pds, 'com.atproto.admin.disableInviteCodes', {
      token: ADMIN_TOKEN,
      body: { accounts: ['admin'] },
    })
    expect(adminCodes.status).toBe(400)

    await admin.com.atproto.admin.disableAccountInvites(
      { account: alice.did },
      { ...opts, encoding: 'application/json' },
    )
    info = await admin.com.atproto.admin.getAccountInfo({ did: alice.did }, opts)
    expect(info.data.invitesDisabled).toBe(true)
    await admin.com.atproto.admin.enableAccountInvites(
      { account: alice.did },
      { ...opts, encoding: 'application/json' },
    )
    info = await admin.com.atproto.admin.getAccountInfo({ did: alice.did }, opts)
    expect(info.data.invitesDisabled).toBe(false)
  })

  it('deletes an account', async () => {
    const carol = await createUser(pds, 'carol')
    await admin.com.atproto.admin.deleteAccount(
      { did: carol.did },
      { ...opts, encoding: 'application/json' },
    )
    const info = await xrpc(pds, 'com.atproto.admin.getAccountInfo', {
      token: ADMIN_TOKEN,
      params: { did: carol.did },
    })
    expect(info.body.error).toBe('NotFound')
    expect(accountEvents(carol.did).at(-1)).toEqual({
      did: carol.did,
      active: false,
      status: 'deleted',
    })
    const again = await xrpc(pds, 'com.atproto.admin.deleteAccount', {
      token: ADMIN_TOKEN,
      body: { did: carol.did },
    })
    expect(again.body.error).toBe('AccountNotFound')
  })
})
