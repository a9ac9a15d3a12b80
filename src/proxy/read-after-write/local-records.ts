import { TID } from '@atproto/common'
import { lexToJson } from '@atproto/lex-json'
import type { RepoManager } from '../../repo/repo-manager.ts'

/** At most this many of the account's newest records are merged into one response. */
const MAX_LOCAL_RECORDS = 10

/** A blob as it appears in a record's JSON (`ref` in current records, `cid` in legacy ones). */
export interface BlobJson {
  $type?: 'blob'
  ref?: { $link: string }
  cid?: string
  mimeType?: string
}

export interface ProfileRecord {
  displayName?: string
  description?: string
  avatar?: BlobJson
  banner?: BlobJson
  [key: string]: unknown
}

export interface PostRecord {
  text?: string
  reply?: { root: { uri: string }; parent: { uri: string } }
  embed?: { $type?: string; [key: string]: unknown }
  [key: string]: unknown
}

/** One of the account's records the AppView has not indexed yet, in JSON form. */
export interface RecordDescript<T> {
  uri: string
  cid: string
  /** When it was written (the commit rev's timestamp). */
  indexedAt: string
  record: T
}

export interface LocalRecords {
  count: number
  profile: RecordDescript<ProfileRecord> | null
  posts: Array<RecordDescript<PostRecord>>
}

/** The time a rev (a TID) was minted. */
function revTime(rev: string): string {
  return new Date(TID.fromStr(rev).timestamp() / 1000).toISOString()
}

/** The account's profile and posts written after `rev` (what an AppView at `rev` lacks). */
export function getRecordsSinceRev(repos: RepoManager, did: string, rev: string): LocalRecords {
  const local: LocalRecords = { count: 0, profile: null, posts: [] }
  for (const row of repos.recordsSince(did, rev, MAX_LOCAL_RECORDS)) {
    const descript = {
      uri: `at://${did}/${row.collection}/${row.rkey}`,
      cid: row.cid.toString(),
      indexedAt: revTime(row.rev),
      record: lexToJson(row.value) as Record<string, unknown>,
    }
    if (row.collection === 'app.bsky.actor.profile' && row.rkey === 'self') {
      local.profile = descript
    } else if (row.collection === 'app.bsky.feed.post') {
      local.posts.push(descript)
    }
    local.count++
  }
  return local
}

/** How far behind the AppView is: the age of the oldest record it lacks, in milliseconds. */
export function getLocalLag(local: LocalRecords): number | undefined {
  let oldest = local.profile?.indexedAt
  for (const post of local.posts) {
    if (oldest === undefined || post.indexedAt < oldest) oldest = post.indexedAt
  }
  return oldest === undefined ? undefined : Date.now() - new Date(oldest).getTime()
}
