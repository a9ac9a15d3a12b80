import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { LEXICON_DIR, ROOT } from './paths.ts'

function lexiconFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort()
}

/** Runs `lex gen-server` over every lexicon into `outDir` (which it creates or updates). */
export function generateServer(outDir: string): void {
  // lex-cli's bin is shadowed by @atproto/lex's `lex` in node_modules/.bin, so call it by path.
  const bin = path.join(ROOT, 'node_modules', '@atproto', 'lex-cli', 'bin.js')
  execFileSync(
    process.execPath,
    [bin, 'gen-server', '--yes', outDir, ...lexiconFiles(LEXICON_DIR)],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  )
}
