import type { Cid } from '@atproto/lex-data'
import { BlockMap } from '@atproto/repo'

/**
 * A `BlockMap` that keeps the CID objects it was given. `BlockMap` keys its blocks by CID string
 * and parses every key again each time it is walked (~5 µs a CID here); a commit's blocks are
 * walked to store them and to frame its event, so the commit writer builds its maps with these.
 * Iteration order is `BlockMap`'s: insertion order.
 */
export class CidBlockMap extends BlockMap {
  private readonly kept = new Map<string, Cid>()

  override set(cid: Cid, bytes: Uint8Array): this {
    super.set(cid, bytes)
    this.kept.set(cid.toString(), cid)
    return this
  }

  override delete(cid: Cid): this {
    super.delete(cid)
    this.kept.delete(cid.toString())
    return this
  }

  override clear(): void {
    super.clear()
    this.kept.clear()
  }

  override *keys(): Generator<Cid, void, unknown> {
    yield* this.kept.values()
  }

  override *[Symbol.iterator](): Generator<[Cid, Uint8Array], void, unknown> {
    for (const cid of this.kept.values()) yield [cid, this.get(cid) as Uint8Array]
  }
}
