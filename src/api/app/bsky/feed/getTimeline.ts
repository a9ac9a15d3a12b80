import type { Server } from '../../../../../generated/index.js'
import type { OutputSchema } from '../../../../../generated/types/app/bsky/feed/getTimeline.js'
import type { AppContext } from '../../../../context.ts'
import { type MungeFn, readAfterWriteMethod } from '../../../../proxy/read-after-write/index.ts'

export default function (server: Server, ctx: AppContext): void {
  server.app.bsky.feed.getTimeline(readAfterWriteMethod(ctx, getTimelineMunge))
}

const getTimelineMunge: MungeFn<OutputSchema> = async (viewer, original, local) => ({
  ...original,
  feed: await viewer.formatAndInsertPostsInFeed(original.feed, local.posts),
})
