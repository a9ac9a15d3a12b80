import { InvalidRequestError } from '@atproto/xrpc-server'
import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'
import { BackupFailedError } from '../../../../admin/backup/backup-service.ts'

export default function (server: Server, ctx: AppContext): void {
  server.sh.tempest.admin.createBackup({
    auth: ctx.auth.adminToken(),
    handler: async () => {
      try {
        const result = await ctx.admin.backups.create()
        return {
          encoding: 'application/json',
          body: {
            backup: {
              name: result.name as string,
              createdAt: result.startedAt,
              size: result.size ?? 0,
              store: result.store,
              sequencerHead: result.sequencerHead,
            },
          },
        }
      } catch (err) {
        if (err instanceof BackupFailedError) {
          throw new InvalidRequestError(`Backup failed: ${err.message}`, 'BackupFailed')
        }
        throw err
      }
    },
  })
}
