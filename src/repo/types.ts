import type { Keypair } from '@atproto/crypto'
import type { Cid, LexMap } from '@atproto/lex-data'
import type { CommitData } from '@atproto/repo'
import type { Sequencer } from '../sequencer/sequencer.ts'

export type ValidationStatus = 'valid' | 'unknown'

/** A blob referenced by a record, with the limits the record's lexicon puts on it. */
export interface RecordBlobRef {
  cid: Cid
  mimeType: string
  size: number
  constraints?: { maxSize?: number; accept?: string[] }
}

/** A record write checked against the data model (and its lexicon when asked), ready to commit. */
export interface PreparedRecordWrite {
  action: 'create' | 'update'
  collection: string
  rkey: string
  record: LexMap
  /** The record's DAG-CBOR encoding (its block) and CID. */
  bytes: Uint8Array
  cid: Cid
  blobs: RecordBlobRef[]
  /** Undefined when validation was skipped (`validate: false`). */
  validationStatus: ValidationStatus | undefined
  /** `null`: the record must not exist; a CID: the current record must have it. */
  swapCid?: Cid | null
}

export interface PreparedDelete {
  action: 'delete'
  collection: string
  rkey: string
  swapCid?: Cid | null
}

export type PreparedWrite = PreparedRecordWrite | PreparedDelete

/** One record operation of a commit, as the firehose carries it (`prev` for updates and deletes). */
export interface CommitOp {
  action: 'create' | 'update' | 'delete'
  path: string
  cid: Cid | null
  prev?: Cid
}

/** @atproto/repo's commit data plus the MST root of the commit it replaces (null for a first commit). */
export type RepoCommit = CommitData & { prevData: Cid | null }

export interface CommitResult {
  did: string
  commit: RepoCommit
  ops: CommitOp[]
  /** Per write, in order: the record's CID (null for deletes) and its validation status. */
  results: WriteResult[]
  /** Blobs newly referenced by this commit, and blobs no record of the repo references any more. */
  blobs: BlobRefChanges
}

export interface WriteResult {
  action: 'create' | 'update' | 'delete'
  collection: string
  rkey: string
  cid: Cid | null
  validationStatus: ValidationStatus | undefined
}

export interface BlobRefChanges {
  added: RecordBlobRef[]
  removed: Cid[]
}

/** Where the writer gets an account's signing key (the account store). */
export interface SigningKeySource {
  getSigningKey(did: string): Promise<Keypair>
}

/**
 * The firehose log (the sequencer): what the commit writer appends (appends are called under
 * the account's write lock and keep call order, so events keep commit order) and what it keeps
 * per repo for the outbox.
 */
export type CommitSequencer = Pick<
  Sequencer,
  | 'sequenceSync'
  | 'appendDrained'
  | 'appendDrainedLater'
  | 'lastDrainedToken'
  | 'announcedRev'
  | 'markUnsettled'
  | 'unsettled'
  | 'settled'
>

/**
 * The blob service's part in a write: `checkRefs` runs before the commit is built (it throws to
 * refuse the write, e.g. for a blob that was never uploaded); `onCommitted` runs once the commit
 * is durable (blobs become permanent, or are deleted when no record references them any more).
 */
export interface BlobRefHooks {
  checkRefs(did: string, refs: RecordBlobRef[]): Promise<void>
  onCommitted(did: string, rev: string, changes: BlobRefChanges): Promise<void>
}

/** A record's CID and blob refs at its path in the index (a create or update, or an import). */
export interface RecordPut {
  kind: 'put'
  collection: string
  rkey: string
  cid: Cid
  blobs: RecordBlobRef[]
}

/** How one record of a commit changes the index (after the MST has been updated). */
export type RecordIndexChange = RecordPut | { kind: 'delete'; collection: string; rkey: string }
