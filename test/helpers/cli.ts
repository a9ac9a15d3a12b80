import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
/** The bundle `npm run build` makes, which the package's bin and the image run (fresh: see global-setup.ts). */
const BIN = path.join(ROOT, 'dist', 'bin', 'tempest.js')

export interface CliResult {
  code: number | null
  stdout: string
  stderr: string
}

/** Spawns the real CLI (the built bundle) with only the given environment. */
export function spawnCli(args: string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
}

export function runCli(
  args: string[],
  env: Record<string, string> = {},
  stdin?: string,
): Promise<CliResult> {
  const child = spawnCli(args, env)
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()))
  child.stdin?.end(stdin ?? '')
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })))
}

/** Resolves with the first stdout line matching `re` (the server logs JSON lines). */
export function waitForLine(child: ChildProcess, re: RegExp, timeoutMs = 20_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffered = ''
    const timer = setTimeout(
      () => reject(new Error(`timed out waiting for ${re}; got:\n${buffered}`)),
      timeoutMs,
    )
    child.stdout?.on('data', (d: Buffer) => {
      buffered += d.toString()
      const line = buffered.split('\n').find((l) => re.test(l))
      if (line !== undefined) {
        clearTimeout(timer)
        resolve(line)
      }
    })
  })
}
