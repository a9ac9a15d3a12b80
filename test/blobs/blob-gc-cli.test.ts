import { randomBytes } from 'node:crypto'
import { existsSync, utimesSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, expect, it } from 'vitest'
import { runCli } from '../helpers/cli.ts'
import { startTestPds } from '../helpers/harness.ts'

const dirs: string[] = []
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true })
})

it('`tempest blob gc` removes unreferenced uploads past the grace period and says so', async () => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tempest-blobgc-'))
  dirs.push(dataDir)
  const pds = await startTestPds({ dataDir })
  const agent = pds.agent()
  await agent.createAccount({
    handle: 'sweeper.test',
    email: 'sweeper@example.com',
    password: 'correct horse battery staple',
  })
  const did = agent.assertDid
  const stale = (await agent.com.atproto.repo.uploadBlob(randomBytes(300))).data.blob
  const fresh = (await agent.com.atproto.repo.uploadBlob(randomBytes(200))).data.blob
  await pds.close()

  // An object a crash left without its row (kill -9 between the write and the insert), aged.
  const orphan = 'bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy'
  const orphanFile = path.join(dataDir, 'blobs', encodeURIComponent(did), orphan)
  writeFileSync(orphanFile, 'orphaned bytes')
  const aged = new Date(Date.now() - 2 * 3600_000)
  utimesSync(orphanFile, aged, aged)

  // Age one upload past the one-hour default grace period.
  const db = new Database(path.join(dataDir, 'account.sqlite'))
  db.prepare('UPDATE blob SET touched_at = ? WHERE cid = ?').run(
    new Date(Date.now() - 2 * 3600_000).toISOString(),
    stale.ref.toString(),
  )
  db.close()

  const res = await runCli(['blob', 'gc'], {
    TEMPEST_ENV: 'development',
    TEMPEST_DATA_DIR: dataDir,
    TEMPEST_LOG_LEVEL: 'silent',
  })
  expect(res.stderr).toBe('')
  expect(res.code).toBe(0)
  expect(res.stdout).toContain(`removed ${did} ${stale.ref.toString()} (300 bytes)`)
  expect(res.stdout).toContain('removed 1 unreferenced temporary blob(s), 300 bytes')
  const blobDir = path.join(dataDir, 'blobs', encodeURIComponent(did))
  expect(existsSync(path.join(blobDir, stale.ref.toString()))).toBe(false)
  expect(existsSync(path.join(blobDir, fresh.ref.toString()))).toBe(true)
  expect(res.stdout).toContain(`removed orphaned object ${did} ${orphan}`)
  expect(existsSync(orphanFile)).toBe(false)
})
