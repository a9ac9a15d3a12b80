import { createHash, randomUUID } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { type Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { fileTypeFromFile } from 'file-type'
import { CID } from 'multiformats/cid'
import * as raw from 'multiformats/codecs/raw'
import * as Digest from 'multiformats/hashes/digest'
import { sha256 } from 'multiformats/hashes/sha2'
import { ResponseType, XRPCError } from '@atproto/xrpc-server'
import { byteCollector } from '../runtime/garbage-collection.ts'

/** A blob written to a staging file under `tmp/`, hashed and typed, not yet in the blob store. */
export interface StagedBlob {
  file: string
  cid: CID
  size: number
  mimeType: string
}

export function blobTooLarge(maxBytes: number): XRPCError {
  return new XRPCError(
    ResponseType.PayloadTooLarge,
    `This file is too large: the maximum size is ${maxBytes} bytes`,
    'BlobTooLarge',
  )
}

const MIME_RE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i

/**
 * Streams an upload body to a staging file, computing its SHA-256 CID (raw codec) and size on the
 * way; memory use is one chunk whatever the size. Bodies over `maxBytes` fail with BlobTooLarge and
 * leave nothing behind. The MIME type is sniffed from the bytes, then the declared one is used.
 */
export async function stageBlob(
  body: Readable,
  opts: { tmpDir: string; maxBytes: number; declaredType: string | undefined },
): Promise<StagedBlob> {
  const file = path.join(opts.tmpDir, `blob-${randomUUID()}`)
  const hash = createHash('sha256')
  let size = 0
  // The socket's read buffers already on disk are freed as the upload goes.
  const collect = byteCollector()
  const meter = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      size += chunk.length
      if (size > opts.maxBytes) return cb(blobTooLarge(opts.maxBytes))
      hash.update(chunk)
      collect(chunk.length)
      cb(null, chunk)
    },
  })
  try {
    await pipeline(body, meter, createWriteStream(file, { flags: 'wx', mode: 0o600, flush: true }))
    const sniffed = await fileTypeFromFile(file)
    const declared = opts.declaredType?.toLowerCase()
    const mimeType =
      sniffed?.mime ??
      (declared !== undefined && declared !== '*/*' && MIME_RE.test(declared)
        ? declared
        : 'application/octet-stream')
    const cid = CID.createV1(raw.code, Digest.create(sha256.code, hash.digest()))
    return { file, cid, size, mimeType }
  } catch (err) {
    await rm(file, { force: true })
    throw err
  }
}
