import { Readable } from 'node:stream'
import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'
import { assertRepoAvailable } from '../../../repo-availability.ts'

/** Deprecated alias of getRepo without `since`. */
export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.sync.getCheckout({
    auth: ctx.auth.optionalAccessOrAdmin(),
    handler: async ({ params, auth }) => {
      await assertRepoAvailable(ctx, params.did, auth.credentials)
      const { car } = ctx.repos.exportCar(params.did)
      return {
        encoding: 'application/vnd.ipld.car',
        body: Readable.from(car, { objectMode: false }),
      }
    },
  })
}
