import { createHash, randomBytes } from 'node:crypto'
import { SECP256K1_JWT_ALG, formatDidKey, type ExportableKeypair } from '@atproto/crypto'
// The native binding itself, not the package's entry point, which falls back silently to a
// pure-JS implementation when the addon does not load: a missing addon should fail loudly.
import secp256k1 from 'secp256k1/bindings.js'
import * as ui8 from 'uint8arrays'

/**
 * An account's secp256k1 key, signing with libsecp256k1 (the `secp256k1` package's prebuilt
 * addon): ~0.1 ms a signature against ~0.5-1 ms for `@atproto/crypto`'s pure-JS signer, which was
 * the largest single cost of a commit. The signatures are the same bytes: SHA-256 of the message,
 * RFC 6979 nonces, low-S, 64-byte compact, as `@atproto/crypto`'s `Secp256k1Keypair` makes them
 * and its `verifySignature` requires.
 */
export class NativeSecp256k1Keypair implements ExportableKeypair {
  readonly jwtAlg = SECP256K1_JWT_ALG
  private didKey: string | undefined

  private constructor(private readonly privateKey: Uint8Array) {}

  static create(): NativeSecp256k1Keypair {
    for (;;) {
      const key = randomBytes(32)
      if (secp256k1.privateKeyVerify(key)) return new NativeSecp256k1Keypair(key)
    }
  }

  /** From the private key's 32 bytes, or their hex, as stored. */
  static import(key: Uint8Array | string): NativeSecp256k1Keypair {
    const bytes = typeof key === 'string' ? ui8.fromString(key, 'hex') : key
    if (!secp256k1.privateKeyVerify(bytes)) throw new Error('Invalid secp256k1 private key')
    return new NativeSecp256k1Keypair(bytes)
  }

  did(): string {
    this.didKey ??= formatDidKey(this.jwtAlg, secp256k1.publicKeyCreate(this.privateKey, true))
    return this.didKey
  }

  async sign(msg: Uint8Array): Promise<Uint8Array> {
    const digest = createHash('sha256').update(msg).digest()
    return secp256k1.ecdsaSign(digest, this.privateKey).signature
  }

  async export(): Promise<Uint8Array> {
    return this.privateKey
  }
}
