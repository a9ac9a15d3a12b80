import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../src/config.ts'
import { PRODUCTION_ENV } from './helpers/production-env.ts'

function failure(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env, '1.0.0')
  } catch (err) {
    if (err instanceof ConfigError) return err
    throw err
  }
  throw new Error(`expected a ConfigError for ${JSON.stringify(env)}`)
}

describe('loadConfig', () => {
  it('has development defaults that just work', () => {
    const cfg = loadConfig({}, '1.0.0')
    expect(cfg).toMatchObject({
      env: 'development',
      port: 2583,
      hostname: 'localhost',
      publicUrl: 'http://localhost:2583',
      serviceDid: 'did:web:localhost',
      plcUrl: undefined,
      handleDomains: ['.test'],
      inviteRequired: false,
      hostedDidMethod: 'plc',
      blobStore: { kind: 'local' },
      backupStore: { kind: 'local' },
      smtp: undefined,
    })
    expect(cfg.dataDir).toMatch(/\/data$/)
  })

  it('accepts a complete production environment', () => {
    const cfg = loadConfig(
      {
        ...PRODUCTION_ENV,
        TEMPEST_ADMIN_TOKEN_HASH: '$argon2id$v=19$m=65536,t=3,p=4$abc$def',
        TEMPEST_CRAWLERS: 'https://bsky.network, https://relay.example.net/',
        TEMPEST_APPVIEW_URL: 'https://api.bsky.app',
        TEMPEST_APPVIEW_DID: 'did:web:api.bsky.app',
        TEMPEST_BLOB_STORE: 's3',
        TEMPEST_BLOB_S3_ENDPOINT: 'https://acct.r2.cloudflarestorage.com',
        TEMPEST_BLOB_S3_BUCKET: 'blobs',
        TEMPEST_BLOB_S3_ACCESS_KEY_ID: 'id',
        TEMPEST_BLOB_S3_SECRET_ACCESS_KEY: 'secret',
        TEMPEST_SMTP_ENABLED: 'true',
        TEMPEST_SMTP_URL: 'smtps://user:pass@smtp.example.com',
        TEMPEST_SMTP_FROM: 'Tempest <pds@example.com>',
      },
      '1.0.0',
    )
    expect(cfg.plcUrl).toBe('https://plc.directory')
    expect(cfg.inviteRequired).toBe(true)
    expect(cfg.handleDomains).toEqual(['.pds.example.com'])
    expect(cfg.crawlers).toEqual(['https://bsky.network', 'https://relay.example.net'])
    expect(cfg.appView).toEqual({ url: 'https://api.bsky.app', did: 'did:web:api.bsky.app' })
    expect(cfg.blobStore).toEqual({
      kind: 's3',
      s3: {
        endpoint: 'https://acct.r2.cloudflarestorage.com',
        bucket: 'blobs',
        region: 'auto',
        accessKeyId: 'id',
        secretAccessKey: 'secret',
      },
    })
    expect(cfg.smtp?.from).toBe('Tempest <pds@example.com>')
  })

  it('allows http PLC and public URLs on localhost in production (local benches)', () => {
    const cfg = loadConfig(
      {
        ...PRODUCTION_ENV,
        TEMPEST_HOSTNAME: 'localhost',
        TEMPEST_PUBLIC_URL: 'http://localhost:2583',
        TEMPEST_PLC_URL: 'http://localhost:2582',
      },
      '1.0.0',
    )
    expect(cfg.plcUrl).toBe('http://localhost:2582')
  })

  // Each row: a bad environment and the variable the one-line error must name.
  const BAD: Array<[string, Record<string, string>, string]> = [
    ['unknown env', { TEMPEST_ENV: 'staging' }, 'TEMPEST_ENV'],
    ['port not a number', { ...PRODUCTION_ENV, PORT: 'http' }, 'PORT'],
    ['port out of range', { ...PRODUCTION_ENV, PORT: '70000' }, 'PORT'],
    ['missing hostname', { ...PRODUCTION_ENV, TEMPEST_HOSTNAME: '' }, 'TEMPEST_HOSTNAME'],
    [
      'hostname with scheme',
      { ...PRODUCTION_ENV, TEMPEST_HOSTNAME: 'https://pds.example.com' },
      'TEMPEST_HOSTNAME',
    ],
    [
      'hostname with port',
      { ...PRODUCTION_ENV, TEMPEST_HOSTNAME: 'pds.example.com:443' },
      'TEMPEST_HOSTNAME',
    ],
    [
      'hostname with path',
      { ...PRODUCTION_ENV, TEMPEST_HOSTNAME: 'pds.example.com/x' },
      'TEMPEST_HOSTNAME',
    ],
    ['missing public url', { ...PRODUCTION_ENV, TEMPEST_PUBLIC_URL: '' }, 'TEMPEST_PUBLIC_URL'],
    [
      'public url not a url',
      { ...PRODUCTION_ENV, TEMPEST_PUBLIC_URL: 'pds.example.com' },
      'TEMPEST_PUBLIC_URL',
    ],
    [
      'public url http on a real host',
      { ...PRODUCTION_ENV, TEMPEST_PUBLIC_URL: 'http://pds.example.com' },
      'TEMPEST_PUBLIC_URL',
    ],
    [
      'public url with a path',
      { ...PRODUCTION_ENV, TEMPEST_PUBLIC_URL: 'https://pds.example.com/pds' },
      'TEMPEST_PUBLIC_URL',
    ],
    [
      'public url host mismatch',
      { ...PRODUCTION_ENV, TEMPEST_PUBLIC_URL: 'https://other.example.com' },
      'TEMPEST_PUBLIC_URL',
    ],
    ['missing data dir', { ...PRODUCTION_ENV, TEMPEST_DATA_DIR: '' }, 'TEMPEST_DATA_DIR'],
    [
      'bad did method',
      { ...PRODUCTION_ENV, TEMPEST_HOSTED_DID_METHOD: 'key' },
      'TEMPEST_HOSTED_DID_METHOD',
    ],
    ['plc url not a url', { ...PRODUCTION_ENV, TEMPEST_PLC_URL: 'plc' }, 'TEMPEST_PLC_URL'],
    [
      'plc url http on a real host',
      { ...PRODUCTION_ENV, TEMPEST_PLC_URL: 'http://plc.example.com' },
      'TEMPEST_PLC_URL',
    ],
    [
      'handle domain without dot',
      { ...PRODUCTION_ENV, TEMPEST_HANDLE_DOMAINS: 'example.com' },
      'TEMPEST_HANDLE_DOMAINS',
    ],
    [
      'handle domain malformed',
      { ...PRODUCTION_ENV, TEMPEST_HANDLE_DOMAINS: '.exa mple.com' },
      'TEMPEST_HANDLE_DOMAINS',
    ],
    [
      'invite flag not boolean',
      { ...PRODUCTION_ENV, TEMPEST_INVITE_REQUIRED: 'maybe' },
      'TEMPEST_INVITE_REQUIRED',
    ],
    ['missing secret', { ...PRODUCTION_ENV, SECRET_KEY_BASE: '' }, 'SECRET_KEY_BASE'],
    ['short secret', { ...PRODUCTION_ENV, SECRET_KEY_BASE: 'short' }, 'SECRET_KEY_BASE'],
    [
      'admin hash not argon2id',
      { ...PRODUCTION_ENV, TEMPEST_ADMIN_TOKEN_HASH: 'plaintext' },
      'TEMPEST_ADMIN_TOKEN_HASH',
    ],
    [
      'blob limit not a number',
      { ...PRODUCTION_ENV, TEMPEST_BLOB_MAX_BYTES: '5MB' },
      'TEMPEST_BLOB_MAX_BYTES',
    ],
    [
      'blob limit zero',
      { ...PRODUCTION_ENV, TEMPEST_BLOB_MAX_BYTES: '0' },
      'TEMPEST_BLOB_MAX_BYTES',
    ],
    [
      'crawler not a url',
      { ...PRODUCTION_ENV, TEMPEST_CRAWLERS: 'bsky.network' },
      'TEMPEST_CRAWLERS',
    ],
    [
      'crawler over http',
      { ...PRODUCTION_ENV, TEMPEST_CRAWLERS: 'http://relay.example.com' },
      'TEMPEST_CRAWLERS',
    ],
    [
      'appview url without did',
      { ...PRODUCTION_ENV, TEMPEST_APPVIEW_URL: 'https://api.bsky.app' },
      'TEMPEST_APPVIEW_DID',
    ],
    [
      'appview did without url',
      { ...PRODUCTION_ENV, TEMPEST_APPVIEW_DID: 'did:web:api.bsky.app' },
      'TEMPEST_APPVIEW_URL',
    ],
    [
      'appview did malformed',
      {
        ...PRODUCTION_ENV,
        TEMPEST_APPVIEW_URL: 'https://api.bsky.app',
        TEMPEST_APPVIEW_DID: 'api.bsky.app',
      },
      'TEMPEST_APPVIEW_DID',
    ],
    ['blob store unknown', { ...PRODUCTION_ENV, TEMPEST_BLOB_STORE: 'gcs' }, 'TEMPEST_BLOB_STORE'],
    [
      's3 blob store without bucket',
      { ...PRODUCTION_ENV, TEMPEST_BLOB_STORE: 's3' },
      'TEMPEST_BLOB_S3_BUCKET',
    ],
    [
      's3 blob store without keys',
      { ...PRODUCTION_ENV, TEMPEST_BLOB_STORE: 's3', TEMPEST_BLOB_S3_BUCKET: 'b' },
      'TEMPEST_BLOB_S3_ACCESS_KEY_ID',
    ],
    [
      's3 endpoint not a url',
      {
        ...PRODUCTION_ENV,
        TEMPEST_BLOB_STORE: 's3',
        TEMPEST_BLOB_S3_ENDPOINT: 'r2',
        TEMPEST_BLOB_S3_BUCKET: 'b',
      },
      'TEMPEST_BLOB_S3_ENDPOINT',
    ],
    [
      'backup store unknown',
      { ...PRODUCTION_ENV, TEMPEST_BACKUP_STORE: 'tape' },
      'TEMPEST_BACKUP_STORE',
    ],
    [
      's3 backup store without bucket',
      { ...PRODUCTION_ENV, TEMPEST_BACKUP_STORE: 's3' },
      'TEMPEST_BACKUP_S3_BUCKET',
    ],
    [
      'smtp flag not boolean',
      { ...PRODUCTION_ENV, TEMPEST_SMTP_ENABLED: 'on' },
      'TEMPEST_SMTP_ENABLED',
    ],
    [
      'smtp without host',
      { ...PRODUCTION_ENV, TEMPEST_SMTP_ENABLED: 'true', TEMPEST_SMTP_FROM: 'a@b.c' },
      'TEMPEST_SMTP_HOST',
    ],
    [
      'smtp url wrong scheme',
      {
        ...PRODUCTION_ENV,
        TEMPEST_SMTP_ENABLED: 'true',
        TEMPEST_SMTP_URL: 'http://x',
        TEMPEST_SMTP_FROM: 'a@b.c',
      },
      'TEMPEST_SMTP_URL',
    ],
    [
      'smtp without from',
      { ...PRODUCTION_ENV, TEMPEST_SMTP_ENABLED: 'true', TEMPEST_SMTP_HOST: 'smtp' },
      'TEMPEST_SMTP_FROM',
    ],
    [
      'smtp from not an address',
      {
        ...PRODUCTION_ENV,
        TEMPEST_SMTP_ENABLED: 'true',
        TEMPEST_SMTP_HOST: 'smtp',
        TEMPEST_SMTP_FROM: 'nobody',
      },
      'TEMPEST_SMTP_FROM',
    ],
    [
      'smtp port out of range',
      {
        ...PRODUCTION_ENV,
        TEMPEST_SMTP_ENABLED: 'true',
        TEMPEST_SMTP_HOST: 'smtp',
        TEMPEST_SMTP_FROM: 'a@b.c',
        TEMPEST_SMTP_PORT: '0',
      },
      'TEMPEST_SMTP_PORT',
    ],
    ['log level unknown', { ...PRODUCTION_ENV, TEMPEST_LOG_LEVEL: 'verbose' }, 'TEMPEST_LOG_LEVEL'],
    [
      'privacy policy not https',
      { ...PRODUCTION_ENV, TEMPEST_PRIVACY_POLICY_URL: 'http://example.com/p' },
      'TEMPEST_PRIVACY_POLICY_URL',
    ],
    ['a short metrics token', { TEMPEST_METRICS_TOKEN: 'short' }, 'TEMPEST_METRICS_TOKEN'],
    [
      'no admin checks at all in flight',
      { TEMPEST_ADMIN_AUTH_MAX_IN_FLIGHT: '0' },
      'TEMPEST_ADMIN_AUTH_MAX_IN_FLIGHT',
    ],
    [
      'a fractional admin rate',
      { TEMPEST_ADMIN_AUTH_PER_SECOND: '1.5' },
      'TEMPEST_ADMIN_AUTH_PER_SECOND',
    ],
    [
      'a negative per-client admin rate',
      { TEMPEST_ADMIN_AUTH_PER_CLIENT_PER_SECOND: '-1' },
      'TEMPEST_ADMIN_AUTH_PER_CLIENT_PER_SECOND',
    ],
  ]

  it.each(BAD)('%s names %s', (_name, env, variable) => {
    const err = failure(env)
    expect(err.variable).toBe(variable)
    expect(err.message.startsWith(`${variable}: `)).toBe(true)
    expect(err.message).not.toContain('\n')
  })

  it('limits admin-token checks and keeps metrics off by default; both can be set', () => {
    const defaults = loadConfig({}, '1')
    expect(defaults.adminAuth).toEqual({ maxInFlight: 1, perSecond: 2, perClientPerSecond: 1 })
    expect(defaults.metricsToken).toBeUndefined()
    const set = loadConfig(
      {
        TEMPEST_ADMIN_AUTH_MAX_IN_FLIGHT: '3',
        TEMPEST_ADMIN_AUTH_PER_SECOND: '10',
        TEMPEST_ADMIN_AUTH_PER_CLIENT_PER_SECOND: '4',
        TEMPEST_METRICS_TOKEN: 'm'.repeat(32),
      },
      '1',
    )
    expect(set.adminAuth).toEqual({ maxInFlight: 3, perSecond: 10, perClientPerSecond: 4 })
    expect(set.metricsToken).toBe('m'.repeat(32))
  })

  it('refuses the development secret in production', () => {
    const dev = loadConfig({}, '1').secretKeyBase
    expect(failure({ ...PRODUCTION_ENV, SECRET_KEY_BASE: dev }).variable).toBe('SECRET_KEY_BASE')
  })
})
