// Fails when generated/ differs from what regenerating lexicons/ would write.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { generateServer } from './lex-gen.ts'
import { GENERATED_DIR } from './paths.ts'

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort()
}

const fresh = mkdtempSync(path.join(os.tmpdir(), 'tempest-codegen-'))
try {
  generateServer(fresh)
  const expected = listFiles(fresh)
  const actual = listFiles(GENERATED_DIR)
  const problems = [
    ...expected.filter((f) => !actual.includes(f)).map((f) => `missing: ${f}`),
    ...actual.filter((f) => !expected.includes(f)).map((f) => `unexpected: ${f}`),
    ...expected
      .filter((f) => actual.includes(f))
      .filter(
        (f) => !readFileSync(path.join(fresh, f)).equals(readFileSync(path.join(GENERATED_DIR, f))),
      )
      .map((f) => `stale: ${f}`),
  ]
  if (problems.length > 0) {
    console.error(
      `generated/ is stale; run \`npm run codegen\`:\n  ${problems.slice(0, 20).join('\n  ')}`,
    )
    process.exitCode = 1
  } else {
    console.log(`generated/ is fresh (${expected.length} files)`)
  }
} finally {
  rmSync(fresh, { recursive: true, force: true })
}
