import { Readable } from 'node:stream'
import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'
import { assertRepoAvailable } from '../../../repo-availability.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.sync.getRepo({
    auth: ctx.auth.optionalAccessOrAdmin(),
    handler: async ({ params, auth }) => {
      await assertRepoAvailable(ctx, params.did, auth.credentials)
      const { car } = ctx.repos.exportCar(params.did, params.since)
      return {
        encoding: 'application/vnd.ipld.car',
        body: Readable.from(car, { objectMode: false }),
      }
    },
  })
}
