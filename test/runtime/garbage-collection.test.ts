import { execFile } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const GC_MODULE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../src/runtime/garbage-collection.ts',
)

/**
 * Grows the young generation with short-lived garbage, then calls `releaseStartupGarbage` and
 * prints the new-space and total heap sizes before and after.
 */
const SCRIPT = `
import v8 from 'node:v8'
import { releaseStartupGarbage } from ${JSON.stringify(GC_MODULE)}
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

/** Counts 20 MiB in 64 KiB steps and prints the forced minor GCs that ran meanwhile. */
const COLLECTOR_SCRIPT = `
import { PerformanceObserver, constants } from 'node:perf_hooks'
import { byteCollector } from ${JSON.stringify(GC_MODULE)}
const forcedMinor = []
const observer = new PerformanceObserver((list) => {
  for (const { detail } of list.getEntries()) {
    if (detail.kind === constants.NODE_PERFORMANCE_GC_MINOR &&
        detail.flags & constants.NODE_PERFORMANCE_GC_FLAGS_FORCED) forcedMinor.push(detail)
  }
})
observer.observe({ entryTypes: ['gc'] })
const count = byteCollector()
for (let i = 0; i < 320; i++) count(64 * 1024)
await new Promise((r) => setTimeout(r, 50))
console.log(JSON.stringify({ forcedMinor: forcedMinor.length }))
`

async function runScript(script: string, flags: string[]): Promise<unknown> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [...flags, '--import', 'tsx', '--input-type=module', '-e', script],
    { env: { ...process.env, NODE_OPTIONS: '' } },
  )
  return JSON.parse(stdout)
}

const run = async (flags: string[]) =>
  (await runScript(SCRIPT, flags)) as Record<'before' | 'after', { young: number; total: number }>

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

describe('byteCollector', () => {
  it('runs a minor collection every 8 MiB counted, and none without gc exposed', async () => {
    expect(await runScript(COLLECTOR_SCRIPT, ['--expose-gc'])).toEqual({ forcedMinor: 2 })
    expect(await runScript(COLLECTOR_SCRIPT, [])).toEqual({ forcedMinor: 0 })
  })
})
