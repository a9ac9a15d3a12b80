/**
 * V8 flags `tempest serve` runs with. A 2 MB young-generation semi-space instead of V8's 16 MB:
 * start-up leaves the young generation grown to its maximum and V8 never gives it back, so the
 * default holds ~10 MB that an idle server does not use. The price is more frequent minor GCs,
 * about 0.2 ms per record write (bench/README.md); `NODE_OPTIONS=--max-semi-space-size=16`
 * chooses speed instead.
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
