import { createHash } from 'node:crypto'
import { cborEncode } from '@atproto/common'
import type { Keypair } from '@atproto/crypto'
import type { DidDocument } from '@atproto/identity'
import * as ui8 from 'uint8arrays'

/**
 * A did:plc genesis operation and its directory round trips, for signup only. `@did-plc/lib`
 * makes the same bytes (`createOp`; test/identity/plc-genesis.test.ts holds the two equal), but
 * it is a 1 MB bundle with its own copies of zod, axios and the curve code: loading it was ~130
 * ms of a first signup, and the heap it left ~60 ms of collection. Updates, recovery and
 * migration keep using the library, which they load on first use.
 */
export interface PlcGenesisOperation {
  type: 'plc_operation'
  verificationMethods: { atproto: string }
  rotationKeys: string[]
  alsoKnownAs: string[]
  services: { atproto_pds: { type: 'AtprotoPersonalDataServer'; endpoint: string } }
  prev: null
  sig: string
}

/** How long a signup waits for the directory before giving up (and undoing the signup). */
const DIRECTORY_TIMEOUT_MS = 15_000

/** The signed operation and the DID it names: the first 24 base32 characters of its hash. */
export async function plcGenesis(opts: {
  signingKeyDid: string
  rotationKeys: string[]
  handle: string
  pds: string
  signer: Keypair
}): Promise<{ did: string; op: PlcGenesisOperation }> {
  const unsigned = {
    type: 'plc_operation' as const,
    verificationMethods: { atproto: opts.signingKeyDid },
    rotationKeys: opts.rotationKeys,
    alsoKnownAs: [`at://${opts.handle}`],
    services: {
      atproto_pds: { type: 'AtprotoPersonalDataServer' as const, endpoint: opts.pds },
    },
    prev: null,
  }
  const sig = await opts.signer.sign(cborEncode(unsigned))
  const op = { ...unsigned, sig: ui8.toString(sig, 'base64url') }
  const hash = createHash('sha256').update(cborEncode(op)).digest()
  return { did: `did:plc:${ui8.toString(hash, 'base32').slice(0, 24)}`, op }
}

/** POSTs the operation to the directory; throws with the directory's answer if it refuses. */
export async function submitGenesis(
  plcUrl: string,
  did: string,
  op: PlcGenesisOperation,
): Promise<void> {
  const res = await fetch(`${plcUrl}/${encodeURIComponent(did)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(op),
    signal: AbortSignal.timeout(DIRECTORY_TIMEOUT_MS),
  })
  const body = await res.text()
  if (!res.ok) {
    throw new Error(`the PLC directory refused the genesis operation (${res.status}): ${body}`)
  }
}

/** The DID document the directory serves, or `undefined` when it cannot be read. */
export async function directoryDocument(
  plcUrl: string,
  did: string,
): Promise<DidDocument | undefined> {
  try {
    const res = await fetch(`${plcUrl}/${encodeURIComponent(did)}`, {
      signal: AbortSignal.timeout(DIRECTORY_TIMEOUT_MS),
    })
    return res.ok ? ((await res.json()) as DidDocument) : undefined
  } catch {
    return undefined
  }
}
