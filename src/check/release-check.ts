import { backupGate } from './gates/backup.ts'
import { clientFlowGate } from './gates/client-flow.ts'
import { firehoseGate } from './gates/firehose.ts'
import { crawlersGate, identityGate } from './gates/identity.ts'
import { adminStatusGate, healthGate } from './gates/server.ts'
import type { CheckContext, Gate } from './gates/types.ts'
import { checkerFetch, type NetworkOptions } from './network.ts'
import { GateSkipped, type GateResult, type ReleaseCheckReport } from './report.ts'
import { CheckSession } from './session.ts'

const GATES: Gate[] = [
  healthGate,
  adminStatusGate,
  firehoseGate,
  identityGate,
  crawlersGate,
  clientFlowGate,
  backupGate,
]

export interface ReleaseCheckOptions {
  url: string
  adminToken?: string
  handle?: string
  password?: string
  relays: string[]
  plcUrl: string
  network: NetworkOptions
  /** Gate ids the operator chose not to run (a canary cannot pass identity, for example). */
  skip: string[]
}

async function runGate(gate: Gate, ctx: CheckContext): Promise<GateResult> {
  const started = performance.now()
  const result = (
    status: GateResult['status'],
    evidence: string[],
    error?: string,
  ): GateResult => ({
    id: gate.id,
    title: gate.title,
    status,
    evidence,
    durationMs: Math.round(performance.now() - started),
    ...(error !== undefined && { error }),
  })
  try {
    return result('pass', await gate.run(ctx))
  } catch (err) {
    if (err instanceof GateSkipped) return result('skip', [`skipped: ${err.message}`])
    return result('fail', [], err instanceof Error ? err.message : String(err))
  }
}

const GATE_IDS = GATES.map((g) => g.id)

/** Runs every release gate against a deployment, in order; a gate's failure never stops the rest. */
export async function runReleaseCheck(opts: ReleaseCheckOptions): Promise<ReleaseCheckReport> {
  const unknown = opts.skip.filter((id) => !GATE_IDS.includes(id))
  if (unknown.length > 0)
    throw new Error(`unknown gate ${unknown.join(', ')} (gates: ${GATE_IDS.join(', ')})`)
  const url = new URL(opts.url).origin
  const startedAt = new Date().toISOString()
  const { fetch, close } = checkerFetch(opts.network)
  const credentials =
    opts.handle !== undefined && opts.password !== undefined
      ? { handle: opts.handle, password: opts.password }
      : undefined
  const ctx: CheckContext = {
    url,
    fetch,
    network: opts.network,
    session: new CheckSession(url, fetch, credentials),
    adminToken: opts.adminToken,
    relays: opts.relays,
    plcUrl: opts.plcUrl,
  }
  try {
    const gates: GateResult[] = []
    for (const gate of GATES) {
      gates.push(
        opts.skip.includes(gate.id)
          ? {
              id: gate.id,
              title: gate.title,
              status: 'skip',
              evidence: ['skipped: --skip'],
              durationMs: 0,
            }
          : await runGate(gate, ctx),
      )
    }
    return {
      schema: 'tempest.release-check.v1',
      target: url,
      startedAt,
      finishedAt: new Date().toISOString(),
      gates,
      passed: gates.every((g) => g.status !== 'fail'),
    }
  } finally {
    await close()
  }
}
