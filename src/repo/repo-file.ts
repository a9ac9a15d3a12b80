import { createHash } from 'node:crypto'
import path from 'node:path'

/** Longest escaped name kept readable; longer DIDs are named by hash to stay under NAME_MAX (255). */
const MAX_READABLE = 200

/**
 * The file name of an account's repo under `repos/`. A DID is untrusted input, so the name is an
 * escaping that is injective and cannot express a path: `[a-z0-9-]` are kept, every other byte
 * (including `_`, `.`, `/` and upper case, so case-insensitive file systems cannot merge two DIDs)
 * becomes `_xx`. Names too long to stay readable become `sha256=<hex>`: `=` never appears in an
 * escaped name, so the two forms cannot collide.
 */
export function repoFileName(did: string): string {
  let escaped = ''
  for (const byte of Buffer.from(did, 'utf8')) {
    const isKept = (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x30 && byte <= 0x39) || byte === 0x2d
    escaped += isKept ? String.fromCharCode(byte) : `_${byte.toString(16).padStart(2, '0')}`
  }
  if (escaped.length === 0 || escaped.length > MAX_READABLE) {
    escaped = `sha256=${createHash('sha256').update(did, 'utf8').digest('hex')}`
  }
  return `${escaped}.sqlite`
}

export function repoFilePath(reposDir: string, did: string): string {
  return path.join(reposDir, repoFileName(did))
}
