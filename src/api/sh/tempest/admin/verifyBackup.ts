import { InvalidRequestError } from '@atproto/xrpc-server'
import type { Server } from '../../../../../generated/index.js'
import { BackupNotFoundError } from '../../../../admin/backup/backup-service.ts'
import type { AppContext } from '../../../../context.ts'

export default function (server: Server, ctx: AppContext): void {
  server.sh.tempest.admin.verifyBackup({
    auth: ctx.auth.adminToken(),
    handler: async ({ input }) => {
      try {
        const { files, problems } = await ctx.admin.backups.verify(input.body.name)
        return {
          encoding: 'application/json',
          body: { ok: problems.length === 0, problems, ...(files !== undefined && { files }) },
        }
      } catch (err) {
        if (err instanceof BackupNotFoundError)
          throw new InvalidRequestError(err.message, 'BackupNotFound')
        throw err
      }
    },
  })
}
