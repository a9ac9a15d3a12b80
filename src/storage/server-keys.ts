import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import * as ui8 from 'uint8arrays'
import { NativeSecp256k1Keypair } from '../crypto/secp256k1-keypair.ts'

/**
 * The server's PLC rotation key, created once in `keys/` and never rewritten. Native, like the
 * accounts' keys: `@atproto/crypto`'s pure-JS key builds its point tables on the first public
 * key, ~40 ms of every start-up.
 */
export async function loadOrCreateRotationKey(keysDir: string): Promise<NativeSecp256k1Keypair> {
  const file = path.join(keysDir, 'rotation.key')
  if (existsSync(file)) {
    return NativeSecp256k1Keypair.import(readFileSync(file, 'utf8').trim())
  }
  const key = NativeSecp256k1Keypair.create()
  writeFileSync(file, ui8.toString(await key.export(), 'hex') + '\n', { mode: 0o600, flag: 'wx' })
  return key
}
