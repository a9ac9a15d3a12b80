import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'

/** A relay method (deprecated in favour of requestCrawl); acknowledged and logged, see requestCrawl. */
export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.sync.notifyOfUpdate({
    handler: ({ input }) => {
      ctx.logger.info({ hostname: input.body.hostname }, 'notifyOfUpdate received')
    },
  })
}
