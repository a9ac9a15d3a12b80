import type { SqliteDb } from './sqlite.ts'

/** WAL pages past which SQLite still checkpoints inline (a writer that never pauses). */
const INLINE_CHECKPOINT_PAGES = 4000
/** How long writes must pause before the databases they touched are checkpointed. */
const QUIET_MS = 100

/**
 * Takes SQLite's WAL checkpoints off the write path. By default the commit that takes a WAL past
 * 1,000 pages copies them into the database file and fsyncs it before returning, which lands
 * several milliseconds on one write in every few dozen (the firehose's tail latency). A database
 * managed here checkpoints inline only past INLINE_CHECKPOINT_PAGES; otherwise a PASSIVE
 * checkpoint runs once writes have paused for QUIET_MS. Durability is unchanged: a committed
 * transaction is in the WAL either way, and SQLite replays the WAL after a crash.
 */
export class WalCheckpoints {
  private readonly pending = new Set<SqliteDb>()
  private timer: NodeJS.Timeout | undefined

  constructor(private readonly onError: (err: unknown, file: string) => void) {}

  /** Switches a freshly opened database to deferred checkpoints. */
  manage(db: SqliteDb): void {
    db.pragma(`wal_autocheckpoint = ${INLINE_CHECKPOINT_PAGES}`)
  }

  /** Notes a committed write to `db`: it is checkpointed after the next quiet period. */
  wrote(db: SqliteDb): void {
    this.pending.add(db)
    this.timer ??= setTimeout(() => this.run(), QUIET_MS).unref()
    // Re-arms the timer (also after it fired), so a burst of writes is checkpointed once, after it.
    this.timer.refresh()
  }

  /** Checkpoints every database written since the last run (closed ones are already done). */
  run(): void {
    for (const db of this.pending) {
      if (!db.open) continue
      try {
        db.pragma('wal_checkpoint(PASSIVE)')
      } catch (err) {
        this.onError(err, db.name)
      }
    }
    this.pending.clear()
  }

  close(): void {
    clearTimeout(this.timer)
    this.run()
  }
}
