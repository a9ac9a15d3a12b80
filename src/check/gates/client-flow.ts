import { readCarWithRoot } from '@atproto/repo'
import { CID } from 'multiformats/cid'
import { expectJson, type Gate } from './types.ts'

// A 1x1 PNG: enough for the server to sniff the type and store a real image blob.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYPgPAAEDAQAIicLsAAAAAElFTkSuQmCC',
  'base64',
)

export const clientFlowGate: Gate = {
  id: 'client-flow',
  title: 'Real-client flow: login, refresh, profile, post with image, sync reads, logout',
  async run(ctx) {
    const evidence: string[] = []
    const agent = await ctx.session.agent()
    const did = agent.assertDid
    const session = agent.session
    if (session === undefined) throw new Error('login gave no session')
    evidence.push(`login as ${session.handle} (${did})`)

    const refreshed = await expectJson(
      await ctx.fetch(`${ctx.url}/xrpc/com.atproto.server.refreshSession`, {
        method: 'POST',
        headers: { authorization: `Bearer ${session.refreshJwt}` },
      }),
      'refreshSession',
    )
    const accessJwt = refreshed.accessJwt as string
    const refreshJwt = refreshed.refreshJwt as string
    await expectJson(
      await ctx.fetch(`${ctx.url}/xrpc/com.atproto.server.getSession`, {
        headers: { authorization: `Bearer ${accessJwt}` },
      }),
      'getSession with the refreshed token',
    )
    evidence.push('refresh: new token pair works')
    const client = ctx.session.newAgent()
    await client.resumeSession({ ...session, accessJwt, refreshJwt, active: true })

    const repo = client.com.atproto.repo
    const existing = await repo
      .getRecord({ repo: did, collection: 'app.bsky.actor.profile', rkey: 'self' })
      .catch(() => undefined)
    const profile = await repo.putRecord({
      repo: did,
      collection: 'app.bsky.actor.profile',
      rkey: 'self',
      record: existing?.data.value ?? { $type: 'app.bsky.actor.profile' },
      ...(existing?.data.cid !== undefined && { swapRecord: existing.data.cid }),
    })
    evidence.push(
      `profile written (${existing ? 'kept as it was' : 'created empty'}): ${profile.data.cid}`,
    )

    const blob = await repo.uploadBlob(PNG, { encoding: 'image/png' })
    const post = await repo.createRecord({
      repo: did,
      collection: 'app.bsky.feed.post',
      record: {
        $type: 'app.bsky.feed.post',
        text: 'tempest release check',
        createdAt: new Date().toISOString(),
        embed: {
          $type: 'app.bsky.embed.images',
          images: [{ image: blob.data.blob, alt: 'release check' }],
        },
      },
    })
    const rkey = post.data.uri.split('/').pop() as string
    evidence.push(`post ${post.data.uri} at rev ${post.data.commit?.rev}`)
    try {
      const blobCid = blob.data.blob.ref.toString()
      const read = await ctx.fetch(
        `${ctx.url}/xrpc/com.atproto.sync.getBlob?did=${did}&cid=${blobCid}`,
      )
      const bytes = Buffer.from(await read.arrayBuffer())
      if (!read.ok || !bytes.equals(PNG))
        throw new Error(`getBlob ${blobCid} answered HTTP ${read.status} with other bytes`)
      evidence.push(`blob ${blobCid} uploaded and read back (${read.headers.get('content-type')})`)

      const latest = await client.com.atproto.sync.getLatestCommit({ did })
      if (latest.data.rev !== post.data.commit?.rev) {
        throw new Error(
          `getLatestCommit rev ${latest.data.rev} is not the post's rev ${post.data.commit?.rev}`,
        )
      }
      const car = await client.com.atproto.sync.getRepo({ did })
      const { root, blocks } = await readCarWithRoot(car.data)
      if (!root.equals(CID.parse(latest.data.cid)) || !blocks.has(CID.parse(post.data.cid))) {
        throw new Error('getRepo does not hold the latest commit and the new post')
      }
      evidence.push(`getLatestCommit and getRepo (${car.data.byteLength} bytes) show the write`)
    } finally {
      await repo.deleteRecord({ repo: did, collection: 'app.bsky.feed.post', rkey })
    }

    await client.logout()
    const after = await ctx.fetch(`${ctx.url}/xrpc/com.atproto.server.refreshSession`, {
      method: 'POST',
      headers: { authorization: `Bearer ${refreshJwt}` },
    })
    if (after.ok) throw new Error('the refresh token still works after logout')
    evidence.push(`logout: the refresh token is refused (HTTP ${after.status})`)
    return evidence
  },
}
