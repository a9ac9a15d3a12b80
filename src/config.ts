import path from 'node:path'

/** Raised for the first invalid or missing variable; the message names it. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable}: ${problem}`)
  }
}

export type TempestEnv = 'development' | 'production'
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'

export interface S3Config {
  endpoint: string | undefined
  bucket: string
  region: string
  accessKeyId: string
  secretAccessKey: string
}

export interface ServiceRef {
  url: string
  did: string
}

export interface SmtpConfig {
  url: string | undefined
  host: string | undefined
  port: number
  user: string | undefined
  password: string | undefined
  secure: boolean
  from: string
}

export interface Config {
  version: string
  env: TempestEnv
  port: number
  hostname: string
  publicUrl: string
  /** The server's own DID (`did:web:<hostname>`), used as `aud` for service auth and in describeServer. */
  serviceDid: string
  dataDir: string
  hostedDidMethod: 'plc' | 'web'
  /** `undefined` in development when no directory is configured: an embedded one is started. */
  plcUrl: string | undefined
  handleDomains: string[]
  inviteRequired: boolean
  secretKeyBase: string
  adminTokenHash: string | undefined
  /** Limits on argon2 checks of admin tokens not verified recently (failed-login flood protection). */
  adminAuth: AdminAuthLimits
  /** Bearer token for GET /metrics (TEMPEST_METRICS_TOKEN); metrics are off without it. */
  metricsToken: string | undefined
  blobMaxBytes: number
  /** The largest repo CAR importRepo accepts (TEMPEST_IMPORT_MAX_BYTES). */
  importMaxBytes: number
  /** How long an uploaded blob no record references is kept before the sweep deletes it. */
  blobTempGraceSeconds: number
  crawlers: string[]
  /** Hours of firehose history kept for replay (TEMPEST_SEQUENCER_RETAIN_HOURS). */
  sequencerRetainHours: number
  /** Live events a firehose subscriber may have waiting before it is dropped (TEMPEST_FIREHOSE_BUFFER). */
  firehoseBuffer: number
  /** Encoded bytes of events one firehose subscriber may have waiting (TEMPEST_FIREHOSE_BUFFER_BYTES). */
  firehoseBufferBytes: number
  appView: ServiceRef | undefined
  chat: ServiceRef | undefined
  reportService: ServiceRef | undefined
  blobStore: { kind: 'local' } | { kind: 's3'; s3: S3Config }
  backupStore: { kind: 'local' } | { kind: 's3'; s3: S3Config }
  backupIntervalMinutes: number
  backupRetain: number
  smtp: SmtpConfig | undefined
  logLevel: LogLevel
  /** Per-request phase durations in a `Server-Timing` header (TEMPEST_SERVER_TIMING). */
  serverTiming: boolean
  accessTokenTtlSeconds: number
  refreshTokenTtlSeconds: number
  /** How long a rotated-out refresh token still works (concurrent refreshes from one client). */
  refreshGraceSeconds: number
  contactEmail: string | undefined
  privacyPolicyUrl: string | undefined
  termsOfServiceUrl: string | undefined
}

export interface AdminAuthLimits {
  /** argon2 verifications running at once. */
  maxInFlight: number
  /** argon2 verifications started per second, all clients together. */
  perSecond: number
  /** argon2 verifications started per second for one client address. */
  perClientPerSecond: number
}

type Env = Record<string, string | undefined>

const LOG_LEVELS: readonly LogLevel[] = [
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
]
const DEV_SECRET = 'tempest-development-secret-do-not-use-in-production-0000000000000000'
const HOSTNAME_RE = /^(?=.{1,253}$)(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))*$/

/** Reads one variable, treating an empty string as unset. */
function read(env: Env, name: string): string | undefined {
  const value = env[name]?.trim()
  return value === undefined || value === '' ? undefined : value
}

function required(env: Env, name: string, why: string): string {
  const value = read(env, name)
  if (value === undefined) throw new ConfigError(name, `is required ${why}`)
  return value
}

