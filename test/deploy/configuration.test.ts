import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config.ts'

const ROOT = path.resolve(import.meta.dirname, '../..')
const envExample = readFileSync(path.join(ROOT, 'conf/.env.example'), 'utf8')
const configDoc = readFileSync(path.join(ROOT, 'docs/reference/configuration.md'), 'utf8')

/** NAME=value lines of .env.example (comments skipped). */
function exampleValues(): Record<string, string> {
  const values: Record<string, string> = {}
  for (const line of envExample.split('\n')) {
    const m = line.match(/^([A-Z][A-Z0-9_]*)=(.*)$/)
    if (m) values[m[1] as string] = m[2] as string
  }
  return values
}

/** Every variable loadConfig reads, with every optional branch (s3, SMTP) switched on. */
function variablesReadByConfig(): Set<string> {
  const seen = new Set<string>()
  const base: Record<string, string> = {
    ...exampleValues(),
    SECRET_KEY_BASE: 'x'.repeat(64),
    TEMPEST_BLOB_STORE: 's3',
    TEMPEST_BLOB_S3_BUCKET: 'blobs',
    TEMPEST_BLOB_S3_ACCESS_KEY_ID: 'id',
    TEMPEST_BLOB_S3_SECRET_ACCESS_KEY: 'secret',
    TEMPEST_BACKUP_STORE: 's3',
    TEMPEST_BACKUP_S3_BUCKET: 'backups',
    TEMPEST_BACKUP_S3_ACCESS_KEY_ID: 'id',
    TEMPEST_BACKUP_S3_SECRET_ACCESS_KEY: 'secret',
    TEMPEST_SMTP_ENABLED: 'true',
    TEMPEST_SMTP_HOST: 'smtp.example.com',
  }
  const env = new Proxy(base, {
    get(target, name) {
      if (typeof name === 'string') seen.add(name)
      return target[name as string]
    },
  })
  loadConfig(env, 'test')
  // Names spelled out in config.ts but read on a branch the proxy did not take; literals that are
  // only prefixes of names read (TEMPEST_BLOB_S3 for TEMPEST_BLOB_S3_BUCKET ...) are not names.
  const source = readFileSync(path.join(ROOT, 'src/config.ts'), 'utf8')
  const literals = [...source.matchAll(/'((?:TEMPEST_[A-Z0-9_]+)|PORT|SECRET_KEY_BASE)'/g)]
  for (const [, name] of literals) {
    if (![...seen].some((s) => s.startsWith(`${name}_`))) seen.add(name as string)
  }
  return seen
}

describe('configuration documentation', () => {
  const variables = [...variablesReadByConfig()].sort()

  it('finds the variables config.ts reads', () => {
    expect(variables).toEqual(
      expect.arrayContaining(['PORT', 'SECRET_KEY_BASE', 'TEMPEST_SMTP_PASSWORD']),
    )
    expect(variables.length).toBeGreaterThan(40)
  })

  it('lists every variable in conf/.env.example', () => {
    const documented = Object.keys(exampleValues())
    expect(variables.filter((v) => !documented.includes(v))).toEqual([])
  })

  it('has a row for every variable in docs/reference/configuration.md', () => {
    const rows = new Set([...configDoc.matchAll(/^\| `([A-Z0-9_]+)` +\|/gm)].map((m) => m[1]))
    expect(variables.filter((v) => !rows.has(v))).toEqual([])
  })

  it('ships example values that pass validation once the secrets are filled in', () => {
    const cfg = loadConfig({ ...exampleValues(), SECRET_KEY_BASE: 'a'.repeat(128) }, 'test')
    expect(cfg.env).toBe('production')
    expect(cfg.publicUrl).toBe('https://pds.example.com')
    expect(cfg.dataDir).toBe('/data')
  })

  it('refuses the example as it is: the secret must be generated', () => {
    expect(() => loadConfig(exampleValues(), 'test')).toThrow(/^SECRET_KEY_BASE: /)
  })
})
