import { Agent, buildConnector, fetch as undiciFetch } from 'undici'

/** curl-style `--connect-to HOST:PORT:ADDR:PORT2`: connections for HOST:PORT go to ADDR:PORT2. */
export interface ConnectTo {
  host: string
  port: string
  addr: string
  addrPort: string
}

export function parseConnectTo(value: string): ConnectTo {
  const parts = value.split(':')
  if (parts.length !== 4 || parts.some((p) => p === '')) {
    throw new Error(`--connect-to must be HOST:PORT:ADDR:PORT2 (got "${value}")`)
  }
  const [host, port, addr, addrPort] = parts as [string, string, string, string]
  return { host: host.toLowerCase(), port, addr, addrPort }
}

export interface NetworkOptions {
  /** Skip TLS certificate verification (only for a proxy with a private CA, e.g. Caddy's internal one). */
  insecure: boolean
  connectTo: ConnectTo[]
}

export type FetchFn = typeof globalThis.fetch

/**
 * The checker's HTTP client: undici with the operator's TLS and connect-to overrides, so the
 * same checks run against a production host or a local proxy with an internal CA.
 */
export function checkerFetch(opts: NetworkOptions): { fetch: FetchFn; close: () => Promise<void> } {
  const connect = buildConnector({ rejectUnauthorized: !opts.insecure })
  const agent = new Agent({
    connect: (options, callback) => {
      const port = options.port || (options.protocol === 'https:' ? '443' : '80')
      const route = opts.connectTo.find(
        (c) => c.host === options.hostname.toLowerCase() && c.port === port,
      )
      if (route === undefined) return connect(options, callback)
      connect(
        { ...options, hostname: route.addr, port: route.addrPort, servername: options.hostname },
        callback,
      )
    },
  })
  // Clients such as @atproto/api pass global Request objects, which undici's own fetch does not
  // accept; they are unpacked into a URL and init.
  const fetch = ((input: string | URL | Request, init?: RequestInit) => {
    const request = typeof input === 'object' && !(input instanceof URL) ? input : undefined
    const fromRequest = request
      ? { method: request.method, headers: request.headers, body: request.body, duplex: 'half' }
      : {}
    const url = request ? request.url : (input as string | URL)
    return undiciFetch(url, { ...fromRequest, ...(init as object), dispatcher: agent } as never)
  }) as unknown as FetchFn
  return { fetch, close: () => agent.close() }
}

/**
 * A DNS lookup for WebSocket connections honouring `--connect-to` entries that keep the port
 * (a WebSocket connection cannot be moved to another port by a lookup).
 */
export function connectToLookup(url: URL, connectTo: ConnectTo[]) {
  const port = url.port || (url.protocol === 'wss:' || url.protocol === 'https:' ? '443' : '80')
  const route = connectTo.find((c) => c.host === url.hostname.toLowerCase() && c.port === port)
  if (route === undefined) return undefined
  if (route.addrPort !== port) {
    throw new Error(
      `--connect-to ${route.host}:${route.port} changes the port, which WebSockets cannot follow`,
    )
  }
  const family = route.addr.includes(':') ? 6 : 4
  return (
    _hostname: string,
    options: { all?: boolean },
    callback: (...args: unknown[]) => void,
  ): void => {
    if (options.all) callback(null, [{ address: route.addr, family }])
    else callback(null, route.addr, family)
  }
}
