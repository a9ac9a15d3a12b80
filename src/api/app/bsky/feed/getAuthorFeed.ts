import type { Server } from '../../../../../generated/index.js'
import type { FeedViewPost } from '../../../../../generated/types/app/bsky/feed/defs.js'
import type { OutputSchema } from '../../../../../generated/types/app/bsky/feed/getAuthorFeed.js'
import type { AppContext } from '../../../../context.ts'
import { type MungeFn, readAfterWriteMethod } from '../../../../proxy/read-after-write/index.ts'

export default function (server: Server, ctx: AppContext): void {
  server.app.bsky.feed.getAuthorFeed(readAfterWriteMethod(ctx, getAuthorFeedMunge))
}

const getAuthorFeedMunge: MungeFn<OutputSchema> = async (viewer, original, local, requester) => {
  // Only the requester's own feed gets their new posts.
  if (!isUsersFeed(original.feed, requester)) return original
  const feed = viewer.updateAuthorInFeed(original.feed, local)
  return { ...original, feed: await viewer.formatAndInsertPostsInFeed(feed, local.posts) }
}

/** The feed is the requester's when its first item is their post or their repost. */
function isUsersFeed(feed: FeedViewPost[], requester: string): boolean {
  const first = feed.at(0)
  if (!first) return false
  if (!first.reason) return first.post.author.did === requester
  const reason = first.reason as { $type?: string; by?: { did?: string } }
  return reason.$type === 'app.bsky.feed.defs#reasonRepost' && reason.by?.did === requester
}
