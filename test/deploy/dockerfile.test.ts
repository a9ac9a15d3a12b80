import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { run as dockerfilelint } from 'dockerfilelint'
import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '../..')
const DOCKERFILE = path.join(ROOT, 'conf/Dockerfile')
const text = readFileSync(DOCKERFILE, 'utf8')

interface Instruction {
  keyword: string
  args: string
}

/** Instructions with continuation lines joined and comments dropped, grouped by stage. */
function stages(source: string): Instruction[][] {
  const result: Instruction[][] = []
  let pending = ''
  for (const raw of source.split('\n')) {
    const line = raw.trim()
    if (pending === '' && (line === '' || line.startsWith('#'))) continue
    if (line.startsWith('#')) continue
    if (line.endsWith('\\')) {
      pending += line.slice(0, -1) + ' '
      continue
    }
    const full = (pending + line).trim()
    pending = ''
    const [keyword = '', ...rest] = full.split(/\s+/)
    const instruction = { keyword: keyword.toUpperCase(), args: rest.join(' ') }
    if (instruction.keyword === 'FROM') result.push([])
    result.at(-1)?.push(instruction)
  }
  return result
}

const [build = [], runtime = [], ...extra] = stages(text)
const all = [...build, ...runtime]
const args = (stage: Instruction[], keyword: string) =>
  stage.filter((i) => i.keyword === keyword).map((i) => i.args)

describe('conf/Dockerfile', () => {
  it('passes dockerfilelint without findings', () => {
    const lines = text.split('\n')
    const findings = dockerfilelint(path.dirname(DOCKERFILE), text).filter(
      // dockerfilelint reads HEALTHCHECK flags with /--\w+/, so --start-period (a valid flag it
      // lists) comes out as an unknown "--start".
      (f: { rule: string; line: number }) =>
        !(
          f.rule === 'invalid_format' &&
          /^HEALTHCHECK .*--start-period=/.test(lines[f.line - 1] ?? '')
        ),
    )
    expect(findings).toEqual([])
  })

  it('builds in one stage and runs from a slim Node 24 stage', () => {
    expect(extra).toEqual([])
    expect(args(build, 'FROM')[0]).toMatch(/^node:24[\w.-]*-slim AS build$/)
    expect(args(runtime, 'FROM')[0]).toMatch(/^node:24[\w.-]*-slim AS runtime$/)
    // node-gyp needs a compiler and python for addons without a fitting prebuilt binary, in the
    // build stage only, and builds against the headers the node image ships: no download.
    expect(args(build, 'RUN').join(' ')).toMatch(/install .*python3 make g\+\+/)
    expect(args(build, 'ENV')).toEqual(['npm_config_nodedir=/usr/local'])
    expect(args(runtime, 'RUN').join(' ')).not.toMatch(/g\+\+|npm (ci|install)/)
  })

  it('ships the bundle and what it loads at run time, assembled by runtime-modules.ts', () => {
    expect(args(build, 'RUN').join(' ')).toMatch(
      /npm ci .*&& node scripts\/runtime-modules\.ts \/runtime/,
    )
    // The build stage is thrown away: cleaning its npm cache would only cost time.
    expect(all.map((i) => i.args).join(' ')).not.toMatch(/npm cache/)
    const copies = args(runtime, 'COPY')
    expect(copies.filter((c) => c.startsWith('--from=build'))).toEqual(['--from=build /runtime ./'])
    expect(copies.join(' ')).not.toMatch(/\bsrc\b/)
  })

  it('has no VOLUME, a tempest system user, the health check and the entrypoint', () => {
    expect(all.filter((i) => i.keyword === 'VOLUME')).toEqual([])
    // Pinned ids (the base's `node` user is 1000), so a volume can be prepared on the host.
    const users = args(runtime, 'RUN').join(' ')
    expect(users).toMatch(/groupadd --system --gid 1001 tempest/)
    expect(users).toMatch(/useradd --system --uid 1001 --gid tempest /)
    const [healthcheck = ''] = args(runtime, 'HEALTHCHECK')
    expect(healthcheck).toContain('/xrpc/_health')
    expect(healthcheck).toContain('process.env.PORT')
    // Compose's service_healthy waits for the first passing probe: one interval at most.
    expect(healthcheck).toMatch(/--interval=10s /)
    expect(healthcheck).toMatch(/--start-period=60s /)
    // Docker Engine < 25 and buildah 1.28 reject --start-interval.
    expect(healthcheck).not.toContain('--start-interval')
    expect(args(runtime, 'ENTRYPOINT')).toEqual(['["docker-entrypoint.sh"]'])
    expect(args(runtime, 'CMD')).toEqual(['["serve"]'])
    const env = args(runtime, 'ENV').join(' ')
    expect(env).toContain('TEMPEST_DATA_DIR=/data')
    expect(env).toContain('PORT=2583')
    // All of serve's heap settings, so the server starts without re-executing itself.
    expect(env).toMatch(/NODE_OPTIONS="--max-semi-space-size=16 --expose-gc"/)
    expect(env).toContain('MALLOC_ARENA_MAX=2')
    expect(args(runtime, 'EXPOSE')).toEqual(['2583'])
    // The entrypoint needs root to chown the volume, so the image itself does not switch user.
    expect(args(runtime, 'USER')).toEqual([])
  })

  it('copies only paths that exist and that .dockerignore lets through', () => {
    const ignored = readFileSync(path.join(ROOT, '.dockerignore'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#'))
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'dist', '.env', 'data']))
    const sources = args(build, 'COPY')
      .concat(args(runtime, 'COPY').filter((c) => !c.startsWith('--from')))
      .flatMap((c) => c.split(' ').slice(0, -1))
    expect(sources.length).toBeGreaterThan(3)
    for (const source of sources) {
      expect(existsSync(path.join(ROOT, source)), source).toBe(true)
      const blocked = ignored.filter((p) => source === p || source.startsWith(`${p}/`))
      expect(blocked, source).toEqual([])
    }
  })
})

const hasShellcheck = spawnSync('shellcheck', ['--version']).status === 0
if (!hasShellcheck)
  console.warn('skipping shellcheck of the entrypoint: shellcheck is not installed')

describe.skipIf(!hasShellcheck)('conf/docker-entrypoint.sh', () => {
  it('passes shellcheck as POSIX sh', () => {
    const res = spawnSync(
      'shellcheck',
      ['--shell=sh', path.join(ROOT, 'conf/docker-entrypoint.sh')],
      {
        encoding: 'utf8',
      },
    )
    expect(res.stdout + res.stderr).toBe('')
    expect(res.status).toBe(0)
  })
})

// Run for real by .ci/run after the suite (it builds and runs the image: minutes, and root).
describe.skipIf(!hasShellcheck)('scripts/image-check.sh', () => {
  it('passes shellcheck', () => {
    const res = spawnSync('shellcheck', [path.join(ROOT, 'scripts/image-check.sh')], {
      encoding: 'utf8',
    })
    expect(res.stdout + res.stderr).toBe('')
    expect(res.status).toBe(0)
  })

  it('is what .ci/run runs after the suite, counted in its totals', () => {
    const ci = readFileSync(path.join(ROOT, '.ci/run'), 'utf8')
    expect(ci).toMatch(/if bash scripts\/image-check\.sh; then/)
    expect(ci.trimEnd().split('\n').slice(-2)).toEqual(['echo "$totals"', 'exit $status'])
  })
})
