import type { Server } from 'node:http'
import { Secp256k1Keypair } from '@atproto/crypto'
import { createServiceJwt } from '@atproto/xrpc-server'
import express from 'express'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createIdResolver } from '../../src/identity/resolver.ts'
import { ADMIN_TOKEN } from '../admin/helpers.ts'
import { freePort, startTestPlc, type TestPlc } from '../helpers/harness.ts'
import { agentFor, startProductionPeer, startReferencePeer, type Peer } from './peers.ts'
import type { ProductionPeer } from './peers.ts'

/**
 * Tempest in production with the operator's PLC directory on loopback: the directory is trusted
 * whatever its scheme, while identities users bring (did:web hosts) keep the SSRF protection.
 */
let plc: TestPlc
let pds: ProductionPeer
let ref: Peer
/** A did:web whose document is served over http on loopback, as an attacker's would be. */
let didWeb: { did: string; key: Secp256k1Keypair; server: Server }

beforeAll(async () => {
  plc = await startTestPlc()
  ;[pds, ref] = await Promise.all([startProductionPeer('P', plc), startReferencePeer(plc)])
  const key = await Secp256k1Keypair.create()
  const port = await freePort()
  const did = `did:web:localhost%3A${port}`
  const app = express()
  app.get('/.well-known/did.json', (_req, res) => {
    res.json({
      '@context': ['https://www.w3.org/ns/did/v1'],
      id: did,
      alsoKnownAs: ['at://web.test'],
      verificationMethod: [
        {
          id: `${did}#atproto`,
          type: 'Multikey',
          controller: did,
          publicKeyMultibase: key.did().slice('did:key:'.length),
        },
      ],
      service: [
        { id: '#atproto_pds', type: 'AtprotoPersonalDataServer', serviceEndpoint: pds.url },
      ],
    })
  })
  const server = await new Promise<Server>((resolve) => {
    const srv = app.listen(port, '127.0.0.1', () => resolve(srv))
  })
  didWeb = { did, key, server }
})

afterAll(async () => {
  await new Promise((resolve) => didWeb?.server.close(resolve))
  await Promise.all([pds?.close(), ref?.close()])
  await plc?.close()
})

async function newAccount(name: string) {
  const agent = agentFor(pds)
  const res = await agent.createAccount({
    handle: `${name}.test`,
    email: `${name}@example.com`,
    password: `${name}-password`,
    inviteCode: await pds.inviteCode(),
  })
  return { agent, did: res.data.did, didDoc: res.data.didDoc }
}

