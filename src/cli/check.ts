import { writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { parseConnectTo } from '../check/network.ts'
import { renderTable, type ReleaseCheckReport } from '../check/report.ts'
import { runReleaseCheck } from '../check/release-check.ts'
import { CHECK_USAGE } from './check-usage.ts'

/**
 * `tempest check`: the release gates against a deployment. Secrets may come from the environment
 * (TEMPEST_CHECK_ADMIN_TOKEN, TEMPEST_CHECK_PASSWORD) so they stay out of shell history.
 * Resolves with the report; the caller exits non-zero unless it passed.
 */
export async function releaseCheck(argv: string[]): Promise<ReleaseCheckReport> {
  const { values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      'admin-token': { type: 'string' },
      handle: { type: 'string' },
      password: { type: 'string' },
      relay: { type: 'string', multiple: true },
      'plc-url': { type: 'string' },
      insecure: { type: 'boolean' },
      'connect-to': { type: 'string', multiple: true },
      skip: { type: 'string', multiple: true },
      json: { type: 'boolean' },
      out: { type: 'string' },
    },
  })
  if (values.url === undefined) throw new Error(`--url is required\nusage: ${CHECK_USAGE}`)
  const password = values.password ?? process.env.TEMPEST_CHECK_PASSWORD
  if ((values.handle === undefined) !== (password === undefined)) {
    throw new Error('--handle and --password (or TEMPEST_CHECK_PASSWORD) go together')
  }
  const report = await runReleaseCheck({
    url: values.url,
    adminToken: values['admin-token'] ?? process.env.TEMPEST_CHECK_ADMIN_TOKEN,
    handle: values.handle,
    password,
    relays: (values.relay ?? []).map((r) => new URL(r).origin),
    plcUrl: values['plc-url'] ?? 'https://plc.directory',
    skip: values.skip ?? [],
    network: {
      insecure: values.insecure ?? false,
      connectTo: (values['connect-to'] ?? []).map(parseConnectTo),
    },
  })
  const json = JSON.stringify(report, null, 2)
  if (values.out !== undefined) await writeFile(values.out, json + '\n')
  console.log(values.json ? json : renderTable(report))
  return report
}
