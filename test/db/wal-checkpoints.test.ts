import { mkdtempSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openSqlite, type SqliteDb } from '../../src/db/sqlite.ts'
import { WalCheckpoints } from '../../src/db/wal-checkpoints.ts'

const PAGE = 4096
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('WalCheckpoints', () => {
  let dir: string
  let file: string
  let db: SqliteDb
  let errors: unknown[]
  let checkpoints: WalCheckpoints

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'tempest-wal-'))
    file = path.join(dir, 'test.sqlite')
    db = openSqlite(file)
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, data BLOB NOT NULL)')
    errors = []
    checkpoints = new WalCheckpoints((err) => errors.push(err))
  })

  afterEach(async () => {
    await checkpoints.close()
    if (db.open) db.close()
    rmSync(dir, { recursive: true, force: true })
  })

  /** 1,500 pages in 30 transactions, each reported as a write. */
  function writeBurst(): void {
    const insert = db.prepare('INSERT INTO t (data) VALUES (?)')
    const tx = db.transaction(() => {
      for (let i = 0; i < 50; i++) insert.run(Buffer.alloc(PAGE - 100, i))
    })
    for (let i = 0; i < 30; i++) {
      tx()
      checkpoints.wrote(db)
    }
  }

  it('keeps a burst of writes in the WAL and checkpoints it once writes pause', async () => {
    checkpoints.manage(db)
    const before = statSync(file).size
    writeBurst()
    // Past SQLite's default 1,000-page threshold, nothing was copied into the database file...
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(1000 * PAGE)
    expect(statSync(file).size).toBe(before)
    // ...until the writes paused: then a worker thread copies them, not the event loop.
    await sleep(150)
    expect(statSync(file).size).toBe(before)
    await vi.waitFor(() => expect(statSync(file).size).toBeGreaterThan(1400 * PAGE), {
      timeout: 5000,
    })
    expect(db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 1500 })
    expect(errors).toEqual([])
  })

  it('skips a file removed before its turn, and checkpoints what is pending when it closes', async () => {
    checkpoints.manage(db)
    const before = statSync(file).size
    const removed = path.join(dir, 'removed.sqlite')
    const other = openSqlite(removed)
    other.exec('CREATE TABLE t (id INTEGER PRIMARY KEY)')
    // Its turn comes first: once `file` is checkpointed, the worker has passed it.
    checkpoints.wrote(other)
    writeBurst()
    rmSync(removed)
    checkpoints.run()
    await vi.waitFor(() => expect(statSync(file).size).toBeGreaterThan(before + 1400 * PAGE), {
      timeout: 5000,
    })
    const first = statSync(file).size
    writeBurst()
    await checkpoints.close()
    other.close()
    expect(statSync(file).size).toBeGreaterThan(first + 1400 * PAGE)
    expect(errors).toEqual([])
  })

  it('leaves an unmanaged database to checkpoint inline, as SQLite does by default', () => {
    const before = statSync(file).size
    writeBurst()
    expect(statSync(file).size).toBeGreaterThan(before)
  })

  it('skips a database closed before the quiet period ended (closing checkpointed it)', async () => {
    checkpoints.manage(db)
    writeBurst()
    db.close()
    expect(statSync(file).size).toBeGreaterThan(1400 * PAGE)
    await sleep(300)
    expect(errors).toEqual([])
  })
})
