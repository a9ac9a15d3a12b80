import { Transform } from 'node:stream'

/**
 * Explicit collections, for the places where waiting for V8's own schedule costs memory. They
 * need `gc` exposed (`tempest serve` runs with `--expose-gc`) and do nothing without it (servers
 * started in-process by tests, the other CLI commands).
 */

/**
 * One full, memory-reducing collection once the server is up: loading the code, compiling the
 * lexicons and opening the stores leave garbage and a grown heap behind that V8 would otherwise
 * keep until a later GC of its choosing. Measured idle RSS ~96 MB -> ~90 MB for ~30-45 ms more
 * start-up.
 */
export function releaseStartupGarbage(): void {
  globalThis.gc?.({ type: 'major', execution: 'sync', flavor: 'last-resort' })
}

/**
 * A minor collection: frees the socket and file buffers a stream has already passed on. Each one
 * is a large buffer held by a small object, so a long stream allocates too little on the JS heap
 * to trigger a scavenge of its own while its buffers pile up outside it.
 */
function collectYoungGeneration(): void {
  globalThis.gc?.({ type: 'minor', execution: 'sync' })
}

/** Bytes a stream passes between minor collections. */
const COLLECT_EVERY_BYTES = 8 * 1024 * 1024

/**
 * Counts a stream's bytes and runs a minor collection every 8 MiB, so the buffers of a large blob
 * going through are freed as it goes instead of piling up. On a server whose young generation a
 * write load had grown (bench/blob-upload-rss.ts), a 50 MB upload grew RSS by ~49 MB without it
 * and ~7 MB with it; a 50 MB getBlob by ~42-44 MB and ~5-6 MB.
 */
export function byteCollector(): (bytes: number) => void {
  let pending = 0
  return (bytes) => {
    pending += bytes
    if (pending < COLLECT_EVERY_BYTES) return
    pending = 0
    collectYoungGeneration()
  }
}

/** A pass-through stream that collects as `byteCollector` does. */
export function collectingPassThrough(): Transform {
  const count = byteCollector()
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      count(chunk.length)
      cb(null, chunk)
    },
  })
}
