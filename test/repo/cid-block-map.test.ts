import { cidForCbor, type Cid } from '@atproto/lex-data'
import { encode } from '@atproto/lex-cbor'
import { BlockMap } from '@atproto/repo'
import { describe, expect, it } from 'vitest'
import { CidBlockMap } from '../../src/repo/cid-block-map.ts'

async function block(n: number): Promise<[Cid, Uint8Array]> {
  const bytes = encode({ n })
  return [await cidForCbor(bytes), bytes]
}

const entries = (map: BlockMap) => [...map].map(([cid, bytes]) => [cid.toString(), bytes])

describe('CidBlockMap', () => {
  it('holds and yields what a BlockMap does, in the same order, handing back the CIDs it was given', async () => {
    const blocks = await Promise.all([1, 2, 3, 4].map(block))
    const kept = new CidBlockMap()
    const plain = new BlockMap()
    for (const map of [kept, plain]) {
      for (const [cid, bytes] of blocks) map.set(cid, bytes)
      map.delete(blocks[1]![0])
      map.set(blocks[0]![0], blocks[0]![1])
      map.addMap(new BlockMap([blocks[1]!]))
    }
    expect(entries(kept)).toEqual(entries(plain))
    expect(kept.equals(plain)).toBe(true)
    expect(kept.size).toBe(4)
    expect([...kept.keys()].map(String)).toEqual([...plain.keys()].map(String))
    // The same objects, not CIDs parsed again from their strings.
    expect([...kept.keys()][0]).toBe(blocks[0]![0])
    expect([...kept][2]![0]).toBe(blocks[3]![0])

    kept.clear()
    expect([...kept]).toEqual([])
    expect(kept.size).toBe(0)
  })
})
