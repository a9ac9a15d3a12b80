import type { CheckSession } from '../session.ts'
import type { FetchFn, NetworkOptions } from '../network.ts'

export interface CheckContext {
  /** The public origin under test, e.g. https://pds.example.com */
  url: string
  fetch: FetchFn
  network: NetworkOptions
  session: CheckSession
  adminToken: string | undefined
  relays: string[]
  plcUrl: string
}

export interface Gate {
  id: string
  title: string
  /** Returns evidence lines; throws GateSkipped when its inputs are missing, anything else fails it. */
  run(ctx: CheckContext): Promise<string[]>
}

export async function expectJson(res: Response, what: string): Promise<Record<string, unknown>> {
  const text = await res.text()
  if (!res.ok) throw new Error(`${what} answered HTTP ${res.status}: ${text.slice(0, 200)}`)
  try {
    return JSON.parse(text) as Record<string, unknown>
  } catch {
    throw new Error(`${what} did not answer JSON: ${text.slice(0, 200)}`)
  }
}
