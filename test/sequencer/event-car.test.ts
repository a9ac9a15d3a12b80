import { BlockMap, blocksToCarFile, readCarWithRoot } from '@atproto/repo'
import { CarReader } from '@ipld/car'
import { describe, expect, it } from 'vitest'
import { carFile, formatCommitEvent } from '../../src/sequencer/events.ts'
import { TestRepo } from './test-repo.ts'

const POST = 'app.bsky.feed.post'

describe("events' CAR files", () => {
  it('are the bytes blocksToCarFile writes, and both CAR readers take them', async () => {
    const { repo, genesis } = await TestRepo.create('did:plc:eventcar0000000000000000')
    const commits = [genesis]
    for (let i = 0; i < 40; i++) {
      const rkey = `3kcar${String(i).padStart(8, '0')}`
      const text = `post ${i} ${'x'.repeat(i * 37)}`
      commits.push(await repo.create(POST, rkey, { $type: POST, text, createdAt: '2026-01-01' }))
    }
    commits.push(await repo.delete(POST, '3kcar00000003'))
    for (const { commit, ops } of commits) {
      const blocks = new BlockMap()
      blocks.addMap(commit.newBlocks)
      blocks.addMap(commit.relevantBlocks)
      const car = carFile(commit.cid, blocks)
      expect(Buffer.from(car)).toEqual(Buffer.from(await blocksToCarFile(commit.cid, blocks)))

      const read = await readCarWithRoot(car)
      expect(read.root.toString()).toBe(commit.cid.toString())
      expect(read.blocks.size).toBe(blocks.size)
      const reader = await CarReader.fromBytes(car)
      expect((await reader.getRoots()).map(String)).toEqual([commit.cid.toString()])
      for await (const block of reader.blocks()) {
        expect(Buffer.from(block.bytes)).toEqual(Buffer.from(blocks.get(block.cid) as Uint8Array))
      }
      expect(
        Buffer.from(formatCommitEvent(repo.did, commit, ops).body.blocks as Uint8Array),
      ).toEqual(Buffer.from(car))
    }
  })
})
