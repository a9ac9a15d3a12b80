import type { AtpAgent, BlobRef } from '@atproto/api'
import { IdResolver } from '@atproto/identity'
import { verifyRepoCar } from '@atproto/repo'
import { agentFor, type Peer } from './peers.ts'

export interface Credentials {
  did: string
  handle: string
  email: string
  password: string
}

/** A 1x1 PNG; a distinct tail after IEND makes each copy a distinct blob. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
)

function pngBytes(i: number): Uint8Array {
  return Buffer.concat([PNG, Buffer.from(`tempest-migration-image-${i}`)])
}

/**
 * Fills an account the way a real one looks: `posts` posts (in applyWrites batches), the first
 * `images - 1` with an image, and a profile whose avatar is the last image.
 */
export async function seedAccount(
  agent: AtpAgent,
  did: string,
  opts: { posts: number; images: number },
): Promise<BlobRef[]> {
  const blobs: BlobRef[] = []
  for (let i = 0; i < opts.images; i++) {
    const res = await agent.com.atproto.repo.uploadBlob(pngBytes(i), { encoding: 'image/png' })
    blobs.push(res.data.blob)
  }
  const posts = Array.from({ length: opts.posts }, (_, i) => ({
    $type: 'com.atproto.repo.applyWrites#create' as const,
    collection: 'app.bsky.feed.post',
    value: {
      $type: 'app.bsky.feed.post',
      text: `post ${i}`,
      createdAt: new Date(Date.UTC(2024, 0, 1, 0, 0, i)).toISOString(),
      ...(i < blobs.length - 1 && {
        embed: {
          $type: 'app.bsky.embed.images',
          images: [{ image: blobs[i], alt: `image ${i}` }],
        },
      }),
    },
  }))
  for (let i = 0; i < posts.length; i += 200) {
    await agent.com.atproto.repo.applyWrites({ repo: did, writes: posts.slice(i, i + 200) })
  }
  await agent.com.atproto.repo.putRecord({
    repo: did,
    collection: 'app.bsky.actor.profile',
    rkey: 'self',
    record: {
      $type: 'app.bsky.actor.profile',
      displayName: 'Migrating',
      ...(blobs.length > 0 && { avatar: blobs[blobs.length - 1] }),
    },
  })
  return blobs
}

/**
 * The migration a client tool performs (as the official docs and goat do), one method per step
 * so a test can stop at any step or tamper with it.
 */
export class Migration {
  readonly oldAgent: AtpAgent
  readonly newAgent: AtpAgent

  constructor(
    readonly from: Peer,
    readonly to: Peer,
    readonly account: Credentials,
  ) {
    this.oldAgent = agentFor(from)
    this.newAgent = agentFor(to)
  }

  async login(): Promise<void> {
    await this.oldAgent.login({ identifier: this.account.did, password: this.account.password })
  }

  async createAccount(): Promise<void> {
    const desc = await this.newAgent.com.atproto.server.describeServer()
    const auth = await this.oldAgent.com.atproto.server.getServiceAuth({
      aud: desc.data.did,
      lxm: 'com.atproto.server.createAccount',
    })
    await this.newAgent.createAccount(
      {
        did: this.account.did,
        handle: this.account.handle,
        email: this.account.email,
        password: this.account.password,
      },
      { headers: { authorization: `Bearer ${auth.data.token}` } },
    )
    // The reference PDS answers createAccount with the DID document, which still names the old
    // server, and the client would follow it; a migration tool talks to the new server until the
    // DID moves. (Tempest sends the document only once it names Tempest.)
    this.newAgent.sessionManager.pdsUrl = undefined
  }

  async exportRepo(): Promise<Uint8Array> {
    const res = await this.oldAgent.com.atproto.sync.getRepo({ did: this.account.did })
    return res.data
  }

  async importRepo(car?: Uint8Array): Promise<void> {
    await this.newAgent.com.atproto.repo.importRepo(car ?? (await this.exportRepo()), {
      encoding: 'application/vnd.ipld.car',
    })
  }

  /** Copies every blob the new server lists as missing; `skip` leaves some behind. */
  async transferBlobs(skip: (cid: string) => boolean = () => false): Promise<number> {
    let cursor: string | undefined
    let copied = 0
    do {
      const page = await this.newAgent.com.atproto.repo.listMissingBlobs({ cursor, limit: 100 })
      for (const { cid } of page.data.blobs) {
        if (skip(cid)) continue
        const blob = await this.oldAgent.com.atproto.sync.getBlob({ did: this.account.did, cid })
        await this.newAgent.com.atproto.repo.uploadBlob(blob.data, {
          encoding: blob.headers['content-type'],
        })
        copied++
      }
      cursor = page.data.cursor
    } while (cursor)
    return copied
  }

  async requestToken(): Promise<string> {
    await this.oldAgent.com.atproto.identity.requestPlcOperationSignature()
    return this.from.plcToken(this.account.did, this.account.handle)
  }

  async signOperation(token: string, override: Record<string, unknown> = {}): Promise<unknown> {
    const creds = await this.newAgent.com.atproto.identity.getRecommendedDidCredentials()
    const res = await this.oldAgent.com.atproto.identity.signPlcOperation({
      token,
      ...creds.data,
      ...override,
    })
    return res.data.operation
  }

  async submitOperation(operation: unknown): Promise<void> {
    await this.newAgent.com.atproto.identity.submitPlcOperation({
      operation: operation as Record<string, unknown>,
    })
  }

  async activate(): Promise<void> {
    await this.newAgent.com.atproto.server.activateAccount()
  }

  async deactivateOld(): Promise<void> {
    await this.oldAgent.com.atproto.server.deactivateAccount({})
  }

  /** The whole flow; returns what the old server held (what must arrive intact). */
  async run(): Promise<{ car: Uint8Array; blobs: string[] }> {
    await this.login()
    await this.createAccount()
    const car = await this.exportRepo()
    await this.importRepo(car)
    await this.transferBlobs()
    await this.submitOperation(await this.signOperation(await this.requestToken()))
    await this.activate()
    const blobs = await this.oldAgent.com.atproto.sync.listBlobs({ did: this.account.did })
    await this.deactivateOld()
    return { car, blobs: blobs.data.cids }
  }
}

/** The DID document's PDS endpoint and signing key, fresh from the directory. */
export async function didData(
  plcUrl: string,
  did: string,
): Promise<{ pds: string; signingKey: string; handle: string }> {
  const resolver = new IdResolver({ plcUrl, fetch: globalThis.fetch })
  return resolver.did.resolveAtprotoData(did, true)
}

/** Every record path of a repo CAR with its CID, sorted (what must survive a migration). */
export async function recordCids(car: Uint8Array, did: string): Promise<string[]> {
  const repo = await verifyRepoCar(car, did)
  return repo.creates.map((c) => `${c.collection}/${c.rkey} ${c.cid.toString()}`).sort()
}
