import http from 'node:http'
import type { AtpAgent } from '@atproto/api'
import type { TestPds } from '../helpers/harness.ts'

export interface TestUser {
  agent: AtpAgent
  did: string
  handle: string
  email: string
  password: string
  accessJwt: string
  refreshJwt: string
  /** The DID document createAccount answered with. */
  didDoc?: unknown
}

/** Creates an account through the official client; the agent is logged in as it. */
export async function createUser(pds: TestPds, name: string): Promise<TestUser> {
  const agent = pds.agent()
  const handle = `${name}.test`
  const email = `${name}@example.com`
  const password = `${name}-password-123`
  const res = await agent.createAccount({ handle, email, password })
  return { agent, email, password, ...res.data }
}

export interface XrpcResponse {
  status: number
  headers: Headers
  body: Record<string, unknown>
}

/** A raw XRPC call (for exact status codes, error names and tokens the client would hide). */
export async function xrpc(
  pds: TestPds,
  nsid: string,
  opts: { token?: string; body?: unknown; params?: Record<string, string>; post?: boolean } = {},
): Promise<XrpcResponse> {
  const query = opts.params ? `?${new URLSearchParams(opts.params)}` : ''
  const res = await fetch(`${pds.url}/xrpc/${nsid}${query}`, {
    method: opts.post || opts.body !== undefined ? 'POST' : 'GET',
    headers: {
      ...(opts.token && { authorization: `Bearer ${opts.token}` }),
      ...(opts.body !== undefined && { 'content-type': 'application/json' }),
    },
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  })
  const text = await res.text()
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : {} }
}

/** GET with an explicit Host header (well-known routes answer by host). */
export function getWithHost(
  pds: TestPds,
  path: string,
  host: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      { host: 'localhost', port: pds.server.port, path, headers: { host } },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
      },
    )
    req.on('error', reject)
  })
}
