/**
 * V8 flags `tempest serve` runs with, each kept out when the operator already chose (`NODE_OPTIONS`,
 * as the Docker image sets, or the command line):
 * - a 2 MB young-generation semi-space instead of V8's default: the default holds ~10 MB that an
 *   idle server does not use and lets streamed upload buffers pile up between scavenges. The price
 *   is more frequent minor GCs, about 0.2 ms per record write (bench/README.md);
 *   `NODE_OPTIONS=--max-semi-space-size=16` chooses speed instead.
 * - `--expose-gc`, for `releaseStartupGarbage`.
 */
const SERVE_FLAGS = [
  { flag: '--max-semi-space-size=2', chosen: 'semi-space-size' },
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

/**
 * One full, memory-reducing collection once the server is up: loading the code, compiling the
 * lexicons and opening the stores leave garbage and a grown heap behind that V8 would otherwise
 * keep until a later GC of its choosing. Measured idle RSS ~96 MB -> ~90 MB for ~30-45 ms more
 * start-up. A no-op when `gc` is not exposed (tests, `npm start` through tsx).
 */
export function releaseStartupGarbage(): void {
  globalThis.gc?.({ type: 'major', execution: 'sync', flavor: 'last-resort' })
}
