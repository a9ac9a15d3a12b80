/**
 * V8 flags `tempest serve` runs with. A 2 MB young-generation semi-space instead of V8's 16 MB:
 * start-up leaves the young generation grown to its maximum and V8 never gives it back, so the
 * default holds ~10-30 MB of memory that an idle server does not use, and the write paths
 * measured no slower with it (see bench/README.md).
 */
const SERVE_FLAGS = ['--max-semi-space-size=2']

/**
 * Replaces this process (same PID, so supervisors and signals are unaffected) with one that has
 * the serve flags, unless they or an operator's own semi-space setting are already in force
 * (`NODE_OPTIONS`, as the Docker image sets, or the command line) or this Node lacks execve.
 */
export function reexecWithServeFlags(): void {
  if (typeof process.execve !== 'function') return
  const inForce = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ')
  if (inForce.includes('semi-space-size')) return
  process.execve(
    process.execPath,
    [process.argv0, ...process.execArgv, ...SERVE_FLAGS, ...process.argv.slice(1)],
    process.env,
  )
}
