import { lexToJson } from '@atproto/lex-json'
import type * as ActorDefs from '../../../generated/types/app/bsky/actor/defs.js'
import type * as FeedDefs from '../../../generated/types/app/bsky/feed/defs.js'
import type { AppContext } from '../../context.ts'
import type { ProxyTarget } from '../service-target.ts'
import type {
  BlobJson,
  LocalRecords,
  PostRecord,
  ProfileRecord,
  RecordDescript,
} from './local-records.ts'

type Json = Record<string, unknown>
type EmbedView = { $type: string; [key: string]: unknown }

/** The fields of a profile view that come from the profile record. */
interface ProfileFields {
  displayName?: string
  avatar?: string
  description?: string
  banner?: string
}

const INVALID_HANDLE = 'handle.invalid'

function blobCid(blob: BlobJson | undefined): string | undefined {
  return blob?.ref?.$link ?? blob?.cid
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Builds the views an AppView would return for the account's own records it has not indexed yet
 * (as the reference PDS's local viewer): the author from the account and its current profile,
 * images served by this PDS, and quoted records looked up on the AppView.
 */
export class LocalViewer {
  private profileBasic: Promise<ActorDefs.ProfileViewBasic | null> | undefined

  constructor(
    private readonly ctx: AppContext,
    readonly did: string,
    /** The AppView that answered, asked for quoted posts, feeds and lists. */
    private readonly appView: ProxyTarget,
  ) {}

  imageUrl(cid: string): string {
    const query = new URLSearchParams({ did: this.did, cid })
    return `${this.ctx.cfg.publicUrl}/xrpc/com.atproto.sync.getBlob?${query}`
  }

  /** The account as a post author: handle from the account, name and avatar from its profile. */
  getProfileBasic(): Promise<ActorDefs.ProfileViewBasic | null> {
    this.profileBasic ??= (async () => {
      const account = await this.ctx.accounts.getAccount(this.did)
      if (!account) return null
      const profile = this.ctx.repos.getRecord(this.did, 'app.bsky.actor.profile', 'self')
      const record = (profile ? lexToJson(profile.value) : {}) as ProfileRecord
      const avatar = blobCid(record.avatar)
      return {
        did: this.did,
        handle: account.handle ?? INVALID_HANDLE,
        displayName: record.displayName,
        avatar: avatar ? this.imageUrl(avatar) : undefined,
      }
    })()
    return this.profileBasic
  }

  async getPost(descript: RecordDescript<PostRecord>): Promise<FeedDefs.PostView | null> {
    const author = await this.getProfileBasic()
    if (!author) return null
    const embed = descript.record.embed ? await this.formatEmbed(descript.record.embed) : null
    return {
      uri: descript.uri,
      cid: descript.cid,
      // Counts are presumed 0 right after the post was made.
      likeCount: 0,
      replyCount: 0,
      repostCount: 0,
      quoteCount: 0,
      author,
      record: descript.record,
      ...(embed && { embed }),
      indexedAt: descript.indexedAt,
    }
  }

  /** Inserts the account's new posts into a feed by time, newer than the feed's last item. */
  async formatAndInsertPostsInFeed(
    feed: FeedDefs.FeedViewPost[],
    posts: Array<RecordDescript<PostRecord>>,
  ): Promise<FeedDefs.FeedViewPost[]> {
    if (posts.length === 0) return feed
    const lastTime = feed.at(-1)?.post.indexedAt ?? new Date(0).toISOString()
    const inFeed = posts.filter((p) => p.indexedAt > lastTime).reverse()
    const formatted = (await Promise.all(inFeed.map((p) => this.getPost(p)))).filter(
      (p): p is FeedDefs.PostView => p !== null,
    )
    const out = [...feed]
    for (const post of formatted) {
      const idx = out.findIndex((item) => item.post.indexedAt < post.indexedAt)
      if (idx >= 0) out.splice(idx, 0, { post })
      else out.push({ post })
    }
    return out
  }

  /** The feed with the account's posts showing its current name and avatar. */
  updateAuthorInFeed(feed: FeedDefs.FeedViewPost[], local: LocalRecords): FeedDefs.FeedViewPost[] {
    const profile = local.profile
    if (!profile) return feed
    return feed.map((item) =>
      item.post.author.did === this.did
        ? {
            ...item,
            post: {
              ...item.post,
              author: this.updateProfileViewBasic(item.post.author, profile.record),
            },
          }
        : item,
    )
  }

  /** A profile view (any of the three kinds) with the name and avatar of the current record. */
  updateProfileViewBasic<T extends ProfileFields>(view: T, record: ProfileRecord): T {
    const avatar = blobCid(record.avatar)
    return {
      ...view,
      displayName: record.displayName,
      avatar: avatar ? this.imageUrl(avatar) : undefined,
    }
  }

  /** A detailed profile view with every field the current record decides. */
  updateProfileDetailed<T extends ProfileFields>(view: T, record: ProfileRecord): T {
    const banner = blobCid(record.banner)
    return {
      ...this.updateProfileViewBasic(view, record),
      description: record.description,
      banner: banner ? this.imageUrl(banner) : undefined,
    }
  }

  private async formatEmbed(embed: NonNullable<PostRecord['embed']>): Promise<EmbedView | null> {
    switch (embed.$type) {
      case 'app.bsky.embed.images':
      case 'app.bsky.embed.external':
        return this.formatSimpleEmbed(embed)
      case 'app.bsky.embed.record':
        return this.formatRecordEmbed(embed)
      case 'app.bsky.embed.recordWithMedia': {
        const media = isObject(embed.media) ? this.formatSimpleEmbed(embed.media) : null
        if (!media || !isObject(embed.record)) return null
        return {
          $type: 'app.bsky.embed.recordWithMedia#view',
          record: await this.formatRecordEmbed(embed.record),
          media,
        }
      }
      default:
        return null
    }
  }

  private formatSimpleEmbed(embed: Json): EmbedView | null {
    if (embed.$type === 'app.bsky.embed.images' && Array.isArray(embed.images)) {
      return {
        $type: 'app.bsky.embed.images#view',
        images: (embed.images as Json[]).map((img) => {
          const cid = blobCid(img.image as BlobJson) ?? ''
          return {
            thumb: this.imageUrl(cid),
            fullsize: this.imageUrl(cid),
            aspectRatio: img.aspectRatio,
            alt: img.alt,
          }
        }),
      }
    }
    if (embed.$type === 'app.bsky.embed.external' && isObject(embed.external)) {
      const { uri, title, description, thumb } = embed.external
      const thumbCid = blobCid(thumb as BlobJson | undefined)
      return {
        $type: 'app.bsky.embed.external#view',
        external: { uri, title, description, thumb: thumbCid && this.imageUrl(thumbCid) },
      }
    }
    return null
  }

  private async formatRecordEmbed(embed: Json): Promise<EmbedView> {
    const uri = isObject(embed.record) ? String(embed.record.uri) : ''
    const view = await this.quotedRecord(uri).catch(() => null)
    return {
      $type: 'app.bsky.embed.record#view',
      record: view ?? { $type: 'app.bsky.embed.record#viewNotFound', uri, notFound: true },
    }
  }

  /** A quoted post, feed or list as the AppView shows it; `null` when it does not know it. */
  private async quotedRecord(uri: string): Promise<Json | null> {
    const collection = uri.split('/')[3]
    if (collection === 'app.bsky.feed.post') {
      const res = await this.appViewCall('app.bsky.feed.getPosts', { uris: uri })
      const post = Array.isArray(res.posts) ? (res.posts[0] as Json | undefined) : undefined
      if (!post) return null
      return {
        $type: 'app.bsky.embed.record#viewRecord',
        uri: post.uri,
        cid: post.cid,
        author: post.author,
        value: post.record,
        labels: post.labels,
        embeds: post.embed ? [post.embed] : undefined,
        indexedAt: post.indexedAt,
      }
    }
    if (collection === 'app.bsky.feed.generator') {
      const res = await this.appViewCall('app.bsky.feed.getFeedGenerator', { feed: uri })
      return isObject(res.view) ? { $type: 'app.bsky.feed.defs#generatorView', ...res.view } : null
    }
    if (collection === 'app.bsky.graph.list') {
      const res = await this.appViewCall('app.bsky.graph.getList', { list: uri })
      return isObject(res.list) ? { $type: 'app.bsky.graph.defs#listView', ...res.list } : null
    }
    return null
  }

  private async appViewCall(nsid: string, params: Record<string, string>): Promise<Json> {
    const res = await this.ctx.proxy.callJson({
      target: this.appView,
      nsid,
      params,
      auth: { iss: this.did, lxm: nsid },
    })
    return isObject(res) ? res : {}
  }
}
