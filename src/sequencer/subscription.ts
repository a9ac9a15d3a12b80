import type { SeqEvent } from './events.ts'
import type { Sequencer } from './sequencer.ts'

const BACKFILL_PAGE = 100

export class ConsumerTooSlowError extends Error {
  constructor(limits: SubscriptionOptions) {
    super(
      `Stream consumer too slow: more than ${limits.maxBuffer} events or ` +
        `${limits.maxBufferBytes} bytes waiting`,
    )
  }
}

export interface SubscriptionOptions {
  /** Live events a subscriber may have waiting before it is cut off. */
  maxBuffer: number
  /**
   * Encoded bytes of those events, at most (one event larger than this alone is let through, so
   * a subscriber keeping up is never cut off for one big commit).
   */
  maxBufferBytes: number
  /** Called once when the buffer overflows (the consumer may be stuck and never pull again). */
  onOverflow?: () => void
}

/**
 * One subscriber's view of the log: replay after a cursor, then live events, each exactly once and
 * in seq order. Replay reads are synchronous (better-sqlite3) and the live listener is registered
 * in the same tick as the read that found the end of the log, so no append can fall between the
 * two: nothing is missed and nothing is repeated.
 */
export class FirehoseSubscription {
  private buffer: SeqEvent[] = []
  /** Encoded size of the events in `buffer`. */
  private bufferedBytes = 0
  private overflowed = false
  private wake: (() => void) | undefined
  private unsubscribe: (() => void) | undefined

  constructor(
    private readonly sequencer: Sequencer,
    private readonly opts: SubscriptionOptions,
  ) {}

  /** Events after `cursor` (or only new ones when undefined); throws ConsumerTooSlowError. */
  async *events(cursor: number | undefined, signal: AbortSignal): AsyncGenerator<SeqEvent> {
    const onAbort = () => this.wake?.()
    signal.addEventListener('abort', onAbort)
    try {
      let lastSeen = cursor ?? this.sequencer.head()
      if (cursor === undefined) this.listen()
      while (!this.unsubscribe) {
        const page = this.sequencer.readAfter(lastSeen, BACKFILL_PAGE)
        if (page.length < BACKFILL_PAGE) this.listen()
        for (const evt of page) {
          if (signal.aborted) return
          yield evt
          lastSeen = evt.seq
        }
      }
      while (!signal.aborted) {
        if (this.overflowed) throw new ConsumerTooSlowError(this.opts)
        const evt = this.buffer.shift()
        if (evt !== undefined) this.bufferedBytes -= evt.size
        if (evt === undefined) {
          await new Promise<void>((resolve) => (this.wake = resolve))
          this.wake = undefined
        } else if (evt.seq > lastSeen) {
          yield evt
          lastSeen = evt.seq
        }
      }
    } finally {
      signal.removeEventListener('abort', onAbort)
      this.unsubscribe?.()
      this.buffer = []
      this.bufferedBytes = 0
    }
  }

  private listen(): void {
    this.unsubscribe = this.sequencer.subscribe(
      (evt) => {
        const full =
          this.buffer.length >= this.opts.maxBuffer ||
          (this.buffer.length > 0 && this.bufferedBytes + evt.size > this.opts.maxBufferBytes)
        if (full) return this.overflow()
        this.buffer.push(evt)
        this.bufferedBytes += evt.size
        this.wake?.()
      },
      () => this.bufferedBytes,
    )
  }

  private overflow(): void {
    // Stop collecting at once, so a stuck consumer costs no more memory.
    this.overflowed = true
    this.buffer = []
    this.bufferedBytes = 0
    this.unsubscribe?.()
    this.opts.onOverflow?.()
    this.wake?.()
  }
}
