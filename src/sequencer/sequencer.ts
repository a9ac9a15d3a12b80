import type { CommitData } from '@atproto/repo'
import type { Statement } from 'better-sqlite3'
import type { SqliteDb } from '../db/sqlite.ts'
import type { WalCheckpoints } from '../db/wal-checkpoints.ts'
import type { Logger } from '../logger.ts'
import type { Crawlers } from './crawlers.ts'
import {
  type CommitOp,
  type EventType,
  type InactiveStatus,
  type NewEvent,
  type SeqEvent,
  type SequencedCommit,
  type SyncData,
  decodeEventBody,
  formatAccountEvent,
  formatCommitEvent,
  formatIdentityEvent,
  formatSyncEvent,
} from './events.ts'

const TRIM_EVERY_MS = 10 * 60 * 1000

export type SeqListener = (evt: SeqEvent) => void

export interface SequencerOptions {
  logger: Logger
  crawlers: Crawlers
  /** Events older than this are trimmed from the log (TEMPEST_SEQUENCER_RETAIN_HOURS). */
  retainHours: number
  /** Checkpoints the log's WAL between bursts of events instead of inside them. */
  checkpoints?: WalCheckpoints
}

interface SeqRow {
  seq: number
  did: string
  event_type: EventType
  event: Uint8Array
  sequenced_at: string
}

/**
 * The firehose log. Each event is appended to sequencer.sqlite (committed) and only then
 * handed to live subscribers, from memory, in seq order. Events are appended in the order the
 * `sequence*` calls were made, so a caller that sequences under its per-repo lock keeps each repo's
 * events in commit order.
 */
export class Sequencer {
  private readonly listeners = new Set<SeqListener>()
  private readonly stmts: {
    insert: Statement<[string, string, Uint8Array, string], { seq: number }>
    deleteDidBefore: Statement<[string, number]>
    readAfter: Statement<[number, number], SeqRow>
    lastBefore: Statement<[string], { seq: number | null }>
    deleteThrough: Statement<[number]>
    setTrimmed: Statement<[number]>
    trimmed: Statement<[], { trimmed_through: number }>
  }
  /** Serialises appends in call order while formatting (CAR building) runs ahead concurrently. */
  private tail: Promise<unknown> = Promise.resolve()
  private headSeq: number
  private readonly trimTimer: NodeJS.Timeout

  constructor(
    private readonly db: SqliteDb,
    private readonly opts: SequencerOptions,
  ) {
    this.stmts = {
      insert: db.prepare(
        'INSERT INTO repo_seq (did, event_type, event, sequenced_at) VALUES (?, ?, ?, ?) RETURNING seq',
      ),
      deleteDidBefore: db.prepare('DELETE FROM repo_seq WHERE did = ? AND seq < ?'),
      readAfter: db.prepare('SELECT * FROM repo_seq WHERE seq > ? ORDER BY seq LIMIT ?'),
      lastBefore: db.prepare('SELECT max(seq) AS seq FROM repo_seq WHERE sequenced_at < ?'),
      deleteThrough: db.prepare('DELETE FROM repo_seq WHERE seq <= ?'),
      setTrimmed: db.prepare(
        'UPDATE repo_seq_trim SET trimmed_through = max(trimmed_through, ?) WHERE id = 1',
      ),
      trimmed: db.prepare('SELECT trimmed_through FROM repo_seq_trim WHERE id = 1'),
    }
    // sqlite_sequence remembers the highest seq ever issued, even when retention emptied the table.
    const issued = db
      .prepare<[], { seq: number }>("SELECT seq FROM sqlite_sequence WHERE name = 'repo_seq'")
      .get()
    this.headSeq = issued?.seq ?? 0
    opts.checkpoints?.manage(db)
    this.trim()
    this.trimTimer = setInterval(() => this.trim(), TRIM_EVERY_MS).unref()
  }

  /** A record write: `#commit` with the ops, prevData and the CAR slice of new and proof blocks. */
  async sequenceCommit(
    did: string,
    commit: SequencedCommit,
    ops: readonly CommitOp[],
  ): Promise<number> {
    return this.append(formatCommitEvent(did, commit, ops))
  }

  /** `#sync`: the repo is now at this commit (account creation, activation, import, recovery). */
  async sequenceSync(did: string, data: CommitData | SyncData): Promise<number> {
    return this.append(formatSyncEvent(did, data))
  }

  async sequenceIdentity(did: string, handle?: string): Promise<number> {
    return this.append(formatIdentityEvent(did, handle))
  }

  /** `#account`. A `deleted` account's earlier events are removed from the log. */
  async sequenceAccount(did: string, active: boolean, status?: InactiveStatus): Promise<number> {
    return this.append(formatAccountEvent(did, active, status), !active && status === 'deleted')
  }

  /** The highest seq issued (0 before the first event). */
  head(): number {
    return this.headSeq
  }

  /** Every seq at or below this was removed by retention. */
  trimmedThrough(): number {
    return this.stmts.trimmed.get()?.trimmed_through ?? 0
  }

  /** Up to `limit` events after `cursor`, oldest first. */
  readAfter(cursor: number, limit: number): SeqEvent[] {
    return this.stmts.readAfter.all(cursor, limit).map((row) => ({
      seq: row.seq,
      time: row.sequenced_at,
      did: row.did,
      type: row.event_type,
      body: decodeEventBody(row.event),
    }))
  }

  /** Registers a live listener, called synchronously right after each durable append. */
  subscribe(listener: SeqListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  get subscriberCount(): number {
    return this.listeners.size
  }

  /** Removes events sequenced before the retention window; returns the new trim point. */
  trim(now = Date.now()): number {
    const cutoff = new Date(now - this.opts.retainHours * 3600_000).toISOString()
    const last = this.stmts.lastBefore.get(cutoff)?.seq
    if (last != null) {
      this.db.transaction(() => {
        this.stmts.deleteThrough.run(last)
        this.stmts.setTrimmed.run(last)
      })()
    }
    return this.trimmedThrough()
  }

  close(): void {
    clearInterval(this.trimTimer)
    this.listeners.clear()
  }

  private append(pending: NewEvent | Promise<NewEvent>, purgeDid = false): Promise<number> {
    const ready = Promise.resolve(pending)
    // Handled below once it is this event's turn; this only keeps an early failure from being "unhandled".
    ready.catch(() => undefined)
    const appended = this.tail.then(async () => this.write(await ready, purgeDid))
    this.tail = appended.catch(() => undefined)
    return appended
  }

  private write(evt: NewEvent, purgeDid: boolean): number {
    const time = new Date().toISOString()
    const seq = this.db.transaction(() => {
      const row = this.stmts.insert.get(evt.did, evt.type, evt.bytes, time)
      if (!row) throw new Error('repo_seq insert returned no seq')
      if (purgeDid) this.stmts.deleteDidBefore.run(evt.did, row.seq)
      return row.seq
    })()
    this.opts.checkpoints?.wrote(this.db)
    this.headSeq = seq
    const seqEvt: SeqEvent = { seq, time, did: evt.did, type: evt.type, body: evt.body }
    for (const listener of this.listeners) {
      try {
        listener(seqEvt)
      } catch (err) {
        this.opts.logger.error({ err, seq }, 'firehose listener failed')
      }
    }
    this.opts.crawlers.notifyOfUpdate()
    return seq
  }
}
