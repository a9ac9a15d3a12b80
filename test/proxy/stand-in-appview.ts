import { once } from 'node:events'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Secp256k1Keypair } from '@atproto/crypto'
import { IdResolver } from '@atproto/identity'
import { verifyJwt } from '@atproto/xrpc-server'
import * as plc from '@did-plc/lib'
import express from 'express'

export interface ReceivedCall {
  nsid: string
  method: string
  query: Record<string, unknown>
  headers: Record<string, string | string[] | undefined>
  body: unknown
  /** The verified service JWT's claims. */
  jwt: { iss: string; aud: string; lxm: string | undefined } | null
}

export interface RouteAnswer {
  status?: number
  body?: unknown
  headers?: Record<string, string>
}

export interface Route {
  /** The `aud` the JWT must carry (the stand-in's DID by default). */
  aud?: string
  /** The `lxm` the JWT must carry (the called method by default). */
  lxm?: string
  /** `false` for methods the stand-in answers without a JWT. */
  auth?: boolean
  answer(call: ReceivedCall): RouteAnswer
}

export interface StandIn {
  url: string
  /** A did:plc on the test directory whose document names this server `#bsky_appview`. */
  did: string
  calls: ReceivedCall[]
  routes: Map<string, Route>
  /** Verifies a token as the stand-in would (for forged and expired tokens). */
  verify(token: string, aud: string, lxm: string): Promise<unknown>
  close(): Promise<void>
}

/**
 * A stand-in AppView: a real HTTP server that checks every call's service JWT (signature against
 * the issuer's DID document on the test PLC directory, `aud`, `lxm`) and answers from `routes`.
 */
export async function startStandInAppView(plcUrl: string): Promise<StandIn> {
  const idResolver = new IdResolver({ plcUrl, fetch: globalThis.fetch })
  const calls: ReceivedCall[] = []
  const routes = new Map<string, Route>()
  const verify = (token: string, aud: string, lxm: string) =>
    verifyJwt(token, aud, lxm, (iss, force) => idResolver.did.resolveAtprotoKey(iss, force))

  const app = express()
  app.use(express.json())
  let did = ''
  app.all('/xrpc/:nsid', async (req, res) => {
    const nsid = req.params.nsid as string
    const route = routes.get(nsid)
    if (!route) {
      res.status(501).json({ error: 'MethodNotImplemented', message: `stand-in has no ${nsid}` })
      return
    }
    let jwt: ReceivedCall['jwt'] = null
    if (route.auth !== false) {
      const token = req.headers.authorization?.replace(/^Bearer /, '') ?? ''
      try {
        const payload = await verify(token, route.aud ?? did, route.lxm ?? nsid)
        jwt = { iss: payload.iss, aud: payload.aud, lxm: payload.lxm }
      } catch (err) {
        res.status(401).json({ error: 'AuthRequired', message: (err as Error).message })
        return
      }
    }
    const call: ReceivedCall = {
      nsid,
      method: req.method,
      query: req.query,
      headers: req.headers,
      body: req.body,
      jwt,
    }
    calls.push(call)
    const answer = route.answer(call)
    res.status(answer.status ?? 200)
    for (const [name, value] of Object.entries(answer.headers ?? {})) res.setHeader(name, value)
    if (answer.body === undefined) res.end()
    else res.json(answer.body)
  })
  const server: Server = app.listen(0)
  await once(server, 'listening')
  const url = `http://localhost:${(server.address() as AddressInfo).port}`

  const key = await Secp256k1Keypair.create()
  const op = await plc.signOperation(
    {
      type: 'plc_operation',
      verificationMethods: { atproto: key.did() },
      rotationKeys: [key.did()],
      alsoKnownAs: [],
      services: { bsky_appview: { type: 'BskyAppView', endpoint: url } },
      prev: null,
    },
    key,
  )
  did = await plc.didForCreateOp(op)
  await new plc.Client(plcUrl).sendOperation(did, op)

  return {
    url,
    did,
    calls,
    routes,
    verify,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
