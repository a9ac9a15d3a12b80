import { ErrorFrame, Frame, MessageFrame } from '@atproto/xrpc-server'
import WebSocket from 'ws'

export interface FirehoseMessage {
  /** The frame header's `t`, e.g. `#commit`. */
  type: string
  body: Record<string, unknown>
}

/** A raw subscribeRepos connection that records every frame, for asserting on exact streams. */
export class FirehoseClient {
  readonly messages: FirehoseMessage[] = []
  readonly errors: Array<{ error: string; message?: string }> = []
  readonly closed: Promise<{ code: number; reason: string }>
  readonly ws: WebSocket
  private waiters: Array<() => void> = []

  constructor(baseUrl: string, cursor?: number) {
    const url = new URL('/xrpc/com.atproto.sync.subscribeRepos', baseUrl.replace(/^http/, 'ws'))
    if (cursor !== undefined) url.searchParams.set('cursor', String(cursor))
    this.ws = new WebSocket(url)
    this.ws.on('message', (data: Buffer) => {
      const frame = Frame.fromBytes(data)
      if (frame instanceof ErrorFrame) this.errors.push(frame.body)
      else if (frame instanceof MessageFrame) {
        this.messages.push({ type: frame.type ?? '', body: frame.body as Record<string, unknown> })
      }
      this.notify()
    })
    this.closed = new Promise((resolve) =>
      this.ws.on('close', (code, reason) => {
        resolve({ code, reason: reason.toString() })
        this.notify()
      }),
    )
  }

  /** Sequence numbers of the event messages received so far. */
  seqs(): number[] {
    return this.messages.filter((m) => m.type !== '#info').map((m) => m.body.seq as number)
  }

  /** Resolves once `done()` holds; rejects if the socket closes first or nothing happens for 10 s. */
  async until(done: () => boolean): Promise<void> {
    while (!done()) {
      if (this.ws.readyState === WebSocket.CLOSED) throw new Error('firehose closed while waiting')
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('firehose wait timed out')), 10_000)
        this.waiters.push(() => {
          clearTimeout(timer)
          resolve()
        })
      })
    }
  }

  async close(): Promise<void> {
    if (this.ws.readyState !== WebSocket.CLOSED) this.ws.close()
    await this.closed
  }

  private notify(): void {
    for (const wake of this.waiters.splice(0)) wake()
  }
}
