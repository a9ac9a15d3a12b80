import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'
import { assertRepoAvailable } from '../../../repo-availability.ts'

/** A CAR proving the record's presence (with the record) or its absence, from the current commit. */
export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.sync.getRecord({
    auth: ctx.auth.optionalAccessOrAdmin(),
    handler: async ({ params, auth }) => {
      await assertRepoAvailable(ctx, params.did, auth.credentials)
      const car = await ctx.repos.recordProofCar(params.did, params.collection, params.rkey)
      return { encoding: 'application/vnd.ipld.car', body: Buffer.from(car) }
    },
  })
}
