import { GateSkipped } from '../report.ts'
import { expectJson, type Gate } from './types.ts'

export const backupGate: Gate = {
  id: 'backup',
  title: 'A backup is created and verifies',
  async run(ctx) {
    if (ctx.adminToken === undefined) throw new GateSkipped('no --admin-token given')
    const headers = {
      authorization: `Bearer ${ctx.adminToken}`,
      'content-type': 'application/json',
    }
    const created = await expectJson(
      await ctx.fetch(`${ctx.url}/xrpc/sh.tempest.admin.createBackup`, { method: 'POST', headers }),
      'createBackup',
    )
    const backup = created.backup as {
      name: string
      size: number
      store: string
      sequencerHead?: number
    }
    const verified = await expectJson(
      await ctx.fetch(`${ctx.url}/xrpc/sh.tempest.admin.verifyBackup`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ name: backup.name }),
      }),
      'verifyBackup',
    )
    const problems = (verified.problems as string[] | undefined) ?? []
    if (verified.ok !== true)
      throw new Error(`backup ${backup.name} does not verify: ${problems.join('; ')}`)
    return [
      `created ${backup.name} (${backup.size} bytes, ${backup.store} store, sequencer head ${backup.sequencerHead ?? 'n/a'})`,
      `verified: ${String(verified.files ?? '?')} files, checksums and repos ok`,
    ]
  },
}
