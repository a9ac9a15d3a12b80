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

/** An event from a repo file's outbox, with the token that names it once it is in the log. */
export interface DrainedEvent extends NewEvent {
  token: Uint8Array
}

/** How a repo is settled at start-up (see migration 002): see `Sequencer.unsettled`. */
export type SettleMode = 'check' | 'resync' | 'upgrade'

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
 *
 * It also keeps, per repo, the rev of the last `#commit`/`#sync` and the token of the last event
 * drained from the repo file's outbox (in the same transaction as the append), and the repos to
 * settle at the next start-up (see `CommitWriter` for the invariant these make).
 */
export class Sequencer {
  private readonly listeners = new Map<SeqListener, () => number>()
  private readonly stmts: {
    insert: Statement<[string, string, Uint8Array, string], { seq: number }>
    deleteDidBefore: Statement<[string, number]>
    readAfter: Statement<[number, number], SeqRow>
    lastBefore: Statement<[string], { seq: number | null }>
    deleteThrough: Statement<[number]>
    setTrimmed: Statement<[number]>
    trimmed: Statement<[], { trimmed_through: number }>
    announce: Statement<[string, string, Uint8Array | null]>
    announced: Statement<[string], { rev: string; outbox_token: Uint8Array | null }>
    forget: Statement<[string]>
    lastRepoEvent: Statement<[string], Uint8Array>
    mark: Statement<[string, SettleMode]>
    settled: Statement<[string]>
    unsettled: Statement<[], { did: string; mode: SettleMode }>
    settleAll: Statement<[], SettleMode>
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
      announce: db.prepare(
        'INSERT INTO repo_announced (did, rev, outbox_token) VALUES (?, ?, ?) ON CONFLICT (did) ' +
          'DO UPDATE SET rev = excluded.rev, ' +
          'outbox_token = coalesce(excluded.outbox_token, outbox_token)',
      ),
      announced: db.prepare('SELECT rev, outbox_token FROM repo_announced WHERE did = ?'),
      forget: db.prepare('DELETE FROM repo_announced WHERE did = ?'),
      lastRepoEvent: db
        .prepare<[string], Uint8Array>(
          "SELECT event FROM repo_seq WHERE did = ? AND event_type IN ('commit', 'sync') " +
            'ORDER BY seq DESC LIMIT 1',
        )
        .pluck(),
      // A 'resync' is never downgraded to a 'check'.
      mark: db.prepare(
        'INSERT INTO repo_unsettled (did, mode) VALUES (?, ?) ON CONFLICT (did) DO UPDATE SET ' +
          "mode = CASE WHEN mode = 'resync' THEN mode ELSE excluded.mode END",
      ),
      settled: db.prepare('DELETE FROM repo_unsettled WHERE did = ?'),
      unsettled: db.prepare('SELECT did, mode FROM repo_unsettled ORDER BY did'),
      settleAll: db
        .prepare<[], SettleMode>('SELECT mode FROM repo_settle_all WHERE id = 1')
        .pluck(),
    }
    this.headSeq = headSeqIn(db)
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
    return this.append(Promise.resolve(formatCommitEvent(did, commit, ops)))
  }

  /** `#sync`: the repo is now at this commit (account creation, activation, import, recovery). */
  async sequenceSync(did: string, data: CommitData | SyncData): Promise<number> {
    return this.append(Promise.resolve(formatSyncEvent(did, data)))
  }

  async sequenceIdentity(did: string, handle?: string): Promise<number> {
    return this.append(Promise.resolve(formatIdentityEvent(did, handle)))
  }

  /** `#account`. A `deleted` account's earlier events are removed from the log. */
  async sequenceAccount(did: string, active: boolean, status?: InactiveStatus): Promise<number> {
    return this.append(Promise.resolve(formatAccountEvent(did, active, status)), {
      purgeDid: !active && status === 'deleted',
    })
  }

  /**
   * Appends events drained from `did`'s outbox, in order, recording the last one's token in the
   * same transaction and the repo as settled (its outbox holds nothing the log lacks).
   */
  appendDrained(did: string, events: readonly DrainedEvent[]): Promise<number> {
    const token = events.at(-1)?.token
    if (token === undefined) throw new Error('appendDrained needs at least one event')
    return this.append(Promise.resolve(events), { drained: { did, token } })
  }

  /**
   * Appends the events `read` returns from `did`'s outbox, taking their turn among the appends
   * called so far (so an event sequenced for the account afterwards still follows them), but only
   * once the current task is done: the response to a commit goes out before its event is written.
   * `read` runs in that turn, after every earlier append, so it sees the last drained token.
   * Resolves with the last seq, or `null` when `read` found nothing to append.
   */
  appendDrainedLater(did: string, read: () => readonly DrainedEvent[]): Promise<number | null> {
    return this.inTurn(async () => {
      await new Promise((resolve) => setImmediate(resolve))
      const events = read()
      const token = events.at(-1)?.token
      return token === undefined ? null : this.write(events, { drained: { did, token } })
    })
  }

  /** Resolves once every append called so far is written (or has failed). */
  async flushed(): Promise<void> {
    await this.tail
  }

  /** The token of the last event drained from `did`'s outbox into the log, if any. */
  lastDrainedToken(did: string): Uint8Array | null {
    return this.stmts.announced.get(did)?.outbox_token ?? null
  }

  /**
   * The rev of `did`'s last `#commit` or `#sync`, or null when the log never held one for it (or
   * retention removed it from a log written before this record was kept).
   */
  announcedRev(did: string): string | null {
    const known = this.stmts.announced.get(did)?.rev
    if (known !== undefined) return known
    const last = this.stmts.lastRepoEvent.get(did)
    const rev = last === undefined ? undefined : decodeEventBody(last).rev
    return typeof rev === 'string' ? rev : null
  }

  /** Records that `did`'s repo file is about to change: settle it at start-up unless drained first. */
  markUnsettled(did: string, mode: SettleMode = 'check'): void {
    this.stmts.mark.run(did, mode)
  }

  /**
   * The repos to settle at start-up, each once: those marked, or every DID of `allDids` when the
   * whole server is to be settled (after an upgrade or a restore), which is recorded per repo first.
   */
  unsettled(allDids: () => string[]): Array<{ did: string; mode: SettleMode }> {
    const all = this.stmts.settleAll.get()
    if (all !== undefined) {
      const dids = allDids()
      this.db.transaction(() => {
        for (const did of dids) this.stmts.mark.run(did, all)
        this.db.exec('DELETE FROM repo_settle_all')
      })()
    }
    return this.stmts.unsettled.all()
  }

  settled(did: string): void {
    this.stmts.settled.run(did)
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
      size: row.event.byteLength,
    }))
  }

  /**
   * Registers a live listener, called synchronously right after each durable append;
   * `bufferedBytes` tells how much of what it was given it still holds.
   */
  subscribe(listener: SeqListener, bufferedBytes: () => number = () => 0): () => void {
    this.listeners.set(listener, bufferedBytes)
    return () => this.listeners.delete(listener)
  }

  /** Encoded bytes of events the live subscribers hold, not yet sent: in all, and the most one holds. */
  subscriberBufferedBytes(): { total: number; largest: number } {
    const held = [...this.listeners.values()].map((bytes) => bytes())
    return { total: held.reduce((a, b) => a + b, 0), largest: Math.max(0, ...held) }
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

  private append(
    pending: Promise<NewEvent | readonly NewEvent[]>,
    opts: AppendOptions = {},
  ): Promise<number> {
    // Handled below once it is this event's turn; this only keeps an early failure from being "unhandled".
    pending.catch(() => undefined)
    return this.inTurn(async () => {
      const ready = await pending
      return this.write(Array.isArray(ready) ? ready : [ready as NewEvent], opts)
    })
  }

  /** Runs `task` after every task queued before it has settled: appends keep call order. */
  private inTurn<T>(task: () => Promise<T>): Promise<T> {
    const done = this.tail.then(task)
    this.tail = done.catch(() => undefined)
    return done
  }

  /** Appends the events in one transaction; returns the last seq. */
  private write(events: readonly NewEvent[], opts: AppendOptions): number {
    const time = new Date().toISOString()
    const seqs = this.db.transaction(() => {
      const issued = events.map((evt) => {
        const row = this.stmts.insert.get(evt.did, evt.type, evt.bytes, time)
        if (!row) throw new Error('repo_seq insert returned no seq')
        if (evt.rev !== undefined) this.stmts.announce.run(evt.did, evt.rev, null)
        if (opts.purgeDid) {
          this.stmts.deleteDidBefore.run(evt.did, row.seq)
          this.stmts.forget.run(evt.did)
        }
        return row.seq
      })
      if (opts.drained) {
        const { did, token } = opts.drained
        const rev = this.stmts.announced.get(did)?.rev
        if (rev === undefined) throw new Error(`drained events of ${did} announced no rev`)
        this.stmts.announce.run(did, rev, token)
        this.stmts.settled.run(did)
      }
      return issued
    })()
    this.opts.checkpoints?.wrote(this.db)
    events.forEach((evt, i) => {
      const seq = seqs[i] as number
      this.headSeq = seq
      const seqEvt: SeqEvent = {
        seq,
        time,
        did: evt.did,
        type: evt.type,
        body: evt.body,
        size: evt.bytes.byteLength,
      }
      for (const listener of this.listeners.keys()) {
        try {
          listener(seqEvt)
        } catch (err) {
          this.opts.logger.error({ err, seq }, 'firehose listener failed')
        }
      }
    })
    this.opts.crawlers.notifyOfUpdate()
    return seqs.at(-1) as number
  }
}

interface AppendOptions {
  /** A `#account` deleted: the account's earlier events (and announcement record) go. */
  purgeDid?: boolean
  /** The events came from `did`'s outbox; the last one's token is recorded. */
  drained?: { did: string; token: Uint8Array }
}

/**
 * The highest seq ever issued, on any connection to sequencer.sqlite (a backup's snapshot too):
 * `sqlite_sequence` remembers it even when retention emptied the log.
 */
export function headSeqIn(db: SqliteDb): number {
  return (
    db
      .prepare<[], number>("SELECT seq FROM sqlite_sequence WHERE name = 'repo_seq'")
      .pluck()
      .get() ?? 0
  )
}

/** Makes the next start-up announce every hosted repo with `#sync` (after a restore). */
export function requestResyncAll(db: SqliteDb): void {
  db.prepare("INSERT OR REPLACE INTO repo_settle_all (id, mode) VALUES (1, 'resync')").run()
}
