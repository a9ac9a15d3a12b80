import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '../..')
const CADDYFILE = path.join(ROOT, 'conf/Caddyfile')

const hasCaddy = spawnSync('caddy', ['version']).status === 0
if (!hasCaddy) {
  console.warn('skipping the Caddyfile checks: caddy is not installed (apt-get install caddy)')
}

// Caddy keeps certificates and state under HOME/XDG dirs: point them at a throwaway dir.
const home = mkdtempSync(path.join(os.tmpdir(), 'tempest-caddy-'))
afterAll(() => rmSync(home, { recursive: true, force: true }))

function caddy(...args: string[]) {
  return spawnSync('caddy', args, {
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      HOME: home,
      XDG_DATA_HOME: home,
      XDG_CONFIG_HOME: home,
      TEMPEST_HOSTNAME: 'pds.example.com',
      ACME_EMAIL: 'ops@example.com',
    },
  })
}

interface Route {
  match?: Array<{ host?: string[]; path?: string[] }>
  handle?: Array<{ handler: string; routes?: Route[]; upstreams?: Array<{ dial: string }> }>
}

/** Every handler reachable from the given routes, with nested subroutes flattened. */
function handlers(routes: Route[]): NonNullable<Route['handle']> {
  return routes.flatMap((r) =>
    (r.handle ?? []).flatMap((h) => (h.routes ? [h, ...handlers(h.routes)] : [h])),
  )
}

describe.skipIf(!hasCaddy)('conf/Caddyfile (checked with the real caddy)', () => {
  it('validates', () => {
    const res = caddy('validate', '--adapter', 'caddyfile', '--config', CADDYFILE)
    expect(res.stdout + res.stderr).toContain('Valid configuration')
    expect(res.status).toBe(0)
  })

  it('is formatted as caddy fmt writes it', () => {
    const res = caddy('fmt', CADDYFILE)
    expect(res.status).toBe(0)
    expect(res.stdout).toBe(readFileSync(CADDYFILE, 'utf8'))
  })

  it('serves the hostname with a normal certificate and handle subdomains on demand, gated by /tls-check', () => {
    const res = caddy('adapt', '--adapter', 'caddyfile', '--config', CADDYFILE)
    expect(res.status).toBe(0)
    const config = JSON.parse(res.stdout)
    const automation = config.apps.tls.automation
    expect(automation.on_demand.ask).toBe('http://tempest:2583/tls-check')
    const policies = Object.fromEntries(
      automation.policies.map((p: { subjects: string[]; on_demand?: boolean }) => [
        p.subjects.join(','),
        p.on_demand ?? false,
      ]),
    )
    expect(policies).toEqual({ 'pds.example.com': false, '*.pds.example.com': true })

    const server = config.apps.http.servers.srv0
    expect(server.listen).toEqual([':443'])
    const routes: Route[] = server.routes
    expect(routes.map((r) => r.match?.[0]?.host)).toEqual([
      ['pds.example.com'],
      ['*.pds.example.com'],
    ])
    for (const route of routes) {
      // Every request, the firehose WebSocket included, goes to Tempest: no path is filtered and
      // no handler sits in front of the proxy that could drop the Upgrade headers.
      const found = handlers([route])
      expect(new Set(found.map((h) => h.handler))).toEqual(new Set(['subroute', 'reverse_proxy']))
      expect(JSON.stringify(route)).not.toContain('"path"')
      const proxies = found.filter((h) => h.handler === 'reverse_proxy')
      expect(proxies.flatMap((p) => p.upstreams?.map((u) => u.dial))).toEqual(['tempest:2583'])
    }
  })
})
