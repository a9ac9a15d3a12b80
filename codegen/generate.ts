// Regenerates generated/ from lexicons/ (run after `npm run lexicons:sync` or a lexicon edit).
// Generates beside it and swaps, so generated/ is never half-written while others compile.
import { existsSync, renameSync, rmSync } from 'node:fs'
import { generateServer } from './lex-gen.ts'
import { GENERATED_DIR } from './paths.ts'

const fresh = `${GENERATED_DIR}.new`
const old = `${GENERATED_DIR}.old`
rmSync(fresh, { recursive: true, force: true })
generateServer(fresh)
rmSync(old, { recursive: true, force: true })
if (existsSync(GENERATED_DIR)) renameSync(GENERATED_DIR, old)
renameSync(fresh, GENERATED_DIR)
rmSync(old, { recursive: true, force: true })
console.log(`generated ${GENERATED_DIR}`)
