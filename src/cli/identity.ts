import { Secp256k1Keypair } from '@atproto/crypto'
import { type DidDocument, type IdResolver, parseToAtprotoDocument } from '@atproto/identity'
import { loadConfig, type Config } from '../config.ts'
import { dataDirLayout } from '../storage/data-dir.ts'
import { createIdResolver } from '../identity/resolver.ts'
import { readVersion } from '../version.ts'
import { localSigningKey } from './repo.ts'

export interface IdentityReport {
  did: string
  document: DidDocument
  handle: string | undefined
  pds: string | undefined
  signingKey: string | undefined
  /** This server's TEMPEST_PUBLIC_URL. */
  publicUrl: string
  /** The account's signing key here, when this server has the account. */
  localKey: string | undefined
}

/** A resolver for the configured PLC directory (see createIdResolver). */
export function identityResolver(cfg: Config): IdResolver {
  return createIdResolver({ plcUrl: cfg.plcUrl, env: cfg.env })
}

/** `tempest identity show <did>`: the DID document as the world sees it, against this server. */
export async function identityShow(did: string): Promise<IdentityReport> {
  const cfg = loadConfig(process.env, readVersion())
  if (cfg.plcUrl === undefined && did.startsWith('did:plc:')) {
    throw new Error('TEMPEST_PLC_URL is not set, so did:plc documents cannot be looked up')
  }
  const document = await identityResolver(cfg).did.resolve(did, true)
  if (!document) throw new Error(`${did} could not be resolved`)
  const hex = localSigningKey(dataDirLayout(cfg.dataDir).accountDb, did)
  const data = parseToAtprotoDocument(document)
  return {
    did,
    document,
    handle: data.handle,
    pds: data.pds,
    signingKey: data.signingKey,
    publicUrl: cfg.publicUrl,
    localKey: hex === undefined ? undefined : (await Secp256k1Keypair.import(hex)).did(),
  }
}

export function formatIdentityReport(r: IdentityReport): string {
  const here = r.pds === r.publicUrl
  const keyLine =
    r.localKey === undefined
      ? 'no account with this DID on this server'
      : r.localKey === r.signingKey
        ? 'matches the account key on this server'
        : `does NOT match the account key on this server (${r.localKey})`
  return [
    JSON.stringify(r.document, null, 2),
    `handle: ${r.handle ?? '(none)'}`,
    `pds: ${r.pds ?? '(none)'} (${here ? 'this server' : `not this server, which is ${r.publicUrl}`})`,
    `signing key: ${r.signingKey ?? '(none)'}: ${keyLine}`,
    here && r.localKey === r.signingKey
      ? 'the DID document points here'
      : 'the DID document does not point here',
  ].join('\n')
}
