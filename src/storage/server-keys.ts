import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { Secp256k1Keypair } from '@atproto/crypto'
import * as ui8 from 'uint8arrays'

/** The server's PLC rotation key, created once in `keys/` and never rewritten. */
export async function loadOrCreateRotationKey(keysDir: string): Promise<Secp256k1Keypair> {
  const file = path.join(keysDir, 'rotation.key')
  if (existsSync(file)) {
    const hex = readFileSync(file, 'utf8').trim()
    return Secp256k1Keypair.import(hex, { exportable: true })
  }
  const key = await Secp256k1Keypair.create({ exportable: true })
  writeFileSync(file, ui8.toString(await key.export(), 'hex') + '\n', { mode: 0o600, flag: 'wx' })
  return key
}