function oneOf<T extends string>(env: Env, name: string, options: readonly T[], fallback: T): T {
  const value = read(env, name)
  if (value === undefined) return fallback
  if (!(options as readonly string[]).includes(value)) {
    throw new ConfigError(name, `must be one of ${options.join(', ')} (got "${value}")`)
  }
  return value as T
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const value = read(env, name)
  if (value === undefined) return fallback
  if (!/^\d+$/.test(value)) throw new ConfigError(name, `must be a whole number (got "${value}")`)
  const n = Number(value)
  if (n < min || n > max)
    throw new ConfigError(name, `must be between ${min} and ${max} (got ${n})`)
  return n
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const value = read(env, name)?.toLowerCase()
  if (value === undefined) return fallback
  if (['true', '1', 'yes'].includes(value)) return true
  if (['false', '0', 'no'].includes(value)) return false
  throw new ConfigError(name, `must be true or false (got "${value}")`)
}

function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]'
}

/** Parses an absolute http(s) URL; `http:` is only accepted for loopback hosts unless `allowHttp`. */
function httpUrl(name: string, value: string, allowHttp: boolean): URL {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new ConfigError(name, `must be an absolute URL (got "${value}")`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError(name, `must use https (got "${url.protocol}")`)
  }
  if (url.protocol === 'http:' && !allowHttp && !isLoopbackHost(url.hostname)) {
    throw new ConfigError(name, 'must use https (http is only allowed for localhost)')
  }
  return url
}

function optionalUrl(env: Env, name: string, allowHttp: boolean): string | undefined {
  const value = read(env, name)
  return value === undefined ? undefined : httpUrl(name, value, allowHttp).href.replace(/\/$/, '')
}

function did(name: string, value: string): string {
  if (!/^did:[a-z]+:[a-zA-Z0-9._:%-]*[a-zA-Z0-9._-]$/.test(value)) {
    throw new ConfigError(name, `must be a DID (got "${value}")`)
  }
  return value
}

