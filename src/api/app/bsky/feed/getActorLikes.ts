import type { Server } from '../../../../../generated/index.js'
import type { OutputSchema } from '../../../../../generated/types/app/bsky/feed/getActorLikes.js'
import type { AppContext } from '../../../../context.ts'
import { type MungeFn, readAfterWriteMethod } from '../../../../proxy/read-after-write/index.ts'

export default function (server: Server, ctx: AppContext): void {
  server.app.bsky.feed.getActorLikes(readAfterWriteMethod(ctx, getActorLikesMunge))
}

const getActorLikesMunge: MungeFn<OutputSchema> = async (viewer, original, local) => ({
  ...original,
  feed: viewer.updateAuthorInFeed(original.feed, local),
})
