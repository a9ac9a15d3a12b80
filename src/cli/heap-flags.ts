/**
 * V8 flags `tempest serve` runs with. A 2 MB young-generation semi-space instead of V8's 16 MB:
 * start-up leaves the young generation grown to its maximum and V8 never gives it back, so the
 * default holds ~10 MB that an idle server does not use. The price is more frequent minor GCs,
 * about 0.2 ms per record write (bench/README.md); `NODE_OPTIONS=--max-semi-space-size=16`
 * chooses speed instead.
 */
const SERVE_FLAGS = ['--max-semi-space-size=2']

/**
 * glibc's malloc arena limit for `serve`. By default every thread that allocates (libuv's pool,
 * V8's GC helpers) may get an arena of its own, each holding freed memory apart; two arenas kept
 * an idle server ~2.5 MB smaller and one after a 20,000-record load ~20 MB smaller, with no slower
 * writes or reads in the benchmark (bench/README.md). Other C libraries ignore the variable.
 */
const MALLOC_ARENA_MAX = '2'

/**
 * Replaces this process (same PID, so supervisors and signals are unaffected) with one that has
 * the serve flags and the arena limit, keeping an operator's own semi-space setting
 * (`NODE_OPTIONS`, as the Docker image sets, or the command line) and `MALLOC_ARENA_MAX`. Does
 * nothing when both are already in force or this Node lacks execve.
 */
export function reexecWithServeFlags(): void {
  if (typeof process.execve !== 'function') return
  const inForce = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ')
  const flags = inForce.includes('semi-space-size') ? [] : SERVE_FLAGS
  if (flags.length === 0 && process.env.MALLOC_ARENA_MAX !== undefined) return
  process.execve(
    process.execPath,
    [process.argv0, ...process.execArgv, ...flags, ...process.argv.slice(1)],
    { ...process.env, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? MALLOC_ARENA_MAX },
  )
}
