export type GateStatus = 'pass' | 'fail' | 'skip'

export interface GateResult {
  id: string
  title: string
  status: GateStatus
  /** What was observed, in short lines an operator can read (never secrets). */
  evidence: string[]
  durationMs: number
  error?: string
}

export interface ReleaseCheckReport {
  schema: 'tempest.release-check.v1'
  target: string
  startedAt: string
  finishedAt: string
  gates: GateResult[]
  passed: boolean
}

/** Thrown by a gate whose inputs were not given; the gate is reported as skipped, not failed. */
export class GateSkipped extends Error {}

export function renderTable(report: ReleaseCheckReport): string {
  const rows = report.gates.map((g) => {
    const head = `${g.status.toUpperCase().padEnd(4)}  ${g.id.padEnd(14)} ${String(g.durationMs).padStart(6)} ms  ${g.title}`
    const lines = [...g.evidence, ...(g.error ? [`error: ${g.error}`] : [])].map(
      (l) => `        ${l}`,
    )
    return [head, ...lines].join('\n')
  })
  const verdict = report.passed
    ? 'PASSED: every required gate passed'
    : 'FAILED: see the gates above'
  return `Release check of ${report.target} (${report.startedAt})\n\n${rows.join('\n')}\n\n${verdict}\n`
}
