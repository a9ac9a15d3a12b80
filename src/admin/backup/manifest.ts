import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import path from 'node:path'

export const MANIFEST_NAME = 'manifest.json'
const FORMAT = 'tempest-backup'
const FORMAT_VERSION = 1
const NAME_PREFIX = 'tempest-backup-'
const NAME_RE = /^tempest-backup-(\d{8}T\d{6}\d{3}Z)\.tar\.gz$/

export interface ManifestFile {
  /** Relative to the data dir, with `/` separators. */
  path: string
  size: number
  sha256: string
}

export interface BackupManifest {
  format: typeof FORMAT
  formatVersion: number
  tempestVersion: string
  createdAt: string
  hostname: string
  /** The highest firehose seq issued when the snapshot was taken. */
  sequencerHead: number
  /** Where the blobs live: `local` blobs are in the archive, `s3` ones are listed in blobs-s3.json. */
  blobStore: 'local' | 's3'
  files: ManifestFile[]
}

export function newManifest(fields: Omit<BackupManifest, 'format' | 'formatVersion'>) {
  return { format: FORMAT, formatVersion: FORMAT_VERSION, ...fields } satisfies BackupManifest
}

/** Parses and checks a manifest read from an archive; the message says what is wrong. */
export function parseManifest(bytes: Buffer): BackupManifest {
  let value: unknown
  try {
    value = JSON.parse(bytes.toString('utf8'))
  } catch {
    throw new Error(`${MANIFEST_NAME}: not valid JSON`)
  }
  const m = value as Partial<BackupManifest>
  if (m.format !== FORMAT) throw new Error(`${MANIFEST_NAME}: not a Tempest backup manifest`)
  if (m.formatVersion !== FORMAT_VERSION) {
    throw new Error(`${MANIFEST_NAME}: unsupported format version ${String(m.formatVersion)}`)
  }
  if (!Array.isArray(m.files) || typeof m.sequencerHead !== 'number') {
    throw new Error(`${MANIFEST_NAME}: missing files or sequencerHead`)
  }
  for (const file of m.files) {
    if (
      typeof file?.path !== 'string' ||
      !isSafeRelativePath(file.path) ||
      typeof file.size !== 'number' ||
      typeof file.sha256 !== 'string'
    ) {
      throw new Error(`${MANIFEST_NAME}: bad file entry ${JSON.stringify(file)}`)
    }
  }
  return m as BackupManifest
}

/** A relative path that stays inside the directory it is joined to. */
export function isSafeRelativePath(p: string): boolean {
  if (p === '' || p.includes('\\') || p.includes('\0') || path.posix.isAbsolute(p)) return false
  return path.posix.normalize(p) === p && !p.split('/').includes('..')
}

/** `tempest-backup-<UTC time to the millisecond>.tar.gz`: names sort by time. */
export function archiveName(date: Date): string {
  return `${NAME_PREFIX}${date.toISOString().replace(/[-:.]/g, '')}.tar.gz`
}

/** The time a backup name encodes, or `null` when the name is not a backup archive's. */
export function archiveTime(name: string): Date | null {
  const match = NAME_RE.exec(name)
  if (!match?.[1]) return null
  const t = match[1]
  const iso = `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}T${t.slice(9, 11)}:${t.slice(11, 13)}:${t.slice(13, 15)}.${t.slice(15, 18)}Z`
  return new Date(iso)
}

export async function hashFile(file: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256')
  let size = 0
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk as Buffer)
    size += (chunk as Buffer).length
  }
  return { sha256: hash.digest('hex'), size }
}
