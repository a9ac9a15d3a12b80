import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream, mkdirSync, type WriteStream } from 'node:fs'
import path from 'node:path'
import { finished } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import { create as createTar, Parser, type ReadEntry } from 'tar'
import {
  type BackupManifest,
  hashFile,
  isSafeRelativePath,
  MANIFEST_NAME,
  parseManifest,
} from './manifest.ts'

/** An archive or a restored data dir that does not match its manifest; the message names files. */
export class BackupVerifyError extends Error {
  constructor(
    readonly archive: string,
    readonly problems: string[],
  ) {
    super(`backup ${archive} failed verification:\n  ${problems.join('\n  ')}`)
  }
}

/** Packs a snapshot directory into a gzipped tar, the manifest first, then files in manifest order. */
export async function packArchive(
  staging: string,
  manifest: BackupManifest,
  file: string,
): Promise<void> {
  await createTar({ gzip: true, cwd: staging, portable: true, file }, [
    MANIFEST_NAME,
    ...manifest.files.map((f) => f.path),
  ])
}

/**
 * Unpacks an archive into `dest`, checking each file's size and SHA-256 against the manifest as it
 * is written. Damage is reported with the file it hit: a checksum mismatch names the file, and a
 * broken gzip or tar stream names the entry being read when it broke.
 */
export async function extractArchive(archive: string, dest: string): Promise<BackupManifest> {
  const label = path.basename(archive)
  const problems: string[] = []
  const seen = new Set<string>()
  const written: Array<Promise<void>> = []
  const outputs: WriteStream[] = []
  let manifest: BackupManifest | undefined
  let manifestRead: Promise<void> | undefined
  let expected = new Map<string, { size: number; sha256: string }>()
  let current = MANIFEST_NAME

  const onEntry = (entry: ReadEntry) => {
    current = entry.path
    if (!manifestRead) {
      if (entry.path !== MANIFEST_NAME) {
        problems.push(`${entry.path}: found where ${MANIFEST_NAME} should be first`)
        manifestRead = Promise.resolve()
        entry.resume()
        return
      }
      const chunks: Buffer[] = []
      entry.on('data', (c: Buffer) => chunks.push(c))
      manifestRead = new Promise<void>((resolve) =>
        entry.on('end', () => {
          try {
            manifest = parseManifest(Buffer.concat(chunks))
            expected = new Map(manifest.files.map((f) => [f.path, f]))
          } catch (err) {
            problems.push((err as Error).message)
          }
          resolve()
        }),
      )
      return
    }
    const want = expected.get(entry.path)
    if (entry.type !== 'File' || !want || seen.has(entry.path) || !isSafeRelativePath(entry.path)) {
      problems.push(`${entry.path}: not a file the manifest lists (or listed twice)`)
      entry.resume()
      return
    }
    seen.add(entry.path)
    const target = path.join(dest, entry.path)
    mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 })
    const hash = createHash('sha256')
    let size = 0
    entry.on('data', (c: Buffer) => {
      hash.update(c)
      size += c.length
    })
    const out = createWriteStream(target, { mode: 0o600 })
    outputs.push(out)
    entry.pipe(out)
    written.push(
      finished(out).then(() => {
        if (size !== want.size || hash.digest('hex') !== want.sha256) {
          problems.push(`${entry.path}: SHA-256 or size does not match the manifest`)
        }
      }),
    )
  }

  const streamProblem = await new Promise<string | null>((resolve) => {
    const input = createReadStream(archive)
    const gunzip = createGunzip()
    const parser = new Parser({ strict: true, onReadEntry: onEntry })
    const fail = (err: Error) => {
      input.destroy()
      gunzip.destroy()
      for (const out of outputs) out.destroy()
      resolve(`${current}: archive damaged while reading this file (${err.message})`)
    }
    input.on('error', (err) => resolve(`${label}: ${err.message}`))
    gunzip.on('error', fail)
    parser.on('error', fail)
    parser.on('end', () => resolve(null))
    input.pipe(gunzip).pipe(parser as unknown as NodeJS.WritableStream)
  })
  await manifestRead
  await Promise.allSettled(written)
  if (streamProblem) problems.push(streamProblem)
  if (!manifest) {
    if (problems.length === 0) problems.push(`${MANIFEST_NAME}: missing`)
    throw new BackupVerifyError(label, problems)
  }
  for (const file of manifest.files) {
    if (!seen.has(file.path)) problems.push(`${file.path}: listed in the manifest but missing`)
  }
  if (problems.length > 0) throw new BackupVerifyError(label, problems)
  return manifest
}

/** Re-reads every file of a restored data dir and checks it against the manifest. */
export async function checkFilesAgainstManifest(
  dir: string,
  manifest: BackupManifest,
): Promise<string[]> {
  const problems: string[] = []
  for (const file of manifest.files) {
    const actual = await hashFile(path.join(dir, file.path)).catch(() => null)
    if (!actual) problems.push(`${file.path}: missing`)
    else if (actual.size !== file.size || actual.sha256 !== file.sha256) {
      problems.push(`${file.path}: SHA-256 or size does not match the manifest`)
    }
  }
  return problems
}
