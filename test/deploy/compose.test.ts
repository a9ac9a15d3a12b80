import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

// `docker compose config` needs the compose plugin, which is not installed here: parse the file
// with a YAML parser and check the structure the deployment guide relies on.
const ROOT = path.resolve(import.meta.dirname, '../..')
const CONF = path.join(ROOT, 'conf')

interface Service {
  image?: string
  build?: { context: string; dockerfile: string }
  profiles?: string[]
  env_file?: string
  environment?: Record<string, string>
  ports?: string[]
  expose?: string[]
  volumes?: string[]
  depends_on?: Record<string, { condition: string }>
  privileged?: boolean
}

const compose = parse(readFileSync(path.join(CONF, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, Service>
  volumes: Record<string, unknown>
}
const { tempest, caddy } = compose.services as Record<string, Service>

describe('conf/docker-compose.yml', () => {
  it('runs Tempest from conf/Dockerfile with one named volume at its data dir', () => {
    expect(tempest?.build).toEqual({ context: '..', dockerfile: 'conf/Dockerfile' })
    const context = path.resolve(CONF, tempest?.build?.context ?? '')
    expect(existsSync(path.join(context, tempest?.build?.dockerfile ?? ''))).toBe(true)
    expect(tempest?.env_file).toBe('.env')
    expect(tempest?.environment?.TEMPEST_DATA_DIR).toBe('/data')
    expect(tempest?.volumes).toEqual(['tempest-data:/data'])
    // Only Caddy reaches Tempest; nothing is published on the host.
    expect(tempest?.ports).toBeUndefined()
    expect(tempest?.expose).toEqual([tempest?.environment?.PORT])
  })

  it('puts Caddy in front with the Caddyfile, persistent certificates and ports 80/443', () => {
    expect(caddy?.image).toMatch(/^caddy:2/)
    expect(caddy?.ports).toEqual(expect.arrayContaining(['80:80', '443:443']))
    const caddyfileMount = caddy?.volumes?.find((v) => v.includes(':/etc/caddy/Caddyfile'))
    expect(caddyfileMount).toBe('./Caddyfile:/etc/caddy/Caddyfile:ro')
    expect(existsSync(path.join(CONF, 'Caddyfile'))).toBe(true)
    expect(caddy?.volumes).toEqual(expect.arrayContaining(['caddy-data:/data']))
    expect(caddy?.depends_on).toEqual({ tempest: { condition: 'service_healthy' } })
    expect(caddy?.environment?.TEMPEST_UPSTREAM).toBe(`tempest:${tempest?.environment?.PORT}`)
    expect(caddy?.environment?.TEMPEST_HOSTNAME).toMatch(/^\$\{TEMPEST_HOSTNAME:\?/)
  })

  it('keeps the S3-compatible store in an optional profile', () => {
    const always = Object.entries(compose.services).filter(([, s]) => s.profiles === undefined)
    expect(always.map(([name]) => name).sort()).toEqual(['caddy', 'tempest'])
    const optional = Object.entries(compose.services).filter(([, s]) => s.profiles !== undefined)
    expect(optional.map(([name, s]) => [name, s.profiles])).toEqual([
      ['minio', ['s3']],
      ['minio-buckets', ['s3']],
    ])
  })

  it('declares every named volume it mounts and runs nothing privileged', () => {
    const named = Object.values(compose.services)
      .flatMap((s) => s.volumes ?? [])
      .map((v) => v.split(':')[0] as string)
      .filter((v) => !v.startsWith('.') && !v.startsWith('/'))
    expect(Object.keys(compose.volumes).sort()).toEqual([...new Set(named)].sort())
    expect(Object.values(compose.services).filter((s) => s.privileged)).toEqual([])
  })
})
