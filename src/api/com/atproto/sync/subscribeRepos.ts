import { ErrorFrame, InvalidRequestError } from '@atproto/xrpc-server'
import type { Request, Response } from 'express'
import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'
import { eventMessage } from '../../../../sequencer/events.ts'
import { ConsumerTooSlowError, FirehoseSubscription } from '../../../../sequencer/subscription.ts'

/** How long a subscriber cut off for being too slow has to take its error frame before the socket is dropped. */
const TOO_SLOW_GRACE_MS = 10_000

const NSID = 'com.atproto.sync.subscribeRepos'

export default function (server: Server, ctx: AppContext): void {
  // A GET without the WebSocket upgrade (a browser, curl) is a client mistake on a method that
  // exists: 426 names the upgrade it needs, where xrpc-server would answer 501. Upgrades never
  // reach express routes.
  server.xrpc.routes.get(`/xrpc/${NSID}`, (_req: Request, res: Response) => {
    res
      .status(426)
      .setHeader('Upgrade', 'websocket')
      .setHeader('Connection', 'Upgrade')
      .json({
        error: 'InvalidRequest',
        message: `${NSID} is a WebSocket subscription: connect with an Upgrade: websocket request (wss://)`,
      })
  })
  server.com.atproto.sync.subscribeRepos(async function* ({ params, signal, req }) {
    const { sequencer } = ctx
    let from = params.cursor
    if (from !== undefined) {
      if (from > sequencer.head()) {
        throw new InvalidRequestError('Cursor in the future.', 'FutureCursor')
      }
      const trimmedThrough = sequencer.trimmedThrough()
      if (from < trimmedThrough) {
        yield {
          $type: '#info',
          name: 'OutdatedCursor',
          message: 'Requested cursor exceeded limit. Possibly missing events',
        }
        from = trimmedThrough
      }
    }

    let dropTimer: NodeJS.Timeout | undefined
    const subscription = new FirehoseSubscription(sequencer, {
      maxBuffer: ctx.cfg.firehoseBuffer,
      maxBufferBytes: ctx.cfg.firehoseBufferBytes,
      // A consumer that stopped reading cannot take the error frame; its socket is closed instead.
      onOverflow: () => {
        ctx.metrics.firehoseDropped.inc()
        dropTimer = setTimeout(() => req.socket.destroy(), TOO_SLOW_GRACE_MS).unref()
      },
    })
    try {
      for await (const evt of subscription.events(from, signal)) {
        yield eventMessage(evt)
        ctx.metrics.firehoseEventsSent.inc()
      }
    } catch (err) {
      if (!(err instanceof ConsumerTooSlowError)) throw err
      yield new ErrorFrame({ error: 'ConsumerTooSlow', message: err.message })
    } finally {
      clearTimeout(dropTimer)
    }
  })
}
