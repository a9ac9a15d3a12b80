import type { SqliteDb } from '../db/sqlite.ts'

/** A firehose event waiting in the repo file's outbox (see `UPGRADES[2]` in repo-schema.ts). */
export interface OutboxEvent {
  /** Random bytes naming the row in sequencer.sqlite once it is appended there. */
  token: Uint8Array
  type: 'commit' | 'sync'
  rev: string
  /** The event body's DAG-CBOR encoding, as the log stores it. */
  bytes: Uint8Array
}

export interface StoredOutboxEvent extends OutboxEvent {
  id: number
}

/**
 * The SQL over `event_outbox`. `RepoStore` runs it: adds in the transaction of the commit the
 * event announces, lists and clears as the commit writer drains the outbox into the log.
 */
export function outboxStatements(db: SqliteDb) {
  return {
    add: db.prepare<[Uint8Array, string, string, Uint8Array]>(
      'INSERT INTO event_outbox (token, event_type, rev, event) VALUES (?, ?, ?, ?)',
    ),
    list: db.prepare<[], StoredOutboxEvent>(
      'SELECT id, token, event_type AS type, rev, event AS bytes FROM event_outbox ORDER BY id',
    ),
    clear: db.prepare<[number]>('DELETE FROM event_outbox WHERE id <= ?'),
  }
}