function serviceRef(env: Env, prefix: string, allowHttp: boolean): ServiceRef | undefined {
  const url = optionalUrl(env, `${prefix}_URL`, allowHttp)
  const didValue = read(env, `${prefix}_DID`)
  if (url === undefined && didValue === undefined) return undefined
  if (url === undefined)
    throw new ConfigError(`${prefix}_URL`, `is required when ${prefix}_DID is set`)
  if (didValue === undefined)
    throw new ConfigError(`${prefix}_DID`, `is required when ${prefix}_URL is set`)
  // `did:web:api.bsky.app#bsky_appview` is accepted too; service JWTs name the bare DID.
  return { url, did: did(`${prefix}_DID`, didValue.replace(/#[a-zA-Z0-9_-]+$/, '')) }
}

function s3(env: Env, prefix: string): S3Config {
  const endpoint = read(env, `${prefix}_ENDPOINT`)
  if (endpoint !== undefined) httpUrl(`${prefix}_ENDPOINT`, endpoint, true)
  return {
    endpoint,
    bucket: required(env, `${prefix}_BUCKET`, 'when the store is s3'),
    region: read(env, `${prefix}_REGION`) ?? 'auto',
    accessKeyId: required(env, `${prefix}_ACCESS_KEY_ID`, 'when the store is s3'),
    secretAccessKey: required(env, `${prefix}_SECRET_ACCESS_KEY`, 'when the store is s3'),
  }
}

function store(env: Env, name: string, s3Prefix: string) {
  const kind = oneOf(env, name, ['local', 's3'] as const, 'local')
  return kind === 's3' ? { kind, s3: s3(env, s3Prefix) } : { kind }
}

function smtp(env: Env): SmtpConfig | undefined {
  if (!boolean(env, 'TEMPEST_SMTP_ENABLED', false)) return undefined
  const url = read(env, 'TEMPEST_SMTP_URL')
  if (url !== undefined && !/^smtps?:\/\//.test(url)) {
    throw new ConfigError('TEMPEST_SMTP_URL', 'must start with smtp:// or smtps://')
  }
  const host = read(env, 'TEMPEST_SMTP_HOST')
  if (url === undefined && host === undefined) {
    throw new ConfigError(
      'TEMPEST_SMTP_HOST',
      'or TEMPEST_SMTP_URL is required when SMTP is enabled',
    )
  }
  const from = required(env, 'TEMPEST_SMTP_FROM', 'when SMTP is enabled')
  if (!/^[^@\s<>]+@[^@\s<>]+$|<[^@\s<>]+@[^@\s<>]+>$/.test(from)) {
    throw new ConfigError('TEMPEST_SMTP_FROM', `must be an email address (got "${from}")`)
  }
  return {
    url,
    host,
    port: integer(env, 'TEMPEST_SMTP_PORT', 587, 1, 65535),
    user: read(env, 'TEMPEST_SMTP_USER'),
    password: read(env, 'TEMPEST_SMTP_PASSWORD'),
    secure: boolean(env, 'TEMPEST_SMTP_SECURE', false),
    from,
  }
}

function handleDomains(env: Env, hostname: string): string[] {
  const value = read(env, 'TEMPEST_HANDLE_DOMAINS')
  // Handles under localhost are not valid (reserved TLD), so local development uses `.test`.
  if (value === undefined) return [isLoopbackHost(hostname) ? '.test' : `.${hostname}`]
  const domains = value.split(',').map((d) => d.trim().toLowerCase())
  for (const domain of domains) {
    if (!domain.startsWith('.') || !HOSTNAME_RE.test(domain.slice(1))) {
      throw new ConfigError(
        'TEMPEST_HANDLE_DOMAINS',
        `each entry must be a domain suffix starting with "." (got "${domain}")`,
      )
    }
  }
  return domains
}

/** Validates the whole environment once, at boot. */
export function loadConfig(env: Env, version: string): Config {
  const tempestEnv = oneOf(
    env,
    'TEMPEST_ENV',
    ['development', 'production'] as const,
    'development',
  )
  const dev = tempestEnv === 'development'
  const port = integer(env, 'PORT', 2583, 0, 65535)

  const hostnameValue = dev
    ? (read(env, 'TEMPEST_HOSTNAME') ?? 'localhost')
    : required(env, 'TEMPEST_HOSTNAME', 'in production')
  const hostname = hostnameValue.toLowerCase()
  if (!HOSTNAME_RE.test(hostname)) {
    throw new ConfigError(
      'TEMPEST_HOSTNAME',
      `must be a bare host name without scheme, port or path (got "${hostnameValue}")`,
    )
  }

  const publicUrlValue = dev
    ? (read(env, 'TEMPEST_PUBLIC_URL') ?? `http://${hostname}:${port}`)
    : required(env, 'TEMPEST_PUBLIC_URL', 'in production')
  const publicUrl = httpUrl('TEMPEST_PUBLIC_URL', publicUrlValue, false)
  if (publicUrl.pathname !== '/' || publicUrl.search !== '' || publicUrl.hash !== '') {
    throw new ConfigError(
      'TEMPEST_PUBLIC_URL',
      `must be an origin without a path (got "${publicUrlValue}")`,
    )
  }
  if (publicUrl.hostname !== hostname) {
    throw new ConfigError(
      'TEMPEST_PUBLIC_URL',
      `host "${publicUrl.hostname}" must match TEMPEST_HOSTNAME "${hostname}"`,
    )
  }

  const dataDir = path.resolve(
    dev
      ? (read(env, 'TEMPEST_DATA_DIR') ?? 'data')
      : required(env, 'TEMPEST_DATA_DIR', 'in production'),
  )

  const secretKeyBase = read(env, 'SECRET_KEY_BASE') ?? (dev ? DEV_SECRET : undefined)
  if (secretKeyBase === undefined)
    throw new ConfigError('SECRET_KEY_BASE', 'is required in production')
  if (!dev && secretKeyBase.length < 64) {
    throw new ConfigError(
      'SECRET_KEY_BASE',
      'must be at least 64 characters in production (run `tempest secret`)',
    )
  }
  if (!dev && secretKeyBase === DEV_SECRET) {
    throw new ConfigError(
      'SECRET_KEY_BASE',
      'is the development default; run `tempest secret` for a real one',
    )
  }

  const adminTokenHash = read(env, 'TEMPEST_ADMIN_TOKEN_HASH')
  if (adminTokenHash !== undefined && !adminTokenHash.startsWith('$argon2id$')) {
    throw new ConfigError(
      'TEMPEST_ADMIN_TOKEN_HASH',
      'must be an argon2id hash (run `tempest argon`)',
    )
  }

  const metricsToken = read(env, 'TEMPEST_METRICS_TOKEN')
  if (metricsToken !== undefined && metricsToken.length < 32) {
    throw new ConfigError(
      'TEMPEST_METRICS_TOKEN',
      'must be at least 32 characters (e.g. `openssl rand -hex 32`)',
    )
  }

  const crawlersValue = read(env, 'TEMPEST_CRAWLERS')
  const crawlers =
    crawlersValue === undefined
      ? []
      : crawlersValue.split(',').map((c) => httpUrl('TEMPEST_CRAWLERS', c.trim(), dev).origin)

  const plcUrl =
    optionalUrl(env, 'TEMPEST_PLC_URL', dev) ?? (dev ? undefined : 'https://plc.directory')

  return {
    version,
    env: tempestEnv,
    port,
    hostname,
    publicUrl: publicUrl.origin,
    serviceDid: `did:web:${hostname}`,
    dataDir,
    hostedDidMethod: oneOf(env, 'TEMPEST_HOSTED_DID_METHOD', ['plc', 'web'] as const, 'plc'),
    plcUrl,
    handleDomains: handleDomains(env, hostname),
    inviteRequired: boolean(env, 'TEMPEST_INVITE_REQUIRED', !dev),
    secretKeyBase,
    adminTokenHash,
    adminAuth: {
      maxInFlight: integer(env, 'TEMPEST_ADMIN_AUTH_MAX_IN_FLIGHT', 1, 1, 64),
      perSecond: integer(env, 'TEMPEST_ADMIN_AUTH_PER_SECOND', 2, 1, 1000),
      perClientPerSecond: integer(env, 'TEMPEST_ADMIN_AUTH_PER_CLIENT_PER_SECOND', 1, 1, 1000),
    },
    metricsToken,
    blobMaxBytes: integer(env, 'TEMPEST_BLOB_MAX_BYTES', 100 * 1024 * 1024, 1, 2 ** 40),
    importMaxBytes: integer(env, 'TEMPEST_IMPORT_MAX_BYTES', 100 * 1024 * 1024, 1, 2 ** 40),
    blobTempGraceSeconds: integer(
      env,
      'TEMPEST_BLOB_TEMP_GRACE_SECONDS',
      60 * 60,
      1,
      30 * 24 * 60 * 60,
    ),
    crawlers,
    sequencerRetainHours: integer(env, 'TEMPEST_SEQUENCER_RETAIN_HOURS', 72, 1, 24 * 365 * 10),
    firehoseBuffer: integer(env, 'TEMPEST_FIREHOSE_BUFFER', 500, 1, 100_000),
    firehoseBufferBytes: integer(
      env,
      'TEMPEST_FIREHOSE_BUFFER_BYTES',
      16 * 1024 * 1024,
      64 * 1024,
      2 ** 32,
    ),
    appView: serviceRef(env, 'TEMPEST_APPVIEW', true),
    chat: serviceRef(env, 'TEMPEST_CHAT', true),
    reportService: serviceRef(env, 'TEMPEST_REPORT_SERVICE', true),
    blobStore: store(env, 'TEMPEST_BLOB_STORE', 'TEMPEST_BLOB_S3'),
    backupStore: store(env, 'TEMPEST_BACKUP_STORE', 'TEMPEST_BACKUP_S3'),
    backupIntervalMinutes: integer(env, 'TEMPEST_BACKUP_INTERVAL_MINUTES', 0, 0, 60 * 24 * 365),
    backupRetain: integer(env, 'TEMPEST_BACKUP_RETAIN', 7, 1, 10_000),
    smtp: smtp(env),
    logLevel: oneOf(env, 'TEMPEST_LOG_LEVEL', LOG_LEVELS, 'info'),
    serverTiming: boolean(env, 'TEMPEST_SERVER_TIMING', dev),
    accessTokenTtlSeconds: integer(
      env,
      'TEMPEST_ACCESS_TOKEN_TTL_SECONDS',
      2 * 60 * 60,
      1,
      24 * 60 * 60,
    ),
    refreshTokenTtlSeconds: integer(
      env,
      'TEMPEST_REFRESH_TOKEN_TTL_SECONDS',
      90 * 24 * 60 * 60,
      1,
      365 * 24 * 60 * 60,
    ),
    refreshGraceSeconds: integer(env, 'TEMPEST_REFRESH_GRACE_SECONDS', 10 * 60, 0, 2 * 60 * 60),
    contactEmail: read(env, 'TEMPEST_CONTACT_EMAIL'),
    privacyPolicyUrl: optionalUrl(env, 'TEMPEST_PRIVACY_POLICY_URL', false),
    termsOfServiceUrl: optionalUrl(env, 'TEMPEST_TERMS_OF_SERVICE_URL', false),
  }
}