describe('a production server on a loopback PLC directory', () => {
  it('creates accounts whose sessions carry their DID document', async () => {
    const { agent, didDoc } = await newAccount('fresh')
    expect(JSON.stringify(didDoc)).toContain(pds.url)
    const session = await agent.com.atproto.server.getSession()
    expect(JSON.stringify(session.data.didDoc)).toContain(pds.url)
  })

  it('describes a repo, with the DID document from the directory', async () => {
    const { agent, did } = await newAccount('described')
    const res = await agent.com.atproto.repo.describeRepo({ repo: did })
    expect(res.data).toMatchObject({ did, handle: 'described.test', handleIsCorrect: true })
    expect(JSON.stringify(res.data.didDoc)).toContain(pds.url)
  })

  it('deactivates and activates an account (activation checks the DID document)', async () => {
    const { agent, did } = await newAccount('cycled')
    await agent.com.atproto.server.deactivateAccount({})
    expect((await agent.com.atproto.server.getSession()).data.active).toBe(false)
    await agent.com.atproto.server.activateAccount()
    expect((await agent.com.atproto.server.getSession()).data.active).toBe(true)
    const status = await agent.com.atproto.server.checkAccountStatus()
    expect(status.data).toMatchObject({ activated: true, validDid: true })
    expect((await agent.com.atproto.sync.getRepoStatus({ did })).data.active).toBe(true)
  })

  it('serves a deactivated repo to its account and the operator, not to anyone else', async () => {
    const { agent, did } = await newAccount('resting')
    await agent.com.atproto.server.deactivateAccount({})
    const url = `${pds.url}/xrpc/com.atproto.sync.getLatestCommit?did=${did}`
    const anonymous = await fetch(url)
    expect(anonymous.status).toBe(400)
    expect(((await anonymous.json()) as { error: string }).error).toBe('RepoDeactivated')
    const operator = await fetch(url, {
      headers: { authorization: `Basic ${Buffer.from(`admin:${ADMIN_TOKEN}`).toString('base64')}` },
    })
    expect(operator.status).toBe(200)
    const own = await agent.com.atproto.sync.getLatestCommit({ did })
    expect(own.data.rev).toMatch(/^[a-z2-7]{13}$/)
  })

  it("verifies service auth signed by a did:plc account's key, and refuses another key", async () => {
    const home = agentFor(ref)
    const created = await home.createAccount({
      handle: 'wanderer.test',
      email: 'wanderer@example.com',
      password: 'wanderer-password',
    })
    const did = created.data.did
    const aud = (await agentFor(pds).com.atproto.server.describeServer()).data.did
    const forged = await createServiceJwt({
      iss: did,
      aud,
      lxm: 'com.atproto.server.createAccount',
      keypair: await Secp256k1Keypair.create(),
    })
    const input = {
      did,
      handle: 'wanderer.test',
      email: 'wanderer@example.com',
      password: 'wanderer-password',
      inviteCode: await pds.inviteCode(),
    }
    const refused = await agentFor(pds)
      .com.atproto.server.createAccount(input, {
        headers: { authorization: `Bearer ${forged}` },
        encoding: 'application/json',
      })
      .catch((err: unknown) => err)
    expect(refused).toMatchObject({ status: 401, error: 'BadJwtSignature' })

    const token = await home.com.atproto.server.getServiceAuth({
      aud,
      lxm: 'com.atproto.server.createAccount',
    })
    const res = await agentFor(pds).com.atproto.server.createAccount(input, {
      headers: { authorization: `Bearer ${token.data.token}` },
      encoding: 'application/json',
    })
    expect(res.data.did).toBe(did)
    expect((await pds.pds.ctx.accounts.getAccount(did))?.status).toBe('deactivated')
  })

  it('does not fetch a did:web document from a loopback host to verify service auth', async () => {
    const aud = (await agentFor(pds).com.atproto.server.describeServer()).data.did
    const token = await createServiceJwt({
      iss: didWeb.did,
      aud,
      lxm: 'com.atproto.server.createAccount',
      keypair: didWeb.key,
    })
    const refused = await agentFor(pds)
      .com.atproto.server.createAccount(
        {
          did: didWeb.did,
          handle: 'web.test',
          email: 'web@example.com',
          password: 'web-password',
          inviteCode: await pds.inviteCode(),
        },
        { headers: { authorization: `Bearer ${token}` }, encoding: 'application/json' },
      )
      .catch((err: unknown) => err)
    expect(refused).toMatchObject({
      status: 401,
      error: 'AuthenticationRequired',
      message: 'could not resolve iss did',
    })
  })
})

describe('createIdResolver', () => {
  it('resolves did:plc through the configured directory, whatever its scheme', async () => {
    const { did } = await newAccount('resolved')
    const resolver = createIdResolver({ plcUrl: plc.url, env: 'production' })
    expect((await resolver.did.resolveAtprotoData(did)).pds).toBe(pds.url)
  })

  it('keeps the SSRF-protected fetch for did:web in production, not in development', async () => {
    const production = createIdResolver({ plcUrl: plc.url, env: 'production' })
    await expect(production.did.resolve(didWeb.did)).rejects.toThrow()
    const development = createIdResolver({ plcUrl: plc.url, env: 'development' })
    expect((await development.did.resolveAtprotoData(didWeb.did)).pds).toBe(pds.url)
  })
})
