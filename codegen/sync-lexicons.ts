// Writes every lexicon document exported by the pinned @atproto/api to lexicons/<nsid path>.json.
// The project's own lexicons (lexicons/<own namespace>/) are left alone.
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { schemas } from '@atproto/api'
import { LEXICON_DIR, OWN_NAMESPACE_DIR } from './paths.ts'

async function main(): Promise<void> {
  for (const entry of await readdir(LEXICON_DIR, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name !== OWN_NAMESPACE_DIR) {
      await rm(path.join(LEXICON_DIR, entry.name), { recursive: true })
    }
  }
  for (const doc of schemas) {
    const file = path.join(LEXICON_DIR, ...doc.id.split('.')) + '.json'
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, JSON.stringify(doc, null, 2) + '\n')
  }
  console.log(`wrote ${schemas.length} lexicon documents to ${LEXICON_DIR}`)
}

await main()
