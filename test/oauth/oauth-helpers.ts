import { createHash, randomUUID } from 'node:crypto'
import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  buildAtprotoLoopbackClientMetadata,
  JoseKey,
  NodeOAuthClient,
  type NodeSavedSession,
  type NodeSavedState,
  type OAuthSession,
  requestLocalLock,
} from '@atproto/oauth-client-node'
import type { BrowserContext } from 'playwright-core'
import type { TestPds } from '../helpers/harness.ts'

/** Where the authorization server sends the browser back: records the query of each visit. */
async function startCallbackServer(): Promise<{
  server: Server
  redirectUri: string
  next(): Promise<URLSearchParams>
}> {
  const waiting: Array<(params: URLSearchParams) => void> = []
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    res.end('signed in; you may close this window')
    waiting.shift()?.(url.searchParams)
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  return {
    server,
    redirectUri: `http://127.0.0.1:${port}/callback`,
    next: () => new Promise((resolve) => waiting.push(resolve)),
  }
}

export interface LoopbackClient {
  client: NodeOAuthClient
  /** The raw stored sessions (DPoP key and token set), by DID. */
  sessions: Map<string, NodeSavedSession>
  /**
   * Authorizes `scope` for `handle` with no remembered device: discovery from the handle, PAR,
   * the sign-in and consent pages, then the code exchange.
   */
  signIn(browser: BrowserContext, handle: string, password: string): Promise<OAuthSession>
  close(): Promise<void>
}

/**
 * An `@atproto/oauth-client-node` loopback client for `scope`. Handles resolve through the PDS's
 * own resolveHandle, DIDs through the test PLC directory; plain http is allowed (development).
 */
export async function loopbackClient(pds: TestPds, scope: string): Promise<LoopbackClient> {
  const callback = await startCallbackServer()
  const states = new Map<string, NodeSavedState>()
  const sessions = new Map<string, NodeSavedSession>()
  const client = new NodeOAuthClient({
    clientMetadata: buildAtprotoLoopbackClientMetadata({
      scope,
      redirect_uris: [callback.redirectUri as `http://127.0.0.1:${string}`],
    }),
    stateStore: {
      get: (key) => states.get(key),
      set: (key, value) => void states.set(key, value),
      del: (key) => void states.delete(key),
    },
    sessionStore: {
      get: (key) => sessions.get(key),
      set: (key, value) => void sessions.set(key, value),
      del: (key) => void sessions.delete(key),
    },
    handleResolver: pds.url,
    plcDirectoryUrl: pds.plc.url,
    allowHttp: true,
    requestLock: requestLocalLock,
  })
  return {
    client,
    sessions,
    signIn: async (browser, handle, password) => {
      const url = await client.authorize(handle, { scope })
      await browser.clearCookies()
      const page = await browser.newPage()
      try {
        const redirected = callback.next()
        await page.goto(url.toString())
        await page.locator('input[name="password"]').fill(password)
        await page.locator('button[type="submit"]').first().click()
        await page.getByRole('button', { name: /authorize|accept|allow/i }).click()
        const params = await redirected
        const { session } = await client.callback(params)
        return session
      } catch (err) {
        console.error(await page.content())
        throw err
      } finally {
        await page.close()
      }
    },
    close: async () => {
      callback.server.closeAllConnections()
      await new Promise((resolve) => callback.server.close(resolve))
    },
  }
}

export interface DpopProofClaims {
  htm: string
  htu: string
  nonce?: string
  jti?: string
}

/**
 * A request with a stored session's access token and a DPoP proof built here, so tests can
 * present exactly the proof they mean (a replayed `jti`, a wrong `htm`/`htu`, no nonce).
 */
export class DpopRequester {
  constructor(private readonly session: NodeSavedSession) {}

  async proof(claims: DpopProofClaims): Promise<string> {
    const key = await JoseKey.fromJWK(this.session.dpopJwk as Record<string, unknown>)
    const alg = key.algorithms.find((name) => name.startsWith('ES'))
    if (!alg) throw new Error('the session has no ECDSA DPoP key')
    const ath = createHash('sha256').update(this.session.tokenSet.access_token).digest('base64url')
    return key.createJwt(
      {
        typ: 'dpop+jwt',
        alg,
        jwk: key.bareJwk,
      },
      {
        htm: claims.htm,
        htu: claims.htu,
        ath,
        iat: Math.floor(Date.now() / 1000),
        jti: claims.jti ?? randomUUID(),
        ...(claims.nonce !== undefined && { nonce: claims.nonce }),
      },
    )
  }

  send(url: string, method: string, proof: string): Promise<Response> {
    return fetch(url, {
      method,
      headers: {
        authorization: `DPoP ${this.session.tokenSet.access_token}`,
        dpop: proof,
      },
    })
  }
}
