import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { restoreArchive, verifyArchive } from '../../src/admin/backup/restore.ts'
import { createUser, xrpc } from '../account/helpers.ts'
import { runCli } from '../helpers/cli.ts'
import { startTestPds, type TestPds } from '../helpers/harness.ts'
import { ADMIN_TOKEN, adminEnv } from './helpers.ts'

/** A copy of the archive with one byte flipped at `at` (a fraction of its length). */
async function corrupted(archive: string, dir: string, at: number): Promise<string> {
  const bytes = await readFile(archive)
  const i = Math.floor(bytes.length * at)
  bytes[i] = (bytes[i] as number) ^ 0x01
  const file = path.join(dir, `corrupt-${at}.tar.gz`)
  await writeFile(file, bytes)
  return file
}

describe('backups', () => {
  let pds: TestPds
  let scratch: string

  beforeAll(async () => {
    pds = await startTestPds({ env: { ...(await adminEnv()), TEMPEST_BACKUP_RETAIN: '2' } })
    scratch = await mkdtemp(path.join(os.tmpdir(), 'tempest-backup-test-'))
    const alice = await createUser(pds, 'alice')
    await alice.agent.post({ text: 'hello' })
    await alice.agent.uploadBlob(new Uint8Array([9, 8, 7]), { encoding: 'image/png' })
  })
  afterAll(async () => {
    await pds.close()
    await rm(scratch, { recursive: true, force: true })
  })

  const create = () =>
    xrpc(pds, 'sh.tempest.admin.createBackup', { token: ADMIN_TOKEN, post: true })

  it('creates, lists and keeps the newest TEMPEST_BACKUP_RETAIN', async () => {
    const first = await create()
    expect(first.status).toBe(200)
    const backup = first.body.backup as Record<string, unknown>
    expect(backup).toMatchObject({ store: 'local', sequencerHead: pds.ctx.sequencer.head() })
    expect(backup.name).toMatch(/^tempest-backup-\d{8}T\d{9}Z\.tar\.gz$/)
    await create()
    await create()
    const listed = await xrpc(pds, 'sh.tempest.admin.listBackups', { token: ADMIN_TOKEN })
    const names = (listed.body.backups as Array<{ name: string }>).map((b) => b.name)
    expect(names).toHaveLength(2)
    expect(names).not.toContain(backup.name)
    expect(names).toEqual([...names].sort().reverse())
    expect((await readdir(path.join(pds.dataDir, 'backups'))).sort()).toEqual([...names].sort())

    const status = await xrpc(pds, '_admin/status', { token: ADMIN_TOKEN })
    const last = (status.body.backups as { last: Record<string, unknown> }).last
    expect(last).toMatchObject({ ok: true, name: names[0], store: 'local' })
    expect(status.body.warnings).not.toContain('no successful backup in the last 24 hours')
  })

  it('verifies an archive and names the damaged file when one byte is flipped', async () => {
    const name = ((await create()).body.backup as { name: string }).name
    const archive = path.join(pds.dataDir, 'backups', name)
    const manifest = await verifyArchive(archive, scratch)
    expect(manifest.files.map((f) => f.path)).toEqual(
      expect.arrayContaining(['account.sqlite', 'sequencer.sqlite', 'keys/rotation.key']),
    )
    expect(manifest.files.some((f) => f.path.startsWith('repos/'))).toBe(true)
    expect(manifest.files.some((f) => f.path.startsWith('blobs/'))).toBe(true)

    const paths = manifest.files.map((f) => f.path)
    for (const at of [0.3, 0.6, 0.9]) {
      const bad = await corrupted(archive, scratch, at)
      const err = await verifyArchive(bad, scratch).then(
        () => null,
        (e: Error) => e,
      )
      expect(err?.message, `flip at ${at}`).toContain('failed verification')
      expect(
        paths.some((p) => err?.message.includes(p)),
        err?.message,
      ).toBe(true)
      const target = path.join(scratch, `target-${at}`)
      await expect(restoreArchive(bad, target)).rejects.toThrow(/failed verification/)
      expect(await readdir(target)).toEqual([])
    }
    // Verification leaves no scratch dirs behind.
    expect((await readdir(scratch)).filter((n) => n.startsWith('backup-verify-'))).toEqual([])
  })

  it('restores only into an empty directory', async () => {
    const name = ((await create()).body.backup as { name: string }).name
    const archive = path.join(pds.dataDir, 'backups', name)
    const busy = path.join(scratch, 'busy')
    await mkdir(busy)
    await writeFile(path.join(busy, 'something'), 'x')
    await expect(restoreArchive(archive, busy)).rejects.toThrow(/not empty/)
    const target = path.join(scratch, 'restored')
    const manifest = await restoreArchive(archive, target)
    for (const file of manifest.files) expect(existsSync(path.join(target, file.path))).toBe(true)
  })

  it('CLI: backup create beside the running server, list, verify, and a damaged archive fails', async () => {
    const env = { TEMPEST_DATA_DIR: pds.dataDir, TEMPEST_BACKUP_RETAIN: '2' }
    const created = await runCli(['backup', 'create'], env)
    expect(created.stderr).toBe('')
    expect(created.code).toBe(0)
    const name = /stored (\S+)/.exec(created.stdout)?.[1] as string
    const listed = await runCli(['backup', 'list'], env)
    expect(listed.stdout.split('\n')[0]).toContain(name)
    const verified = await runCli(['backup', 'verify', name], env)
    expect(verified.code).toBe(0)
    expect(verified.stdout).toContain('backup is valid')

    const bad = await corrupted(path.join(pds.dataDir, 'backups', name), scratch, 0.5)
    const failed = await runCli(['backup', 'verify', bad], env)
    expect(failed.code).toBe(1)
    expect(failed.stderr).toMatch(
      /failed verification:\n\s+(repos\/|account|sequencer|keys\/|blobs\/|manifest)/,
    )
    const target = path.join(scratch, 'cli-target')
    const restore = await runCli(['backup', 'restore', bad, '--target', target], env)
    expect(restore.code).toBe(1)
    expect(restore.stderr).toContain('failed verification')
    const upload = await runCli(['backup', 'create', '--upload'], env)
    expect(upload.code).toBe(1)
    expect(upload.stderr).toContain('TEMPEST_BACKUP_STORE=s3')
    // Seven CLI processes (tsx) on a shared machine.
  }, 90_000)

  it('runs scheduled backups when an interval is set', async () => {
    const scheduled = await startTestPds({
      plc: pds.plc,
      env: { ...(await adminEnv()), TEMPEST_BACKUP_INTERVAL_MINUTES: '60' },
    })
    try {
      // With no backup yet, the first one is due at start-up.
      let last: unknown = null
      for (let i = 0; i < 100 && !last; i++) {
        last = await scheduled.ctx.admin.backups.lastResult()
        if (!last) await new Promise((r) => setTimeout(r, 100))
      }
      expect(last).toMatchObject({ ok: true, store: 'local' })
      expect((await scheduled.ctx.admin.backups.list()).length).toBe(1)
    } finally {
      await scheduled.close()
    }
  })
})
