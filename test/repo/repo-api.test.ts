import { readFileSync } from 'node:fs'
import path from 'node:path'
import { AtUri } from '@atproto/syntax'
import { readCarWithRoot, verifyProofs, verifyRepoCar } from '@atproto/repo'
import { getDid } from '@atproto/identity'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser, type TestUser, xrpc } from '../account/helpers.ts'
import { startTestPds, type TestPds } from '../helpers/harness.ts'

const FIXTURES = path.join(import.meta.dirname, 'fixtures')
const POST = 'app.bsky.feed.post'

/** The non-comment lines of an interop syntax file. */
function invalidValues(file: string): string[] {
  return readFileSync(path.join(FIXTURES, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
}

let pds: TestPds
let alice: TestUser
let bob: TestUser

/** The account's signing key as its DID document (in the PLC directory) publishes it. */
async function signingKeyOf(did: string): Promise<string> {
  return (await pds.ctx.identity.resolver()).did.resolveAtprotoKey(did, true)
}

async function getRepoCar(did: string, since?: string): Promise<Uint8Array> {
  const res = await fetch(
    `${pds.url}/xrpc/com.atproto.sync.getRepo?did=${did}${since ? `&since=${since}` : ''}`,
  )
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toContain('application/vnd.ipld.car')
  return new Uint8Array(await res.arrayBuffer())
}

function newPost(text: string) {
  return { $type: POST, text, createdAt: new Date().toISOString() }
}

beforeAll(async () => {
  pds = await startTestPds()
  alice = await createUser(pds, 'alice')
  bob = await createUser(pds, 'bob')
})
afterAll(() => pds.close())

describe('record writes over XRPC', () => {
  it('creates, reads, updates and deletes records with commits that verify', async () => {
    const created = await alice.agent.com.atproto.repo.createRecord({
      repo: alice.did,
      collection: POST,
      record: newPost('hello'),
    })
    expect(created.data.validationStatus).toBe('valid')
    const uri = new AtUri(created.data.uri)
    expect(uri.host).toBe(alice.did)
    const got = await pds.agent().com.atproto.repo.getRecord({
      repo: alice.handle,
      collection: POST,
      rkey: uri.rkey,
    })
    expect(got.data.cid).toBe(created.data.cid)
    expect((got.data.value as { text: string }).text).toBe('hello')

    const put = await alice.agent.com.atproto.repo.putRecord({
      repo: alice.did,
      collection: POST,
      rkey: uri.rkey,
      record: newPost('edited'),
      swapRecord: created.data.cid,
    })
    expect(put.data.commit?.rev).toBeDefined()
    const latest = await pds.agent().com.atproto.sync.getLatestCommit({ did: alice.did })
    expect(latest.data.cid).toBe(put.data.commit?.cid)

    const car = await getRepoCar(alice.did)
    const verified = await verifyRepoCar(car, alice.did, await signingKeyOf(alice.did))
    expect(verified.creates.map((c) => c.cid.toString())).toContain(put.data.cid)

    const proof = await pds.agent().com.atproto.sync.getRecord({
      did: alice.did,
      collection: POST,
      rkey: uri.rkey,
    })
    const checked = await verifyProofs(
      proof.data,
      [
        {
          collection: POST,
          rkey: uri.rkey,
          cid: verified.creates.find((c) => c.rkey === uri.rkey)?.cid ?? null,
        },
      ],
      alice.did,
      await signingKeyOf(alice.did),
    )
    expect(checked.verified).toHaveLength(1)

    await alice.agent.com.atproto.repo.deleteRecord({
      repo: alice.did,
      collection: POST,
      rkey: uri.rkey,
    })
    const gone = await xrpc(pds, 'com.atproto.repo.getRecord', {
      params: { repo: alice.did, collection: POST, rkey: uri.rkey },
    })
    expect(gone.body.error).toBe('RecordNotFound')
    const absent = await pds.agent().com.atproto.sync.getRecord({
      did: alice.did,
      collection: POST,
      rkey: uri.rkey,
    })
    const none = await verifyProofs(
      absent.data,
      [{ collection: POST, rkey: uri.rkey, cid: null }],
      alice.did,
      await signingKeyOf(alice.did),
    )
    expect(none.verified).toHaveLength(1)
    // Deleting what is not there answers without a commit.
    const again = await alice.agent.com.atproto.repo.deleteRecord({
      repo: alice.did,
      collection: POST,
      rkey: uri.rkey,
    })
    expect(again.data.commit).toBeUndefined()
  })

  it('applies batches atomically and answers per-write results', async () => {
    const res = await alice.agent.com.atproto.repo.applyWrites({
      repo: alice.did,
      writes: [
        {
          $type: 'com.atproto.repo.applyWrites#create',
          collection: POST,
          rkey: 'batch1',
          value: newPost('1'),
        },
        {
          $type: 'com.atproto.repo.applyWrites#create',
          collection: 'com.example.unknown',
          rkey: 'x',
          value: { a: 1 },
        },
        {
          $type: 'com.atproto.repo.applyWrites#update',
          collection: POST,
          rkey: 'batch1',
          value: newPost('2'),
        },
      ],
    })
    expect(res.data.results?.map((r) => r.$type)).toEqual([
      'com.atproto.repo.applyWrites#createResult',
      'com.atproto.repo.applyWrites#createResult',
      'com.atproto.repo.applyWrites#updateResult',
    ])
    expect((res.data.results?.[1] as { validationStatus?: string }).validationStatus).toBe(
      'unknown',
    )

    const before = await pds.agent().com.atproto.sync.getLatestCommit({ did: alice.did })
    const failed = await xrpc(pds, 'com.atproto.repo.applyWrites', {
      token: alice.accessJwt,
      body: {
        repo: alice.did,
        writes: [
          {
            $type: 'com.atproto.repo.applyWrites#create',
            collection: POST,
            rkey: 'batch2',
            value: newPost('ok'),
          },
          {
            $type: 'com.atproto.repo.applyWrites#create',
            collection: POST,
            rkey: 'batch3',
            value: { $type: POST, text: 5 },
          },
        ],
      },
    })
    expect(failed.status).toBe(400)
    expect(failed.body.error).toBe('InvalidRequest')
    const after = await pds.agent().com.atproto.sync.getLatestCommit({ did: alice.did })
    expect(after.data).toEqual(before.data)

    const tooMany = await xrpc(pds, 'com.atproto.repo.applyWrites', {
      token: alice.accessJwt,
      body: {
        repo: alice.did,
        writes: Array.from({ length: 201 }, (_, i) => ({
          $type: 'com.atproto.repo.applyWrites#create',
          collection: POST,
          rkey: `many${i}`,
          value: newPost(`${i}`),
        })),
      },
    })
    expect(tooMany.status).toBe(400)
    expect(tooMany.body.error).toBe('InvalidRequest')
  })

  it('enforces swapCommit and swapRecord with InvalidSwap', async () => {
    const head = await pds.agent().com.atproto.sync.getLatestCommit({ did: alice.did })
    await alice.agent.com.atproto.repo.createRecord({
      repo: alice.did,
      collection: POST,
      record: newPost('a'),
    })
    const stale = await xrpc(pds, 'com.atproto.repo.createRecord', {
      token: alice.accessJwt,
      body: { repo: alice.did, collection: POST, record: newPost('b'), swapCommit: head.data.cid },
    })
    expect(stale.body.error).toBe('InvalidSwap')
    await alice.agent.com.atproto.repo.putRecord({
      repo: alice.did,
      collection: POST,
      rkey: 'swapped',
      record: newPost('first'),
      swapRecord: null,
    })
    const mustBeNew = await xrpc(pds, 'com.atproto.repo.putRecord', {
      token: alice.accessJwt,
      body: {
        repo: alice.did,
        collection: POST,
        rkey: 'swapped',
        record: newPost('second'),
        swapRecord: null,
      },
    })
    expect(mustBeNew.body.error).toBe('InvalidSwap')
    const wrongDelete = await xrpc(pds, 'com.atproto.repo.deleteRecord', {
      token: alice.accessJwt,
      body: { repo: alice.did, collection: POST, rkey: 'swapped', swapRecord: head.data.cid },
    })
    expect(wrongDelete.body.error).toBe('InvalidSwap')
  })

  it('answers validationStatus and rejects invalid records', async () => {
    const unknown = await alice.agent.com.atproto.repo.createRecord({
      repo: alice.did,
      collection: 'com.example.custom',
      record: { anything: 'goes' },
    })
    expect(unknown.data.validationStatus).toBe('unknown')
    const unvalidated = await alice.agent.com.atproto.repo.createRecord({
      repo: alice.did,
      collection: POST,
      record: { $type: POST, text: 'no createdAt' },
      validate: false,
    })
    expect(unvalidated.data.validationStatus).toBeUndefined()
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ collection: POST, record: { $type: POST, text: 'no createdAt' } }, 'InvalidRequest'],
      [{ collection: 'com.example.custom', record: { a: 1 }, validate: true }, 'InvalidRequest'],
      [
        { collection: POST, record: { ...newPost('x'), $type: 'app.bsky.feed.like' } },
        'InvalidRequest',
      ],
      [
        { collection: POST, record: { ...newPost('x'), createdAt: '2024-01-01' } },
        'InvalidRequest',
      ],
    ]
    for (const [body, error] of cases) {
      const res = await xrpc(pds, 'com.atproto.repo.createRecord', {
        token: alice.accessJwt,
        body: { repo: alice.did, ...body },
      })
      expect(res.status, JSON.stringify(body)).toBe(400)
      expect(res.body.error, JSON.stringify(body)).toBe(error)
      // putRecord refuses the same records with the same name (the reference's InvalidRequest).
      const put = await xrpc(pds, 'com.atproto.repo.putRecord', {
        token: alice.accessJwt,
        body: { repo: alice.did, rkey: 'invalid', ...body },
      })
      expect(put.status, JSON.stringify(body)).toBe(400)
      expect(put.body.error, JSON.stringify(body)).toBe(error)
    }
  })

  it('rejects invalid data-model records with InvalidRequest and stores nothing', async () => {
    const before = await pds.agent().com.atproto.sync.getLatestCommit({ did: alice.did })
    const fixtures = JSON.parse(
      readFileSync(path.join(FIXTURES, 'data-model-invalid.json'), 'utf8'),
    ) as Array<{
      note: string
      json: unknown
    }>
    for (const { note, json } of fixtures) {
      const res = await xrpc(pds, 'com.atproto.repo.createRecord', {
        token: alice.accessJwt,
        body: {
          repo: alice.did,
          collection: 'com.example.datamodel',
          record: { $type: 'com.example.datamodel', v: json },
        },
      })
      // A string top level is a valid field value; the record object around it is what counts.
      if (note === 'top-level not an object') continue
      expect(res.status, note).toBe(400)
      expect(res.body.error, note).toBe('InvalidRequest')
    }
    const notObject = await xrpc(pds, 'com.atproto.repo.createRecord', {
      token: alice.accessJwt,
      body: { repo: alice.did, collection: 'com.example.datamodel', record: 'blah' },
    })
    expect(notObject.status).toBe(400)
    const after = await pds.agent().com.atproto.sync.getLatestCommit({ did: alice.did })
    expect(after.data.cid).not.toBe(before.data.cid) // the 'top-level' case wrote one record
    const listed = await pds.agent().com.atproto.repo.listRecords({
      repo: alice.did,
      collection: 'com.example.datamodel',
    })
    expect(listed.data.records).toHaveLength(1)
  })

  it('rejects invalid NSIDs, record keys, DIDs and at-identifiers with InvalidRequest', async () => {
    const bad: Array<[string, Record<string, unknown>]> = []
    for (const nsid of invalidValues('nsid_syntax_invalid.txt')) {
      bad.push(['createRecord', { repo: alice.did, collection: nsid, record: { a: 1 } }])
    }
    for (const rkey of invalidValues('recordkey_syntax_invalid.txt')) {
      bad.push(['putRecord', { repo: alice.did, collection: POST, rkey, record: newPost('x') }])
    }
    for (const repo of [
      ...invalidValues('did_syntax_invalid.txt'),
      ...invalidValues('atidentifier_syntax_invalid.txt'),
    ]) {
      bad.push(['createRecord', { repo, collection: POST, record: newPost('x') }])
    }
    for (const [method, body] of bad) {
      const res = await xrpc(pds, `com.atproto.repo.${method}`, { token: alice.accessJwt, body })
      expect(res.status, JSON.stringify(body).slice(0, 200)).toBe(400)
      expect(res.body.error, JSON.stringify(body).slice(0, 200)).toBe('InvalidRequest')
    }
    for (const rkey of invalidValues('recordkey_syntax_invalid.txt').slice(0, 5)) {
      const res = await xrpc(pds, 'com.atproto.repo.getRecord', {
        params: { repo: alice.did, collection: POST, rkey },
      })
      expect(res.body.error).toBe('InvalidRequest')
    }
  })

  it('checks blob refs with the blob service before committing', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      'base64',
    )
    const uploaded = await bob.agent.com.atproto.repo.uploadBlob(png, { encoding: 'image/png' })
    const profile = {
      $type: 'app.bsky.actor.profile',
      displayName: 'Bob',
      avatar: uploaded.data.blob,
    }
    await bob.agent.com.atproto.repo.putRecord({
      repo: bob.did,
      collection: 'app.bsky.actor.profile',
      rkey: 'self',
      record: profile,
    })
    const listed = await pds.agent().com.atproto.sync.listBlobs({ did: bob.did })
    expect(listed.data.cids).toContain(uploaded.data.blob.ref.toString())

    const head = await pds.agent().com.atproto.sync.getLatestCommit({ did: bob.did })
    const never = await xrpc(pds, 'com.atproto.repo.createRecord', {
      token: bob.accessJwt,
      body: {
        repo: bob.did,
        collection: 'com.example.withblob',
        record: {
          file: {
            $type: 'blob',
            ref: { $link: 'bafkreiccldh766hwcnuxnf2wh6jgzepf2nlu2lvcllt63eww5p6chi4ity' },
            mimeType: 'image/png',
            size: 10,
          },
        },
      },
    })
    expect(never.body.error).toBe('BlobNotFound')
    const after = await pds.agent().com.atproto.sync.getLatestCommit({ did: bob.did })
    expect(after.data.cid).toBe(head.data.cid)
  })

  it("refuses writes to another account's repo and without auth", async () => {
    const other = await xrpc(pds, 'com.atproto.repo.createRecord', {
      token: bob.accessJwt,
      body: { repo: alice.did, collection: POST, record: newPost('not yours') },
    })
    expect(other.status).toBe(401)
    expect(other.body.error).toBe('AuthenticationRequired')
    const anon = await xrpc(pds, 'com.atproto.repo.createRecord', {
      body: { repo: alice.did, collection: POST, record: newPost('anon') },
    })
    expect(anon.status).toBe(401)
    expect(anon.body.error).toBe('AuthMissing')
  })
})

