import * as plc from '@did-plc/lib'
import { describe, expect, it } from 'vitest'
import { NativeSecp256k1Keypair } from '../../src/crypto/secp256k1-keypair.ts'
import { plcGenesis } from '../../src/identity/plc-genesis.ts'

describe('plcGenesis', () => {
  it('makes the operation and DID @did-plc/lib makes, which its checks accept', async () => {
    for (let i = 0; i < 5; i++) {
      const rotation = NativeSecp256k1Keypair.create()
      const signing = NativeSecp256k1Keypair.create()
      const recovery = NativeSecp256k1Keypair.create()
      const opts = {
        signingKeyDid: signing.did(),
        rotationKeys: i % 2 ? [recovery.did(), rotation.did()] : [rotation.did()],
        handle: `user${i}.example.test`,
        pds: 'https://pds.example.test',
      }
      const ours = await plcGenesis({ ...opts, signer: rotation })
      const theirs = await plc.createOp({
        ...opts,
        signingKey: opts.signingKeyDid,
        signer: rotation,
      })
      expect(ours).toEqual(theirs)
      expect(await plc.didForCreateOp(ours.op)).toBe(ours.did)
      // The directory's own validation of a genesis operation: schema, DID and signature.
      await expect(plc.assureValidNextOp(ours.did, [], ours.op)).resolves.toBeDefined()
    }
  })
})
