import type { Readable } from 'node:stream'

/** An inclusive byte range of a stored blob, as HTTP `Range` expresses it. */
export interface ByteRange {
  start: number
  end: number
}

/**
 * Where blob bytes live. Objects are addressed by account and CID; metadata (size, type, whether
 * a record references the blob) lives in account.sqlite, not here. Every method is idempotent.
 */
export interface BlobStore {
  readonly kind: 'local' | 's3'
  /**
   * Moves a fully written and hashed staging file (under the data dir's `tmp/`) into the store as
   * `did`/`cid`. The object appears whole or not at all; the staging file is consumed either way.
   */
  putFile(did: string, cid: string, file: string, size: number): Promise<void>
  /** Streams the object (or one range of it); throws `BlobMissingError` when it is absent. */
  get(did: string, cid: string, range?: ByteRange): Promise<Readable>
  has(did: string, cid: string): Promise<boolean>
  delete(did: string, cid: string): Promise<void>
  /** Every stored blob object, with when it was written (objects of other keys are skipped). */
  list(): AsyncIterable<StoredObject>
  close(): void
}

export interface StoredObject {
  did: string
  cid: string
  modifiedAt: Date
}

/** The metadata says a blob exists but the store has no object for it. */
export class BlobMissingError extends Error {
  constructor(did: string, cid: string) {
    super(`blob ${cid} of ${did} is missing from the blob store`)
  }
}

/**
 * The object key of a blob: one folder per account. A DID is untrusted input, so it is
 * percent-encoded: injective, no `/`, and never `.` or `..` (a DID starts with `did:`).
 */
export function blobKey(did: string, cid: string): string {
  if (!did.startsWith('did:')) throw new Error(`not a DID: ${did}`)
  if (!/^[a-z0-9]+$/i.test(cid)) throw new Error(`not a CID: ${cid}`)
  return `${encodeURIComponent(did)}/${cid}`
}

/** The account and CID a `blobKey` names, or undefined for any other key. */
export function parseBlobKey(key: string): { did: string; cid: string } | undefined {
  const [account, cid, ...rest] = key.split('/')
  if (account === undefined || cid === undefined || rest.length > 0) return undefined
  let did: string
  try {
    did = decodeURIComponent(account)
  } catch {
    return undefined
  }
  if (!did.startsWith('did:') || !/^[a-z0-9]+$/i.test(cid)) return undefined
  return blobKey(did, cid) === key ? { did, cid } : undefined
}
