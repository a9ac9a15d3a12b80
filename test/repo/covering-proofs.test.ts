import { TID } from '@atproto/common'
import { cidForCbor } from '@atproto/lex-data'
import { encode } from '@atproto/lex-cbor'
import { BlockMap, MemoryBlockstore, MST } from '@atproto/repo'
import { describe, expect, it } from 'vitest'
import { coveringProofs } from '../../src/repo/covering-proofs.ts'

async function tree(keys: string[]): Promise<MST> {
  let mst = await MST.create(new MemoryBlockstore())
  for (const [i, key] of keys.entries()) mst = await mst.add(key, await cidForCbor(encode({ i })))
  return mst
}

function cids(blocks: BlockMap): string[] {
  return blocks.cids().map(String).sort()
}

describe('coveringProofs', () => {
  it('selects exactly the blocks of the library covering proofs, for present and absent keys', async () => {
    const keys = Array.from({ length: 600 }, () => `app.bsky.feed.like/${TID.nextStr()}`)
    const mst = await tree(keys)
    await mst.getPointer()
    const probes = [
      ...keys.filter((_, i) => i % 37 === 0),
      'app.bsky.feed.like/2222222222222',
      'app.bsky.feed.like/zzzzzzzzzzzzz',
      'app.bsky.actor.profile/self',
      `app.bsky.feed.like/${TID.nextStr()}`,
    ]
    const expected = new BlockMap()
    for (const key of probes) expected.addMap(await mst.getCoveringProof(key))
    expect(cids(await coveringProofs(mst, probes))).toEqual(cids(expected))
    // With some nodes' blocks already known (as a commit's new nodes are): the same blocks, byte
    // for byte.
    const known = new BlockMap()
    for (const [i, node] of (await mst.allNodes()).entries()) {
      if (i % 2 === 0 && node.isTree())
        known.set(await node.getPointer(), (await node.serialize()).bytes)
    }
    const withKnown = await coveringProofs(mst, probes, known)
    expect(withKnown.equals(expected)).toBe(true)
    for (const key of probes.slice(0, 5)) {
      expect(cids(await coveringProofs(mst, [key]))).toEqual(cids(await mst.getCoveringProof(key)))
    }
  })
})
