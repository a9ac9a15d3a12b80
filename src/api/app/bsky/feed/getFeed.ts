import { AtUri } from '@atproto/syntax'
import { InvalidRequestError } from '@atproto/xrpc-server'
import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'
import { asPipeThrough, forwardQuery } from '../../../../proxy/pipethrough.ts'

const GET_FEED_SKELETON = 'app.bsky.feed.getFeedSkeleton'

export default function (server: Server, ctx: AppContext): void {
  server.app.bsky.feed.getFeed({
    auth: ctx.auth.accessStandard(),
    handler: async (call) => {
      const target = await ctx.proxy.targets.forRequest(
        call.req.header('atproto-proxy'),
        'app.bsky.feed.getFeed',
      )
      // The feed generator's DID is in its record, which the AppView serves (as the reference PDS).
      const feedUri = new AtUri(call.params.feed)
      const generator = (await ctx.proxy.callJson({
        target,
        nsid: 'com.atproto.repo.getRecord',
        params: { repo: feedUri.hostname, collection: feedUri.collection, rkey: feedUri.rkey },
        signal: call.signal,
      })) as { value?: { did?: unknown } } | undefined
      const feedDid = generator?.value?.did
      if (typeof feedDid !== 'string') {
        throw new InvalidRequestError('could not resolve feed did', 'UnknownFeed')
      }
      // The AppView passes the token on to the feed generator, so it is made out to the generator.
      const upstream = await forwardQuery(ctx, call, {
        target,
        aud: feedDid,
        lxm: GET_FEED_SKELETON,
      })
      return asPipeThrough(upstream)
    },
  })
}
