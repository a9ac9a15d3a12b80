import type { SqliteDb } from '../db/sqlite.ts'

const SCHEMA_VERSION = 2

/**
 * One account's repo file. `block` holds every block of the current repo (and nothing else:
 * blocks a commit removes are deleted); `record` indexes the MST's leaves for reads without
 * walking the tree; `record_blob` lists the blobs each record references.
 */
const SCHEMA = `
CREATE TABLE repo_root (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  did TEXT NOT NULL,
  cid BLOB NOT NULL,
  rev TEXT NOT NULL
);
CREATE TABLE block (
  cid BLOB PRIMARY KEY,
  rev TEXT NOT NULL,
  bytes BLOB NOT NULL
);
CREATE INDEX block_rev_idx ON block (rev);
CREATE TABLE record (
  collection TEXT NOT NULL,
  rkey TEXT NOT NULL,
  cid BLOB NOT NULL,
  rev TEXT NOT NULL,
  PRIMARY KEY (collection, rkey)
) WITHOUT ROWID;
CREATE INDEX record_cid_idx ON record (cid);
CREATE TABLE record_blob (
  collection TEXT NOT NULL,
  rkey TEXT NOT NULL,
  blob_cid TEXT NOT NULL,
  PRIMARY KEY (collection, rkey, blob_cid)
) WITHOUT ROWID;
CREATE INDEX record_blob_cid_idx ON record_blob (blob_cid);
`

/**
 * What each later schema version adds, by version. Version 2: the event outbox, where a commit's
 * firehose event is written in the commit's own transaction and stays until sequencer.sqlite holds
 * it (`token` identifies the row there, so a replay after a crash never announces it twice).
 */
const UPGRADES: Record<number, string> = {
  2: `
CREATE TABLE event_outbox (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  token BLOB NOT NULL,
  event_type TEXT NOT NULL,
  rev TEXT NOT NULL,
  event BLOB NOT NULL
);
`,
}

/**
 * Checks a repo file's schema version and brings an older (or new, empty) file to the current
 * one, unless `upgrade` is off (a backup read as it was archived).
 */
export function prepareRepoSchema(db: SqliteDb, file: string, upgrade: boolean): void {
  const version = db.pragma('user_version', { simple: true }) as number
  if (version > SCHEMA_VERSION || version < 0) {
    throw new Error(
      `repo file ${file} has schema version ${version}, expected at most ${SCHEMA_VERSION}`,
    )
  }
  if (version < SCHEMA_VERSION && upgrade) {
    db.transaction(() => {
      if (version === 0) db.exec(SCHEMA)
      for (let v = Math.max(version, 1) + 1; v <= SCHEMA_VERSION; v++) db.exec(UPGRADES[v]!)
      db.pragma(`user_version = ${SCHEMA_VERSION}`)
    })()
  }
}
