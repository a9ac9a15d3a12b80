import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const LEXICON_DIR = path.join(ROOT, 'lexicons')
export const GENERATED_DIR = path.join(ROOT, 'generated')
/** Tempest's own operator lexicons live under this top-level folder (NSIDs `sh.tempest.*`). */
export const OWN_NAMESPACE_DIR = 'sh'
