import { createHash, randomUUID } from 'node:crypto'
import { closeSync, openSync, writeSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { type Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { fileTypeFromBuffer } from 'file-type'
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
 * How much of the start of a blob is kept in memory for MIME sniffing: file-type needs 4100 bytes
 * for most formats; a little more lets the ones that walk their headers (MP4 boxes, EBML, ZIP
 * entries) get further. Sniffing from memory saves re-opening and re-reading the staging file.
 */
const SNIFF_BYTES = 64 * 1024

/**
 * Streams an upload body to a staging file, computing its SHA-256 CID (raw codec) and size on the
 * way; memory use is bounded (one socket chunk and the sniffed head) whatever the size. Bodies over
 * `maxBytes` fail with BlobTooLarge and leave nothing behind. The MIME type is sniffed from the
 * bytes, then the declared one is used.
 *
 * Each chunk is written synchronously as it arrives, as the repo files' SQLite writes are: a ~64
 * KiB write into the page cache takes less than a round trip through libuv's thread pool, and
 * when the body ends there is nothing left to flush. The file is not fsynced: once written it is
 * in the OS page cache, which a crash of the server process (`kill -9`) does not lose; only an OS
 * crash or power loss can, as for the databases (`synchronous=NORMAL`). See
 * docs/reference/configuration.md, "Blob storage".
 */
export async function stageBlob(
  body: Readable,
  opts: { tmpDir: string; maxBytes: number; declaredType: string | undefined },
): Promise<StagedBlob> {
  const file = path.join(opts.tmpDir, `blob-${randomUUID()}`)
  const hash = createHash('sha256')
  let size = 0
  const head: Buffer[] = []
  let headBytes = 0
  // The socket's read buffers already on disk are freed as the upload goes.
  const collect = byteCollector()
  const fd = openSync(file, 'wx', 0o600)
  let open = true
  const close = () => {
    if (open) closeSync(fd)
    open = false
  }
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      size += chunk.length
      if (size > opts.maxBytes) return cb(blobTooLarge(opts.maxBytes))
      try {
        hash.update(chunk)
        if (headBytes < SNIFF_BYTES) {
          const part = Buffer.from(chunk.subarray(0, SNIFF_BYTES - headBytes))
          head.push(part)
          headBytes += part.length
        }
        for (let at = 0; at < chunk.length;) at += writeSync(fd, chunk, at)
      } catch (err) {
        return cb(err as Error)
      }
      collect(chunk.length)
      cb()
    },
  })
  try {
    await pipeline(body, sink)
    close()
    const sniffed = await fileTypeFromBuffer(Buffer.concat(head, headBytes))
    const declared = opts.declaredType?.toLowerCase()
    const mimeType =
      sniffed?.mime ??
      (declared !== undefined && declared !== '*/*' && MIME_RE.test(declared)
        ? declared
        : 'application/octet-stream')
    const cid = CID.createV1(raw.code, Digest.create(sha256.code, hash.digest()))
    return { file, cid, size, mimeType }
  } catch (err) {
    close()
    await rm(file, { force: true })
    throw err
  }
}
