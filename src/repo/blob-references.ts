import type { BlobReferences } from '../blobs/blob-service.ts'
import type { RepoStoreCache } from './store-cache.ts'

/**
 * The blob service's questions about record -> blob references, answered from each account's repo
 * file (`record_blob`, which the commit writer keeps in the commit's own transaction) through the
 * shared store cache. An account without a repo file references nothing.
 */
export class RepoBlobReferences implements BlobReferences {
  constructor(private readonly stores: RepoStoreCache) {}

  async referencedAmong(did: string, cids: string[]): Promise<Set<string>> {
    return this.stores.with(did, (store) => store.blobsReferencedAmong(cids)) ?? new Set()
  }

  async listReferenced(
    did: string,
    opts: { since?: string; cursor?: string; limit: number },
  ): Promise<string[]> {
    return this.stores.with(did, (store) => store.referencedBlobs(opts)) ?? []
  }

  async listReferences(
    did: string,
    opts: { cursor?: string; limit: number },
  ): Promise<Array<{ cid: string; recordUri: string }>> {
    const refs = this.stores.with(did, (store) => store.blobReferences(opts)) ?? []
    return refs.map((r) => ({ cid: r.cid, recordUri: `at://${did}/${r.collection}/${r.rkey}` }))
  }
}
