import { AtpAgent } from '@atproto/api'
import type { FetchFn } from './network.ts'
import { GateSkipped } from './report.ts'

/** One logged-in official client for the gates that act as a user; logged in once, lazily. */
export class CheckSession {
  private agentPromise: Promise<AtpAgent> | undefined

  constructor(
    private readonly url: string,
    private readonly fetch: FetchFn,
    private readonly credentials: { handle: string; password: string } | undefined,
  ) {}

  get configured(): boolean {
    return this.credentials !== undefined
  }

  newAgent(): AtpAgent {
    return new AtpAgent({ service: this.url, fetch: this.fetch })
  }

  /** The logged-in client; a gate that asks for it without credentials given is skipped. */
  agent(): Promise<AtpAgent> {
    const credentials = this.credentials
    if (credentials === undefined) throw new GateSkipped('no --handle/--password given')
    this.agentPromise ??= (async () => {
      const agent = this.newAgent()
      await agent.login({ identifier: credentials.handle, password: credentials.password })
      return agent
    })()
    return this.agentPromise
  }
}
