import { GateSkipped } from '../report.ts'
import { expectJson, type Gate } from './types.ts'

export const healthGate: Gate = {
  id: 'health',
  title: 'HTTPS health and describeServer',
  async run(ctx) {
    const url = new URL(ctx.url)
    if (url.protocol !== 'https:')
      throw new Error(`${ctx.url} is not https: clients and relays need TLS`)
    const health = await expectJson(await ctx.fetch(`${ctx.url}/xrpc/_health`), '_health')
    if (typeof health.version !== 'string') throw new Error('_health has no version')
    // The official client checks describeServer against its lexicon.
    const { data } = await ctx.session.newAgent().com.atproto.server.describeServer()
    return [
      `_health version ${health.version}`,
      `describeServer did ${data.did}, user domains ${data.availableUserDomains.join(', ')}`,
      `invite code required: ${data.inviteCodeRequired ?? false}`,
    ]
  },
}

export const adminStatusGate: Gate = {
  id: 'admin-status',
  title: 'Admin status readable with the admin token, refused without it',
  async run(ctx) {
    if (ctx.adminToken === undefined) throw new GateSkipped('no --admin-token given')
    const statusUrl = `${ctx.url}/xrpc/_admin/status`
    const status = await expectJson(
      await ctx.fetch(statusUrl, { headers: { authorization: `Bearer ${ctx.adminToken}` } }),
      '_admin/status with the admin token',
    )
    const evidence = [`status version ${String(status.version)}`]
    const anonymous = await ctx.fetch(statusUrl)
    if (anonymous.status !== 401 && anonymous.status !== 403) {
      throw new Error(`_admin/status without a token answered HTTP ${anonymous.status}`)
    }
    evidence.push(`without a token: HTTP ${anonymous.status}`)
    if (ctx.session.configured) {
      const agent = await ctx.session.agent()
      const asUser = await ctx.fetch(statusUrl, {
        headers: { authorization: `Bearer ${agent.session?.accessJwt ?? ''}` },
      })
      if (asUser.status !== 401 && asUser.status !== 403) {
        throw new Error(`_admin/status with a user access token answered HTTP ${asUser.status}`)
      }
      evidence.push(`with a user access token: HTTP ${asUser.status}`)
    }
    const warnings = Array.isArray(status.warnings) ? (status.warnings as unknown[]) : []
    evidence.push(
      `warnings: ${warnings.length === 0 ? 'none' : warnings.map((w) => JSON.stringify(w)).join('; ')}`,
    )
    return evidence
  },
}
