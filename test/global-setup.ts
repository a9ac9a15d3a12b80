import { spawnSync } from 'node:child_process'

/** Builds dist/bin/ (scripts/bundle.ts) once before the suite; the CLI tests spawn that bundle. */
export default function setup(): void {
  const res = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bundle.ts'], {
    encoding: 'utf8',
  })
  if (res.status !== 0) throw new Error(`bundling the CLI failed:\n${res.stderr}`)
}
