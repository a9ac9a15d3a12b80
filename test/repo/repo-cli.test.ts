import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { verifyRepoCar } from '@atproto/repo'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser, type TestUser } from '../account/helpers.ts'
import { runCli } from '../helpers/cli.ts'
import { startTestPds, startTestPlc, type TestPds, type TestPlc } from '../helpers/harness.ts'

const POST = 'app.bsky.feed.post'

let dataDir: string
let plc: TestPlc
let pds: TestPds | undefined
let alice: TestUser
let bob: TestUser
let env: Record<string, string>

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'tempest-repo-cli-'))
  plc = await startTestPlc()
  pds = await startTestPds({ dataDir, plc })
  alice = await createUser(pds, 'alice')
  bob = await createUser(pds, 'bob')
  for (const text of ['one', 'two', 'three']) {
    await alice.agent.com.atproto.repo.createRecord({
      repo: alice.did,
      collection: POST,
      record: { $type: POST, text, createdAt: new Date().toISOString() },
    })
  }
  env = {
    TEMPEST_ENV: 'development',
    TEMPEST_DATA_DIR: dataDir,
    TEMPEST_PLC_URL: plc.url,
    TEMPEST_LOG_LEVEL: 'silent',
  }
})
afterAll(async () => {
  await pds?.close()
  await plc.close()
  await rm(dataDir, { recursive: true, force: true })
})

// Each CLI run starts a fresh Node process with the TypeScript loader (seconds on a busy machine).
describe('tempest repo', { timeout: 90_000 }, () => {
  it('exports and verifies a repo beside the running server, and refuses a tampered CAR', async () => {
    const file = path.join(dataDir, 'alice.car')
    const exported = await runCli(['repo', 'export', alice.did, file], env)
    expect(exported.code, exported.stderr).toBe(0)
    const car = await readFile(file)
    const verified = await verifyRepoCar(car, alice.did)
    expect(verified.creates).toHaveLength(3)

    for (const target of [file, alice.did]) {
      const res = await runCli(['repo', 'verify', target], env)
      expect(res.code, res.stderr).toBe(0)
      expect(res.stdout).toContain(`repo ${alice.did} is valid`)
      expect(res.stdout).toContain('3 records')
      expect(res.stdout).toContain('signature: valid (local key did:key:')
    }

    const tampered = Buffer.from(car)
    tampered[tampered.length - 5] = (tampered[tampered.length - 5] as number) ^ 0xff
    const bad = path.join(dataDir, 'bad.car')
    await writeFile(bad, tampered)
    const refused = await runCli(['repo', 'verify', bad], env)
    expect(refused.code).toBe(1)

    const missing = await runCli(['repo', 'export', 'did:plc:nobodyhere', file], env)
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('no repo for did:plc:nobodyhere')
  })

  it('imports a CAR into a hosted account with the server stopped, re-signed with its key', async () => {
    const file = path.join(dataDir, 'alice-import.car')
    expect((await runCli(['repo', 'export', alice.did, file], env)).code).toBe(0)
    // The data dir is locked while the server runs.
    const locked = await runCli(['repo', 'import', alice.did, file], env)
    expect(locked.code).toBe(1)
    expect(locked.stderr).toContain('in use')

    await pds?.close()
    pds = undefined
    const wrongDid = await runCli(['repo', 'import', bob.did, file], env)
    expect(wrongDid.code).toBe(1)
    const imported = await runCli(['repo', 'import', alice.did, file], env)
    expect(imported.code, imported.stderr).toBe(0)
    expect(imported.stdout).toContain(`imported 3 records into ${alice.did}`)
    const check = await runCli(['repo', 'verify', alice.did], env)
    expect(check.code, check.stderr).toBe(0)
    expect(check.stdout).toContain('signature: valid (local key')
  })
})
