import { afterAll, beforeAll, expect, it } from 'vitest'
import { runCli } from '../helpers/cli.ts'
import { startTestPlc, type TestPlc } from '../helpers/harness.ts'
import { didData, seedAccount } from './flow.ts'
import { agentFor, startTempestPeer, type TempestPeer } from './peers.ts'

let plc: TestPlc
let a: TempestPeer
let b: TempestPeer
let did: string
const password = 'mover-password-123'

/** The environment of server B's operator. */
function envOf(peer: TempestPeer): Record<string, string> {
  return {
    TEMPEST_ENV: 'development',
    TEMPEST_PUBLIC_URL: peer.url,
    TEMPEST_DATA_DIR: peer.pds.dataDir,
    TEMPEST_PLC_URL: plc.url,
  }
}

beforeAll(async () => {
  plc = await startTestPlc()
  ;[a, b] = await Promise.all([startTempestPeer('A', plc), startTempestPeer('B', plc)])
  const agent = agentFor(a)
  did = (await agent.createAccount({ handle: 'mover.test', email: 'mover@example.com', password }))
    .data.did
  await seedAccount(agent, did, { posts: 5, images: 2 })
})

afterAll(async () => {
  await Promise.all([a?.close(), b?.close()])
  await plc?.close()
})

it(
  'moves an account in step by step, stopping for the PLC code and resuming',
  { timeout: 90_000 },
  async () => {
    const migrate = (...extra: string[]) =>
      runCli(['account', 'migrate-in', 'mover.test', '--from', a.url, ...extra], envOf(b), password)

    const first = await migrate()
    expect(first.stderr).toBe('')
    expect(first.stdout).toContain('[2/8] created the account on')
    expect(first.stdout).toContain('[3/8] imported the repo: 6 records')
    expect(first.stdout).toContain('[4/8] copied 2 missing blobs')
    expect(first.stdout).toMatch(/paused: .*--plc-token/)
    expect((await didData(plc.url, did)).pds).toBe(a.url)

    const wrong = await migrate('--plc-token', 'AAAAA-BBBBB')
    expect(wrong.code).toBe(1)
    expect(wrong.stderr).toMatch(/Token is invalid/)
    expect(wrong.stdout).toContain('[2/8] the account already exists on')

    const code = await a.plcToken(did, 'mover.test')
    const done = await migrate('--plc-token', code)
    expect(done.stderr).toBe('')
    expect(done.stdout).toContain('[6/8] the DID document now names this server and its key')
    expect(done.stdout).toContain('[7/8] activated the account here')
    expect(done.stdout).toContain('[8/8] deactivated the account on')
    expect(done.stdout).toMatch(/activated: true\n\s+validDid: true/)
    expect(done.stdout).toContain('indexedRecords: 6')
    expect(done.stdout).toMatch(/expectedBlobs: 2\n\s+importedBlobs: 2/)
    expect((await didData(plc.url, did)).pds).toBe(b.url)
    expect((await a.pds.ctx.accounts.getAccount(did))?.status).toBe('deactivated')

    const again = await migrate()
    expect(again.stdout).toContain('[3/8] the account is already active here')
    expect(again.stdout).toContain('migration complete')
  },
)

it('shows a DID document and whether it points here', async () => {
  const onB = await runCli(['identity', 'show', did], envOf(b))
  expect(onB.stdout).toContain(`"id": "${did}"`)
  expect(onB.stdout).toContain('matches the account key on this server')
  expect(onB.stdout).toContain('the DID document points here')
  const onA = await runCli(['identity', 'show', did], envOf(a))
  expect(onA.stdout).toContain(`not this server, which is ${a.url}`)
  expect(onA.stdout).toContain('the DID document does not point here')
})
