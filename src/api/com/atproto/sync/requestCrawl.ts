import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'

/**
 * A relay method: a PDS has no hosts to crawl, so a well-formed request (validated against the
 * lexicon by the XRPC server) is acknowledged and logged, as for notifyOfUpdate.
 */
export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.sync.requestCrawl({
    handler: ({ input }) => {
      ctx.logger.info({ hostname: input.body.hostname }, 'requestCrawl received')
    },
  })
}
