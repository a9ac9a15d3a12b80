import { readFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { Secp256k1Keypair, verifySignature } from '@atproto/crypto'
import * as ui8 from 'uint8arrays'
import { describe, expect, it } from 'vitest'
import { NativeSecp256k1Keypair } from '../../src/crypto/secp256k1-keypair.ts'

const fixture = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8')) as T

const didKeys =
  fixture<{ privateKeyBytesHex: string; publicDidKey: string }[]>('w3c_didkey_K256.json')
const signatures = fixture<
  {
    comment: string
    messageBase64: string
    publicKeyDid: string
    signatureBase64: string
    validSignature: boolean
  }[]
>('signature-fixtures-k256.json')

/** secp256k1's group order halved: a low-S signature's S is at most this. */
const HALF_ORDER = BigInt('0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0')

describe('NativeSecp256k1Keypair', () => {
  it.each(didKeys)('derives the interop did:key of $publicDidKey', (k) => {
    expect(NativeSecp256k1Keypair.import(k.privateKeyBytesHex).did()).toBe(k.publicDidKey)
  })

  it('makes byte for byte the signatures @atproto/crypto makes, which it verifies strictly', async () => {
    for (const k of didKeys) {
      const native = NativeSecp256k1Keypair.import(k.privateKeyBytesHex)
      const reference = await Secp256k1Keypair.import(k.privateKeyBytesHex)
      for (const msg of [
        new Uint8Array(0),
        randomBytes(1),
        randomBytes(300),
        randomBytes(70_000),
      ]) {
        const sig = await native.sign(msg)
        expect(sig).toEqual(await reference.sign(msg))
        expect(await verifySignature(k.publicDidKey, msg, sig)).toBe(true)
        // A different message does not verify: the signature covers the message's SHA-256.
        expect(await verifySignature(k.publicDidKey, randomBytes(32), sig)).toBe(false)
      }
    }
  })

  it('signs in the compact low-S form the interop fixtures require', async () => {
    const key = NativeSecp256k1Keypair.create()
    for (let i = 0; i < 200; i++) {
      const sig = await key.sign(randomBytes(64))
      expect(sig.length).toBe(64)
      expect(BigInt('0x' + ui8.toString(sig.subarray(32), 'hex')) <= HALF_ORDER).toBe(true)
    }
    // The verifier the tests rely on enforces exactly the fixtures' rules: a high-S signature is
    // refused, a DER-encoded one too (it throws on the length).
    for (const f of signatures) {
      const msg = ui8.fromString(f.messageBase64, 'base64')
      const sig = ui8.fromString(f.signatureBase64, 'base64')
      const verified = await verifySignature(f.publicKeyDid, msg, sig).catch(() => false)
      expect(verified, f.comment).toBe(f.validSignature)
    }
  })

  it('round-trips through its stored form and refuses an invalid private key', async () => {
    const key = NativeSecp256k1Keypair.create()
    const again = NativeSecp256k1Keypair.import(ui8.toString(await key.export(), 'hex'))
    expect(again.did()).toBe(key.did())
    expect(again.did()).toBe((await Secp256k1Keypair.import(await key.export())).did())
    expect(key.jwtAlg).toBe('ES256K')
    expect(() => NativeSecp256k1Keypair.import(new Uint8Array(32))).toThrow(/Invalid/)
  })
})
