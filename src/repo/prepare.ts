import { TID } from '@atproto/common'
import { encode } from '@atproto/lex-cbor'
import {
  cidForCbor,
  enumBlobRefs,
  isLegacyBlobRef,
  parseCid,
  type Cid,
  type LexMap,
} from '@atproto/lex-data'
import { jsonToLex } from '@atproto/lex-json'
import { LexiconDefNotFoundError, lexToJson } from '@atproto/lexicon'
import { ensureValidDatetime, ensureValidNsid, ensureValidRecordKey } from '@atproto/syntax'
import { InvalidRequestError } from '@atproto/xrpc-server'
import { lexicons } from '../../generated/lexicons.js'
import { type BlobConstraints, blobConstraints } from './blob-constraints.ts'
import type {
  PreparedDelete,
  PreparedRecordWrite,
  RecordBlobRef,
  ValidationStatus,
} from './types.ts'

/** Largest encoded record accepted (the size relays accept for a block). */
const MAX_RECORD_BYTES = 1024 * 1024

export interface RecordWriteInput {
  action: 'create' | 'update'
  collection: string
  /** Create only: omitted means a fresh TID. */
  rkey?: string
  /** The record as the XRPC layer decoded it (lexicon values: BlobRef, CID, bytes). */
  record: unknown
  /** `true`: the lexicon must be known; `false`: skip lexicon validation; unset: validate if known. */
  validate?: boolean
  swapCid?: Cid | null
}

/**
 * Checks one record write before it reaches the commit writer (every refusal is InvalidRequest,
 * the name the reference PDS answers and the one error the write lexicons leave clients): record key and collection syntax,
 * `$type`, the lexicon (as `validate` asks), the data model (no floats, well-formed `$type`,
 * blobs, bytes and links, size), and collects the blob refs.
 */
export async function prepareRecordWrite(input: RecordWriteInput): Promise<PreparedRecordWrite> {
  const { collection, validate } = input
  assertSyntax(() => ensureValidNsid(collection), 'collection')
  const rkey = input.rkey ?? TID.nextStr()
  assertSyntax(() => ensureValidRecordKey(rkey), 'rkey')
  if (!isPlainObject(input.record)) throw new InvalidRequestError('Record must be an object')
  const lexRecord: Record<string, unknown> = { ...input.record }
  lexRecord.$type ??= collection
  const maybeValidate = validate !== false
  if (maybeValidate && lexRecord.$type !== collection) {
    throw new InvalidRequestError(
      `Invalid $type: expected ${collection}, got ${String(lexRecord.$type)}`,
    )
  }
  const validationStatus = maybeValidate
    ? validateRecord(lexRecord, { requireLexicon: validate === true })
    : undefined
  const record = toDataModel(lexRecord)
  const constraints =
    validationStatus === 'valid' ? blobConstraints(collection, lexRecord) : undefined
  const bytes = encode(record)
  if (bytes.byteLength > MAX_RECORD_BYTES) {
    throw new InvalidRequestError(
      `Record is too large: ${bytes.byteLength} bytes (at most ${MAX_RECORD_BYTES})`,
    )
  }
  return {
    action: input.action,
    collection,
    rkey,
    record,
    bytes,
    cid: await cidForCbor(bytes),
    blobs: blobRefs(record, constraints),
    validationStatus,
    swapCid: input.swapCid,
  }
}

export function prepareDelete(input: {
  collection: string
  rkey: string
  swapCid?: Cid | null
}): PreparedDelete {
  assertSyntax(() => ensureValidNsid(input.collection), 'collection')
  assertSyntax(() => ensureValidRecordKey(input.rkey), 'rkey')
  return { action: 'delete', ...input }
}

/** Parses a CID parameter; InvalidRequest when it is not one. */
export function cidParam(value: string, name: string): Cid {
  try {
    return parseCid(value)
  } catch {
    throw new InvalidRequestError(`Invalid CID in ${name}: ${value}`)
  }
}

/** Parses an optional CID parameter (`swapCommit`, `swapRecord`, `cid`). */
export function optionalCid(value: string | undefined, name: string): Cid | undefined {
  return value === undefined ? undefined : cidParam(value, name)
}

function assertSyntax(check: () => void, what: string): void {
  try {
    check()
  } catch (err) {
    throw new InvalidRequestError(`Invalid ${what}: ${(err as Error).message}`)
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function validateRecord(
  record: Record<string, unknown>,
  opts: { requireLexicon: boolean },
): ValidationStatus {
  const type = record.$type as string
  try {
    lexicons.assertValidRecord(type, record)
  } catch (err) {
    if (err instanceof LexiconDefNotFoundError) {
      if (opts.requireLexicon) throw new InvalidRequestError(err.message)
      return 'unknown'
    }
    throw new InvalidRequestError(`Invalid ${type} record: ${(err as Error).message}`)
  }
  // The lexicon's datetime format is looser than the protocol's; clients rely on the stricter one.
  if (typeof record.createdAt === 'string') {
    try {
      ensureValidDatetime(record.createdAt)
    } catch {
      throw new InvalidRequestError(
        `Invalid ${type} record: createdAt must be a valid atproto datetime (both RFC-3339 and ISO-8601)`,
      )
    }
  }
  return 'valid'
}

/**
 * The record in the atproto data model. Going through its JSON form with the strict parser
 * rejects what the XRPC layer let through as plain objects: floats, empty or non-string `$type`,
 * malformed blobs, `$bytes` and `$link` objects.
 */
function toDataModel(record: Record<string, unknown>): LexMap {
  try {
    return jsonToLex(lexToJson(record) as never, { strict: true }) as LexMap
  } catch (err) {
    throw new InvalidRequestError(`Invalid record data: ${(err as Error).message}`)
  }
}

function blobRefs(
  record: LexMap,
  constraints: Map<string, BlobConstraints> | undefined,
): RecordBlobRef[] {
  const refs: RecordBlobRef[] = []
  for (const ref of enumBlobRefs(record, { allowLegacy: true })) {
    if (isLegacyBlobRef(ref)) {
      throw new InvalidRequestError(`Legacy blob ref is not accepted: ${ref.cid}`)
    }
    const limits = constraints?.get(ref.ref.toString())
    refs.push({
      cid: ref.ref,
      mimeType: ref.mimeType,
      size: ref.size,
      ...(limits && { constraints: limits }),
    })
  }
  return refs
}
