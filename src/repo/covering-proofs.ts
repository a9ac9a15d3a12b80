import type { Cid } from '@atproto/lex-data'
import type { BlockMap, MST } from '@atproto/repo'
import { CidBlockMap } from './cid-block-map.ts'

type Serialized = { cid: Cid; bytes: Uint8Array }

/**
 * The union of `MST.getCoveringProof(key)` over many keys of one (finished) tree: for each key,
 * the nodes on its path and on the paths to its neighbours, which a firehose consumer needs to
 * undo the commit's ops. It walks exactly as `@atproto/repo`'s proofForKey / proofForLeftSib /
 * proofForRightSib do, but serialises each node once per commit instead of once per visit (the
 * library re-encodes and re-hashes a node every time a proof passes through it, which made a
 * 200-write commit spend most of its time here). A node whose bytes are in `known` (the commit's
 * new nodes, which the diff has serialised already) is not serialised again.
 */
export async function coveringProofs(
  root: MST,
  keys: Iterable<string>,
  known?: BlockMap,
): Promise<BlockMap> {
  const serialized = new Map<MST, Promise<Serialized>>()
  const blocks = new CidBlockMap()
  const add = async (node: MST) => {
    let found = serialized.get(node)
    if (!found) {
      found = serializeOnce(node, known)
      serialized.set(node, found)
    }
    const { cid, bytes } = await found
    blocks.set(cid, bytes)
  }

  const proofForKey = async (node: MST, key: string): Promise<void> => {
    const index = await node.findGtOrEqualLeafIndex(key)
    const found = await node.atIndex(index)
    if (!(found && found.isLeaf() && found.key === key)) {
      const prev = await node.atIndex(index - 1)
      if (!prev || prev.isLeaf()) return
      await proofForKey(prev, key)
    }
    await add(node)
  }
  const proofForLeftSib = async (node: MST, key: string): Promise<void> => {
    const index = await node.findGtOrEqualLeafIndex(key)
    const prev = await node.atIndex(index - 1)
    if (prev && prev.isTree()) await proofForLeftSib(prev, key)
    await add(node)
  }
  const proofForRightSib = async (node: MST, key: string): Promise<void> => {
    const index = await node.findGtOrEqualLeafIndex(key)
    const found = (await node.atIndex(index)) ?? (await node.atIndex(index - 1))
    if (found?.isTree()) {
      await proofForRightSib(found, key)
    } else if (found?.isLeaf()) {
      const next = found.key === key ? await node.atIndex(index + 1) : await node.atIndex(index - 1)
      if (next && next.isTree()) await proofForRightSib(next, key)
    }
    await add(node)
  }

  for (const key of keys) {
    await proofForKey(root, key)
    await proofForLeftSib(root, key)
    await proofForRightSib(root, key)
  }
  return blocks
}

/** The node's block: from `known` when its current pointer is there, else serialised. */
async function serializeOnce(node: MST, known: BlockMap | undefined): Promise<Serialized> {
  if (known) {
    // Cheap once the tree's root pointer is computed: every pointer below it is then current.
    const cid = await node.getPointer()
    const bytes = known.get(cid)
    if (bytes) return { cid, bytes }
  }
  return node.serialize()
}