describe('record and sync reads over XRPC', () => {
  it('lists records with cursor, limit and reverse', async () => {
    const rkeys = [
      '3kaaaaaaaaaa2',
      '3kaaaaaaaaaa3',
      '3kaaaaaaaaaa4',
      '3kaaaaaaaaaa5',
      '3kaaaaaaaaaa6',
    ]
    await bob.agent.com.atproto.repo.applyWrites({
      repo: bob.did,
      writes: rkeys.map((rkey) => ({
        $type: 'com.atproto.repo.applyWrites#create' as const,
        collection: 'app.bsky.feed.like',
        rkey,
        value: {
          $type: 'app.bsky.feed.like',
          subject: {
            uri: `at://${alice.did}/${POST}/x`,
            cid: 'bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm',
          },
          createdAt: new Date().toISOString(),
        },
      })),
    })
    const agent = pds.agent()
    const first = await agent.com.atproto.repo.listRecords({
      repo: bob.did,
      collection: 'app.bsky.feed.like',
      limit: 2,
    })
    expect(first.data.records.map((r) => new AtUri(r.uri).rkey)).toEqual([
      '3kaaaaaaaaaa6',
      '3kaaaaaaaaaa5',
    ])
    const second = await agent.com.atproto.repo.listRecords({
      repo: bob.did,
      collection: 'app.bsky.feed.like',
      limit: 2,
      cursor: first.data.cursor,
    })
    expect(second.data.records.map((r) => new AtUri(r.uri).rkey)).toEqual([
      '3kaaaaaaaaaa4',
      '3kaaaaaaaaaa3',
    ])
    const reversed = await agent.com.atproto.repo.listRecords({
      repo: bob.handle,
      collection: 'app.bsky.feed.like',
      limit: 2,
      reverse: true,
    })
    expect(reversed.data.records.map((r) => new AtUri(r.uri).rkey)).toEqual([
      '3kaaaaaaaaaa2',
      '3kaaaaaaaaaa3',
    ])
  })

  it('describes a repo with its collections, DID document and handle check', async () => {
    const res = await pds.agent().com.atproto.repo.describeRepo({ repo: bob.handle })
    expect(res.data.did).toBe(bob.did)
    expect(res.data.collections).toContain('app.bsky.feed.like')
    expect(getDid(res.data.didDoc as never)).toBe(bob.did)
    expect(res.data.handleIsCorrect).toBe(true)
    const missing = await xrpc(pds, 'com.atproto.repo.describeRepo', {
      params: { repo: 'nobody.test' },
    })
    expect(missing.status).toBe(400)
    expect(missing.body.error).toBe('RepoNotFound')
  })

  it('serves getRepo since, getBlocks, getRepoStatus, listRepos and RepoNotFound', async () => {
    const agent = pds.agent()
    const head = await agent.com.atproto.sync.getLatestCommit({ did: bob.did })
    await bob.agent.com.atproto.repo.createRecord({
      repo: bob.did,
      collection: POST,
      record: newPost('later'),
    })
    const diff = await readCarWithRoot(await getRepoCar(bob.did, head.data.rev))
    const newHead = await agent.com.atproto.sync.getLatestCommit({ did: bob.did })
    expect(diff.root.toString()).toBe(newHead.data.cid)
    expect(diff.blocks.size).toBeGreaterThan(1)
    // Nothing written since the head: the official client gets a CAR of just the root.
    const none = await agent.com.atproto.sync.getRepo({ did: bob.did, since: newHead.data.rev })
    const empty = await readCarWithRoot(none.data)
    expect(empty.root.toString()).toBe(newHead.data.cid)
    expect(empty.blocks.size).toBe(0)
    const badSince = await xrpc(pds, 'com.atproto.sync.getRepo', {
      params: { did: bob.did, since: 'not-a-tid' },
    })
    expect(badSince.status).toBe(400)
    expect(badSince.body.error).toBe('InvalidRequest')

    const blocks = await agent.com.atproto.sync.getBlocks({
      did: bob.did,
      cids: [newHead.data.cid],
    })
    const car = await readCarWithRoot(blocks.data).catch(() => null)
    expect(car).toBeNull() // no root: a plain block bundle
    const missing = await xrpc(pds, 'com.atproto.sync.getBlocks', {
      params: { did: bob.did, cids: 'bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm' },
    })
    expect(missing.body.error).toBe('BlockNotFound')

    const status = await agent.com.atproto.sync.getRepoStatus({ did: bob.did })
    expect(status.data).toEqual({ did: bob.did, active: true, rev: newHead.data.rev })

    const page = await agent.com.atproto.sync.listRepos({ limit: 1 })
    expect(page.data.repos).toHaveLength(1)
    const rest = await agent.com.atproto.sync.listRepos({ cursor: page.data.cursor })
    const all = [...page.data.repos, ...rest.data.repos]
    expect(all.map((r) => r.did).sort()).toEqual([alice.did, bob.did].sort())
    expect(all.find((r) => r.did === bob.did)?.head).toBe(newHead.data.cid)

    for (const nsid of [
      'com.atproto.sync.getRepo',
      'com.atproto.sync.getLatestCommit',
      'com.atproto.sync.getRepoStatus',
    ]) {
      const res = await xrpc(pds, nsid, { params: { did: 'did:plc:aaaaaaaaaaaaaaaaaaaaaaaa' } })
      expect(res.body.error, nsid).toBe('RepoNotFound')
    }
  })

  it('answers RepoDeactivated for a deactivated account', async () => {
    const carol = await createUser(pds, 'carol')
    await carol.agent.com.atproto.server.deactivateAccount({})
    const res = await xrpc(pds, 'com.atproto.sync.getRepo', { params: { did: carol.did } })
    expect(res.body.error).toBe('RepoDeactivated')
    const described = await xrpc(pds, 'com.atproto.repo.describeRepo', {
      params: { repo: carol.did },
    })
    expect(described.body.error).toBe('RepoDeactivated')
    const status = await pds.agent().com.atproto.sync.getRepoStatus({ did: carol.did })
    expect(status.data).toEqual({ did: carol.did, active: false, status: 'deactivated' })
  })
})

