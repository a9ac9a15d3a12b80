// Regenerates generated/ from lexicons/ (run after `npm run lexicons:sync` or a lexicon edit).
import { rmSync } from 'node:fs'
import { generateServer } from './lex-gen.ts'
import { GENERATED_DIR } from './paths.ts'

rmSync(GENERATED_DIR, { recursive: true, force: true })
generateServer(GENERATED_DIR)
console.log(`generated ${GENERATED_DIR}`)
