/**
 * V8 flags `tempest serve` runs with, each kept out when the operator already chose (`NODE_OPTIONS`,
 * as the Docker image sets, or the command line):
 * - `--expose-gc`, for the collections in `runtime/garbage-collection.ts`: one after start-up,
 *   which keeps the idle server as small as a 2 MB young generation did, and minor ones during
 *   uploads, which free their buffers as a 2 MB young generation did.
 * - a 16 MB young-generation semi-space, V8's usual 64-bit size, rather than one sized from the
 *   machine's memory: with the two collections above, a 2 MB one (this server's earlier setting)
 *   only added GC work, ~10-20 % of applyWrites' throughput and ~0.2 ms per createRecord
 *   (bench/README.md).
 */
const SERVE_FLAGS = [
  { flag: '--max-semi-space-size=16', chosen: 'semi-space-size' },
  { flag: '--expose-gc', chosen: '--expose-gc' },
]

/**
 * glibc's malloc arena limit for `serve`. By default every thread that allocates (libuv's pool,
 * V8's GC helpers) may get an arena of its own, each holding freed memory apart; two arenas kept
 * an idle server ~2.5 MB smaller and one after a 20,000-record load ~20 MB smaller, with no slower
 * writes or reads in the benchmark (bench/README.md). Other C libraries ignore the variable.
 */
const MALLOC_ARENA_MAX = '2'

/**
 * Replaces this process (same PID, so supervisors and signals are unaffected) with one that has
 * the serve flags and the arena limit, keeping the operator's own flags and `MALLOC_ARENA_MAX`.
 * Does nothing when all of them are already in force or this Node lacks execve.
 */
export function reexecWithServeFlags(): void {
  if (typeof process.execve !== 'function') return
  const inForce = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ')
  const flags = SERVE_FLAGS.filter((f) => !inForce.includes(f.chosen)).map((f) => f.flag)
  if (flags.length === 0 && process.env.MALLOC_ARENA_MAX !== undefined) return
  process.execve(
    process.execPath,
    [process.argv0, ...process.execArgv, ...flags, ...process.argv.slice(1)],
    { ...process.env, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? MALLOC_ARENA_MAX },
  )
}
