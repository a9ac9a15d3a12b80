import { decode, encode } from '@atproto/lex-cbor'
import { BlockMap, type CommitData } from '@atproto/repo'
import { varint } from 'multiformats'

/** The CID type @atproto/repo uses (multiformats' CID satisfies it). */
export type Cid = CommitData['cid']

/** One record operation of a commit, as it appears in a `#commit` event. */
export type CommitOp = {
  action: 'create' | 'update' | 'delete'
  /** `<collection>/<rkey>` */
  path: string
  /** The new record's CID; null for deletes. */
  cid: Cid | null
  /** The record's CID before this commit; required for updates and deletes (inductive firehose). */
  prev?: Cid
}

/**
 * A commit as the commit writer hands it to the sequencer: @atproto/repo's `CommitData` plus
 * `prevData`, the MST root (`data`) of the commit it replaces (null only for a repo's first
 * commit). `relevantBlocks` must hold the proof nodes that let a consumer invert the ops.
 */
export type SequencedCommit = CommitData & { prevData: Cid | null }

/** The commit a `#sync` event announces: its CID, rev and a block map holding the commit block. */
export type SyncData = { cid: Cid; rev: string; blocks: BlockMap }

/** Account states that can accompany `active: false` (lexicon subscribeRepos#account). */
export type InactiveStatus =
  'takendown' | 'suspended' | 'deleted' | 'deactivated' | 'desynchronized' | 'throttled'

export type EventType = 'commit' | 'sync' | 'identity' | 'account'

/** An event body as stored in `repo_seq.event` (everything but `seq` and `time`). */
export type EventBody = Record<string, unknown>

/** An event ready to be appended to the log. */
export interface NewEvent {
  did: string
  type: EventType
  body: EventBody
  bytes: Uint8Array
  /** The repo rev a `#commit` or `#sync` announces. */
  rev?: string
}

/** An event with its place in the log. */
export interface SeqEvent {
  seq: number
  /** When it was sequenced (ISO 8601), sent as the message's `time`. */
  time: string
  did: string
  type: EventType
  body: EventBody
  /** The body's encoded size in bytes (what a subscriber's buffer is bounded by). */
  size: number
}

/**
 * A CAR file of `blocks` rooted at `root`, framed directly: the bytes `@atproto/repo`'s
 * `blocksToCarFile` writes (test/sequencer/event-car.test.ts compares them), without the async
 * stream of a varint, a CID and a block per section it concatenates for these few kilobytes.
 */
export function carFile(root: Cid, blocks: Iterable<readonly [Cid, Uint8Array]>): Uint8Array {
  const sections: Array<[Uint8Array, Uint8Array?]> = [[encode({ version: 1, roots: [root] })]]
  for (const [cid, bytes] of blocks) sections.push([cid.bytes, bytes])
  let size = 0
  for (const [head, body] of sections) {
    const length = head.byteLength + (body?.byteLength ?? 0)
    size += varint.encodingLength(length) + length
  }
  const car = new Uint8Array(size)
  let at = 0
  for (const [head, body] of sections) {
    const length = head.byteLength + (body?.byteLength ?? 0)
    varint.encodeTo(length, car, at)
    at += varint.encodingLength(length)
    car.set(head, at)
    if (body) car.set(body, at + head.byteLength)
    at += length
  }
  return car
}

function newEvent(did: string, type: EventType, body: EventBody): NewEvent {
  const bytes = encode(body as Parameters<typeof encode>[0])
  return { did, type, body, bytes, ...(typeof body.rev === 'string' && { rev: body.rev }) }
}

export function formatCommitEvent(
  did: string,
  commit: SequencedCommit,
  ops: readonly CommitOp[],
): NewEvent {
  // The new blocks, then the proof blocks not among them: what merging the two maps gives, but
  // each map is walked once (a BlockMap keys blocks by CID string and parses each key it yields).
  const blocks = [...commit.newBlocks]
  for (const [cid, bytes] of commit.relevantBlocks) {
    if (!commit.newBlocks.has(cid)) blocks.push([cid, bytes])
  }
  return newEvent(did, 'commit', {
    repo: did,
    commit: commit.cid,
    rev: commit.rev,
    since: commit.since,
    blocks: carFile(commit.cid, blocks),
    ops: ops.map((op) => ({
      action: op.action,
      path: op.path,
      cid: op.cid,
      ...(op.prev && { prev: op.prev }),
    })),
    ...(commit.prevData && { prevData: commit.prevData }),
    // Deprecated but still required by the lexicon.
    rebase: false,
    tooBig: false,
    blobs: [],
  })
}

/** Accepts a fresh `CommitData` (commit block in its new blocks) or an explicit `SyncData`. */
export function formatSyncEvent(did: string, data: CommitData | SyncData): NewEvent {
  const sources = 'blocks' in data ? [data.blocks] : [data.newBlocks, data.relevantBlocks]
  const commitBlock = sources.map((b) => b.get(data.cid)).find((b) => b !== undefined)
  if (!commitBlock) throw new Error(`sync event for ${did}: commit block ${data.cid} not provided`)
  const blocks = new BlockMap()
  blocks.set(data.cid, commitBlock)
  return newEvent(did, 'sync', {
    did,
    rev: data.rev,
    blocks: carFile(data.cid, blocks),
  })
}

export function formatIdentityEvent(did: string, handle?: string): NewEvent {
  return newEvent(did, 'identity', { did, ...(handle && { handle }) })
}

export function formatAccountEvent(
  did: string,
  active: boolean,
  status?: InactiveStatus,
): NewEvent {
  // The status only qualifies an inactive account, as in the reference PDS.
  return newEvent(did, 'account', { did, active, ...(!active && status && { status }) })
}

export function decodeEventBody(bytes: Uint8Array): EventBody {
  return decode(bytes) as EventBody
}

/** The subscribeRepos message for an event: `$type` selects the frame's `t` header. */
export function eventMessage(evt: SeqEvent): { $type: string } & EventBody {
  return { $type: `#${evt.type}`, seq: evt.seq, time: evt.time, ...evt.body }
}
