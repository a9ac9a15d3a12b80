import { once } from 'node:events'
import { Frame } from '@atproto/xrpc-server'
import WebSocket from 'ws'
import { connectToLookup } from '../network.ts'
import type { Gate } from './types.ts'

const EVENT_TIMEOUT_MS = 15_000

interface CommitBody {
  repo?: string
  rev?: string
  ops?: Array<{ path?: string }>
}

export const firehoseGate: Gate = {
  id: 'firehose',
  title: 'Firehose WebSocket upgrade and an event after a write',
  async run(ctx) {
    const agent = await ctx.session.agent()
    const did = agent.assertDid
    const wsUrl = `${ctx.url.replace(/^http/, 'ws')}/xrpc/com.atproto.sync.subscribeRepos`
    const lookup = connectToLookup(new URL(wsUrl), ctx.network.connectTo)
    const socket = new WebSocket(wsUrl, {
      rejectUnauthorized: !ctx.network.insecure,
      ...(lookup !== undefined && { lookup: lookup as never }),
    })
    try {
      // 'open' follows 'upgrade' synchronously, so both are listened for before waiting.
      let upgradeStatus: number | undefined
      socket.once('upgrade', (res: { statusCode?: number }) => (upgradeStatus = res.statusCode))
      await Promise.race([
        once(socket, 'open'),
        once(socket, 'unexpected-response').then(([, res]) => {
          throw new Error(
            `the upgrade was refused with HTTP ${(res as { statusCode?: number }).statusCode}`,
          )
        }),
        once(socket, 'error').then(([err]) => {
          throw err as Error
        }),
      ])
      const evidence = [`upgrade to ${wsUrl}: HTTP ${upgradeStatus}`]

      // The event usually arrives before the write's HTTP answer, so commits are collected first.
      const commits: CommitBody[] = []
      let notify = (): void => {}
      socket.on('message', (data: Buffer) => {
        const frame = Frame.fromBytes(data)
        if (
          'type' in frame &&
          frame.type === '#commit' &&
          (frame.body as CommitBody).repo === did
        ) {
          commits.push(frame.body as CommitBody)
          notify()
        }
      })
      const started = performance.now()
      const post = await agent.com.atproto.repo.createRecord({
        repo: did,
        collection: 'app.bsky.feed.post',
        record: {
          $type: 'app.bsky.feed.post',
          text: 'tempest release check (firehose)',
          createdAt: new Date().toISOString(),
        },
      })
      const rev = post.data.commit?.rev
      const event = await new Promise<CommitBody>((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              new Error(`no #commit rev ${rev} for ${did} within ${EVENT_TIMEOUT_MS / 1000} s`),
            ),
          EVENT_TIMEOUT_MS,
        )
        socket.once('close', (code) => reject(new Error(`the firehose closed (code ${code})`)))
        notify = () => {
          const found = commits.find((c) => c.rev === rev)
          if (found) {
            clearTimeout(timer)
            resolve(found)
          }
        }
        notify()
      })
      evidence.push(
        `#commit rev ${event.rev} for ${did} arrived ${Math.round(performance.now() - started)} ms after the write`,
      )
      await agent.com.atproto.repo.deleteRecord({
        repo: did,
        collection: 'app.bsky.feed.post',
        rkey: post.data.uri.split('/').pop() as string,
      })
      return evidence
    } finally {
      socket.terminate()
    }
  },
}
