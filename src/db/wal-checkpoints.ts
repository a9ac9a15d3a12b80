import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import type { SqliteDb } from './sqlite.ts'

/** WAL pages past which SQLite still checkpoints inline (a writer that never pauses). */
const INLINE_CHECKPOINT_PAGES = 4000
/** How long writes must pause before the databases they touched are checkpointed. */
const QUIET_MS = 100

/**
 * The checkpointer thread: each batch of files is checkpointed on connections of its own, opened
 * for it and closed after, and answered with the failures (a file removed meanwhile, a repo
 * deleted with its account, is skipped).
 */
const WORKER_SOURCE = `
const { existsSync } = require('node:fs')
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.sqlite)
parentPort.on('message', (files) => {
  const failed = []
  for (const file of files) {
    if (!existsSync(file)) continue
    let db
    try {
      db = new Database(file, { fileMustExist: true })
      db.pragma('wal_checkpoint(PASSIVE)')
    } catch (err) {
      if (existsSync(file)) failed.push({ file, message: String(err && err.message) })
    } finally {
      if (db) db.close()
    }
  }
  parentPort.postMessage(failed)
})
`

/**
 * Takes SQLite's WAL checkpoints off the write path and off the event loop. By default the commit
 * that takes a WAL past 1,000 pages copies them into the database file and fsyncs it before
 * returning, which lands several milliseconds on one write in every few dozen (the firehose's tail
 * latency). A database managed here checkpoints inline only past INLINE_CHECKPOINT_PAGES;
 * otherwise a PASSIVE checkpoint runs once writes have paused for QUIET_MS, in a worker thread on
 * a connection of its own, so the copy and its fsyncs (tens of milliseconds after a long burst)
 * hold up no request. Durability is unchanged: a committed transaction is in the WAL either way,
 * and SQLite replays the WAL after a crash.
 */
export class WalCheckpoints {
  private readonly pending = new Set<SqliteDb>()
  private timer: NodeJS.Timeout | undefined
  private worker: Worker | undefined

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

  /** Hands every file written since the last run (closed ones are already done) to the worker. */
  run(): void {
    const files = [...this.pending].filter((db) => db.open).map((db) => db.name)
    this.pending.clear()
    if (files.length > 0) this.checkpointer().postMessage(files)
  }

  /** Stops the worker; databases still open and written since its last run are checkpointed here. */
  async close(): Promise<void> {
    clearTimeout(this.timer)
    await this.worker?.terminate()
    this.worker = undefined
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

  /** Started on the first checkpoint, so an idle server has no second thread's memory. */
  private checkpointer(): Worker {
    if (this.worker) return this.worker
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { sqlite: createRequire(import.meta.url).resolve('better-sqlite3') },
    })
    worker.unref()
    worker.on('message', (failed: Array<{ file: string; message: string }>) => {
      for (const { file, message } of failed) this.onError(new Error(message), file)
    })
    worker.on('error', (err) => {
      this.onError(err, 'the checkpoint worker')
      if (this.worker === worker) this.worker = undefined
    })
    this.worker = worker
    return worker
  }
}
