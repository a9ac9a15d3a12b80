import { execFile } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const HEAP_FLAGS = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../src/cli/heap-flags.ts',
)

/**
 * Grows the young generation with short-lived garbage, then calls `releaseStartupGarbage` and
 * prints the new-space and total heap sizes before and after.
 */
const SCRIPT = `
import v8 from 'node:v8'
import { releaseStartupGarbage } from ${JSON.stringify(HEAP_FLAGS)}
const sizes = () => ({
  young: v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size,
  total: v8.getHeapStatistics().total_heap_size,
})
let live = []
for (let i = 0; i < 200000; i++) { live.push({ i, s: 'x' + i }); if (live.length > 50000) live = [] }
live = []
const before = sizes()
releaseStartupGarbage()
console.log(JSON.stringify({ before, after: sizes() }))
`

async function run(flags: string[]) {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [...flags, '--import', 'tsx', '--input-type=module', '-e', SCRIPT],
    { env: { ...process.env, NODE_OPTIONS: '' } },
  )
  return JSON.parse(stdout) as Record<'before' | 'after', { young: number; total: number }>
}

describe('releaseStartupGarbage', () => {
  it('shrinks the grown young generation and the heap when gc is exposed', async () => {
    const { before, after } = await run(['--expose-gc', '--max-semi-space-size=16'])
    expect(before.young).toBeGreaterThan(2 * 1024 * 1024)
    // A plain full GC keeps the young generation's size; the memory-reducing one gives it back.
    expect(after.young).toBeLessThan(before.young / 2)
    expect(after.total).toBeLessThan(before.total / 2)
  })

  it('does nothing when gc is not exposed', async () => {
    const { before, after } = await run(['--max-semi-space-size=16'])
    expect(after.young).toBe(before.young)
  })
})
