import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const DIR = path.resolve(import.meta.dirname, '../../scripts/release')
const STAGES = ['stage1-local.sh', 'stage2-canary.sh', 'stage3-promote.sh', 'rollback.sh']
const hasShellcheck = spawnSync('shellcheck', ['--version']).status === 0

function run(script: string, env: Record<string, string>) {
  return spawnSync('bash', [path.join(DIR, script)], {
    env: {
      PATH: process.env.PATH ?? '',
      EVIDENCE_DIR: mkdtempSync(path.join(os.tmpdir(), 'evidence-')),
      ...env,
    },
    encoding: 'utf8',
  })
}

describe('staged promotion scripts', () => {
  it.skipIf(!hasShellcheck)('pass shellcheck', () => {
    const res = spawnSync('shellcheck', ['-x', ...STAGES.map((s) => path.join(DIR, s))], {
      cwd: DIR,
      encoding: 'utf8',
    })
    expect(res.stdout + res.stderr).toBe('')
    expect(res.status).toBe(0)
  })

  it.each([
    ['stage2-canary.sh', {}, 'CANARY_DATA_DIR'],
    ['stage2-canary.sh', { CANARY_DATA_DIR: '/tmp/x' }, 'CANARY_URL'],
    ['stage3-promote.sh', {}, 'PUBLIC_URL'],
    ['stage3-promote.sh', { PUBLIC_URL: 'https://p', NEW_IMAGE: 'i:2' }, 'PREVIOUS_IMAGE'],
    [
      'stage3-promote.sh',
      { PUBLIC_URL: 'https://p', NEW_IMAGE: 'i:2', PREVIOUS_IMAGE: 'i:1', DEPLOY_CMD: 'true' },
      'TEMPEST_CHECK_ADMIN_TOKEN',
    ],
    ['rollback.sh', { PUBLIC_URL: 'https://p', PREVIOUS_IMAGE: 'i:1' }, 'BACKUP'],
  ])('%s refuses to start without %j, naming %s', (script, env, variable) => {
    const res = run(script, env as Record<string, string>)
    expect(res.status).toBe(2)
    expect(res.stderr).toMatch(new RegExp(`^error: set ${variable} `))
  })
})
