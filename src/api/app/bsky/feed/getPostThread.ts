import { AtUri } from '@atproto/syntax'
import type { Server } from '../../../../../generated/index.js'
import type { ThreadViewPost } from '../../../../../generated/types/app/bsky/feed/defs.js'
import type {
  OutputSchema,
  QueryParams,
} from '../../../../../generated/types/app/bsky/feed/getPostThread.js'
import type { AppContext } from '../../../../context.ts'
import type { ProxiedCall } from '../../../../proxy/pipethrough.ts'
import { UpstreamXrpcError } from '../../../../proxy/proxy-service.ts'
import {
  LocalViewer,
  type MungeFn,
  type RecordDescript,
  pipethroughReadAfterWrite,
} from '../../../../proxy/read-after-write/index.ts'
import {
  getLocalLag,
  getRecordsSinceRev,
  type PostRecord,
} from '../../../../proxy/read-after-write/local-records.ts'

type Thread = ThreadViewPost & { $type: 'app.bsky.feed.defs#threadViewPost' }

const THREAD_VIEW_POST = 'app.bsky.feed.defs#threadViewPost'

function isThread(value: unknown): value is Thread {
  return (value as { $type?: unknown } | undefined)?.$type === THREAD_VIEW_POST
}

export default function (server: Server, ctx: AppContext): void {
  server.app.bsky.feed.getPostThread({
    auth: ctx.auth.accessStandard(),
    handler: async (call) => {
      try {
        return await pipethroughReadAfterWrite(ctx, call, getPostThreadMunge)
      } catch (err) {
        // The AppView does not know the post yet: it may be the requester's new one.
        if (!(err instanceof UpstreamXrpcError) || err.error !== 'NotFound') throw err
        const local = await readAfterWriteNotFound(ctx, call, call.params, err)
        if (!local) throw err
        return local
      }
    },
  })
}

const getPostThreadMunge: MungeFn<OutputSchema> = async (viewer, original, local) => {
  if (!isThread(original.thread)) return original
  return { ...original, thread: await addPostsToThread(viewer, original.thread, local.posts) }
}

async function addPostsToThread(
  viewer: LocalViewer,
  original: Thread,
  posts: Array<RecordDescript<PostRecord>>,
): Promise<Thread> {
  const rootUri = (original.post.record as PostRecord).reply?.root.uri
  const inThread = posts.filter((post) => {
    const root = post.record.reply?.root.uri
    return root !== undefined && (root === original.post.uri || root === rootUri)
  })
  let thread = original
  for (const post of inThread) thread = await insertIntoReplies(viewer, thread, post)
  return thread
}

async function insertIntoReplies(
  viewer: LocalViewer,
  view: Thread,
  descript: RecordDescript<PostRecord>,
): Promise<Thread> {
  if (descript.record.reply?.parent.uri === view.post.uri) {
    const reply = await threadPostView(viewer, descript)
    return reply ? { ...view, replies: [reply, ...(view.replies ?? [])] } : view
  }
  if (!view.replies) return view
  const replies = await Promise.all(
    view.replies.map((reply) =>
      isThread(reply) ? insertIntoReplies(viewer, reply, descript) : reply,
    ),
  )
  return { ...view, replies }
}

async function threadPostView(
  viewer: LocalViewer,
  descript: RecordDescript<PostRecord>,
): Promise<Thread | null> {
  const post = await viewer.getPost(descript)
  return post ? { $type: THREAD_VIEW_POST, post } : null
}

/**
 * The thread of the requester's own post the AppView has not indexed yet, built from the local
 * record (with its parents from the AppView), or `null` when it is not such a post.
 */
async function readAfterWriteNotFound(
  ctx: AppContext,
  call: ProxiedCall,
  params: QueryParams,
  err: UpstreamXrpcError,
): Promise<{
  encoding: 'application/json'
  body: OutputSchema
  headers?: Record<string, string>
} | null> {
  const rev = err.headers['atproto-repo-rev']
  if (!rev) return null
  const requester = call.auth.credentials.did
  const uri = new AtUri(params.uri)
  if (!uri.hostname.startsWith('did:')) {
    const account = await ctx.accounts.getAccount(uri.hostname)
    if (account) uri.hostname = account.did
  }
  if (uri.hostname !== requester) return null
  const local = getRecordsSinceRev(ctx.repos, requester, rev)
  const found = local.posts.find((p) => p.uri === uri.toString())
  if (!found) return null
  const target = await ctx.proxy.targets.forRequest(
    call.req.header('atproto-proxy'),
    'app.bsky.feed.getPostThread',
  )
  const viewer = new LocalViewer(ctx, requester, target)
  const own = await threadPostView(viewer, found)
  if (!own) return null
  const thread = await addPostsToThread(
    viewer,
    own,
    local.posts.filter((p) => p !== found),
  )
  const parentUri = found.record.reply?.parent.uri
  if (parentUri) {
    try {
      const parents = (await ctx.proxy.callJson({
        target,
        nsid: 'app.bsky.feed.getPostThread',
        params: { uri: parentUri, parentHeight: params.parentHeight, depth: 0 },
        auth: { iss: requester, lxm: 'app.bsky.feed.getPostThread' },
        from: call.req,
      })) as OutputSchema
      thread.parent = parents.thread
    } catch {
      // The thread still shows the post itself.
    }
  }
  const lag = getLocalLag(local)
  return {
    encoding: 'application/json',
    body: { thread },
    headers: lag === undefined ? undefined : { 'atproto-upstream-lag': String(lag) },
  }
}
