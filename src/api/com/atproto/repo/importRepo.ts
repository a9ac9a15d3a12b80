import { buffer } from 'node:stream/consumers'
import type { Server } from '../../../../../generated/index.js'
import { importRepoCar } from '../../../../account/migration.ts'
import type { AppContext } from '../../../../context.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.repo.importRepo({
    // A migrating account imports while still deactivated here.
    auth: ctx.auth.accessFull(),
    // xrpc-server refuses a larger body with 413 before it is read into memory.
    opts: { blobLimit: ctx.cfg.importMaxBytes },
    handler: async ({ auth, input }) => {
      const car = new Uint8Array(await buffer(input.body))
      await importRepoCar(ctx, auth.credentials.did, car)
    },
  })
}
