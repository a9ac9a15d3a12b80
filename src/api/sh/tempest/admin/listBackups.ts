import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'

export default function (server: Server, ctx: AppContext): void {
  server.sh.tempest.admin.listBackups({
    auth: ctx.auth.adminToken(),
    handler: async () => {
      const backups = await ctx.admin.backups.list()
      return {
        encoding: 'application/json',
        body: { backups: backups.map((b) => ({ ...b, store: ctx.admin.backups.storeKind })) },
      }
    },
  })
}