describe('preferences', () => {
  it('stores preferences per account, privately, replacing the namespace', async () => {
    const prefs = [
      { $type: 'app.bsky.actor.defs#adultContentPref', enabled: true },
      { $type: 'app.bsky.actor.defs#personalDetailsPref', birthDate: '2000-01-01T00:00:00.000Z' },
      { $type: 'app.bsky.actor.defs#declaredAgePref', isOverAge13: false },
    ]
    await alice.agent.app.bsky.actor.putPreferences({ preferences: prefs })
    const got = await alice.agent.app.bsky.actor.getPreferences()
    expect(got.data.preferences.map((p) => p.$type)).toEqual([
      'app.bsky.actor.defs#adultContentPref',
      'app.bsky.actor.defs#personalDetailsPref',
      'app.bsky.actor.defs#declaredAgePref',
    ])
    expect(got.data.preferences[2]).toMatchObject({ isOverAge13: true, isOverAge18: true })
    expect((await bob.agent.app.bsky.actor.getPreferences()).data.preferences).toEqual([])

    await alice.agent.app.bsky.actor.putPreferences({
      preferences: [{ $type: 'app.bsky.actor.defs#adultContentPref', enabled: false }],
    })
    const replaced = await alice.agent.app.bsky.actor.getPreferences()
    expect(replaced.data.preferences).toEqual([
      { $type: 'app.bsky.actor.defs#adultContentPref', enabled: false },
    ])

    const foreign = await xrpc(pds, 'app.bsky.actor.putPreferences', {
      token: alice.accessJwt,
      body: { preferences: [{ $type: 'com.example.pref', x: 1 }] },
    })
    expect(foreign.status).toBe(400)
    expect(foreign.body.error).toBe('InvalidRequest')
    const anon = await xrpc(pds, 'app.bsky.actor.getPreferences')
    expect(anon.status).toBe(401)
    expect(anon.body.error).toBe('AuthMissing')
    // Preferences never enter the repo.
    const car = await getRepoCar(alice.did)
    expect(Buffer.from(car).includes(Buffer.from('adultContentPref'))).toBe(false)
  })
})
