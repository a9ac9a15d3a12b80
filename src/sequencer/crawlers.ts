import type { Logger } from '../logger.ts'

/** Relays are asked to crawl at most this often each (as the reference PDS does). */
export const CRAWL_INTERVAL_MS = 20 * 60 * 1000
const REQUEST_TIMEOUT_MS = 10_000

export interface CrawlResult {
  url: string
  ok: boolean
  /** HTTP status, when the crawler answered. */
  status?: number
  error?: string
}

export interface CrawlerStatus {
  url: string
  /** ISO 8601 time of the last request, if any was made since start-up. */
  lastRequestAt?: string
  lastResult?: CrawlResult
}

interface CrawlerState {
  lastAttemptMs: number
  lastRequestAt?: string
  lastResult?: CrawlResult
}

export interface CrawlersOptions {
  hostname: string
  urls: readonly string[]
  logger: Logger
  fetch?: typeof fetch
  now?: () => number
}

/**
 * Tells relays (TEMPEST_CRAWLERS) that this PDS has new events with
 * `com.atproto.sync.requestCrawl {hostname}`. Requests run in the background, so a write never
 * waits on a relay; the last request and its result are kept per crawler for the status page.
 */
export class Crawlers {
  private readonly state = new Map<string, CrawlerState>()
  private readonly inFlight = new Set<Promise<CrawlResult>>()
  private readonly abort = new AbortController()
  private readonly fetch: typeof fetch
  private readonly now: () => number

  constructor(private readonly opts: CrawlersOptions) {
    this.fetch = opts.fetch ?? fetch
    this.now = opts.now ?? Date.now
    for (const url of opts.urls) this.state.set(url, { lastAttemptMs: -Infinity })
  }

  /** Called after every sequenced event; requests a crawl from each crawler not asked recently. */
  notifyOfUpdate(): void {
    const now = this.now()
    for (const [url, state] of this.state) {
      if (now - state.lastAttemptMs < CRAWL_INTERVAL_MS) continue
      state.lastAttemptMs = now
      const request = this.requestCrawl(url)
      this.inFlight.add(request)
      void request.finally(() => this.inFlight.delete(request))
    }
  }

  /** Asks every configured crawler now, ignoring the rate limit (`tempest crawl`). */
  requestAll(): Promise<CrawlResult[]> {
    return Promise.all(this.opts.urls.map((url) => this.requestCrawl(url)))
  }

  status(): CrawlerStatus[] {
    return [...this.state].map(([url, s]) => ({
      url,
      ...(s.lastRequestAt && { lastRequestAt: s.lastRequestAt }),
      ...(s.lastResult && { lastResult: s.lastResult }),
    }))
  }

  /** Never throws: a failure is logged and recorded. */
  async requestCrawl(url: string): Promise<CrawlResult> {
    const state = this.state.get(url) ?? { lastAttemptMs: this.now() }
    this.state.set(url, state)
    state.lastRequestAt = new Date(this.now()).toISOString()
    let result: CrawlResult
    try {
      const res = await this.fetch(new URL('/xrpc/com.atproto.sync.requestCrawl', url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ hostname: this.opts.hostname }),
        signal: AbortSignal.any([this.abort.signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]),
      })
      await res.body?.cancel()
      result = res.ok
        ? { url, ok: true, status: res.status }
        : { url, ok: false, status: res.status, error: `HTTP ${res.status}` }
    } catch (err) {
      result = { url, ok: false, error: err instanceof Error ? err.message : String(err) }
    }
    state.lastResult = result
    if (!result.ok)
      this.opts.logger.warn({ crawler: url, error: result.error }, 'requestCrawl failed')
    return result
  }

  /** Cancels requests still in flight (shutdown). */
  async close(): Promise<void> {
    this.abort.abort()
    await Promise.all(this.inFlight)
  }
}
