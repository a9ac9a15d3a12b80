// The part of the `secp256k1` package's native binding Tempest uses (the package ships no types).
declare module 'secp256k1/bindings.js' {
  const secp256k1: {
    privateKeyVerify(privateKey: Uint8Array): boolean
    publicKeyCreate(privateKey: Uint8Array, compressed?: boolean): Uint8Array
    /** Low-S, RFC 6979 nonce; `signature` is the 64-byte compact form. */
    ecdsaSign(msg32: Uint8Array, privateKey: Uint8Array): { signature: Uint8Array; recid: number }
  }
  export default secp256k1
}
