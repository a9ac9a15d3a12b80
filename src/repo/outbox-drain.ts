import type { Logger } from '../logger.ts'
import { decodeEventBody } from '../sequencer/events.ts'
import type { DrainedEvent } from '../sequencer/sequencer.ts'
import type { StoredOutboxEvent } from './outbox.ts'
import type { RepoStore } from './repo-store.ts'
import type { RepoStoreCache } from './store-cache.ts'
import type { CommitSequencer } from './types.ts'

/**
 * Moves a repo file's outbox events into the firehose log. An event leaves the outbox only after
 * sequencer.sqlite committed it together with its token, so a replay never announces it twice.
 */
export class OutboxDrain {
  constructor(
    private readonly opts: { stores: RepoStoreCache; sequencer: CommitSequencer; logger: Logger },
  ) {}

  /** Start-up: appends the outbox's events to the log, then removes them from the repo file. */
  async drain(did: string, store: RepoStore): Promise<void> {
    const { events, through } = this.undrained(did, store)
    if (through === undefined) return
    await this.opts.sequencer.appendDrained(did, events)
    store.clearOutbox(through)
  }

  /**
   * After a commit: its event (and any other the outbox still holds) goes to the log once the
   * response is out, in the account's turn among the log's appends. Until then the outbox keeps
   * it and the repo stays marked unsettled, so a process stopped first announces it at start-up,
   * as does the account's next drain after a failed append. The drained rows leave the outbox
   * with the account's next commit. `fresh` is the event just written, already decoded.
   */
  later(did: string, fresh: DrainedEvent): void {
    const lease = this.opts.stores.lease(did)
    if (!lease) return
    let through: number | undefined
    this.opts.sequencer
      .appendDrainedLater(did, () => {
        const pending = this.undrained(did, lease.store, fresh)
        through = pending.through
        return pending.events
      })
      .then(() => {
        if (through !== undefined) lease.store.drained(through)
      })
      .catch((err: unknown) => {
        this.opts.logger.error({ err, did }, 'appending a commit event failed; the outbox keeps it')
      })
      .finally(() => lease.release())
  }

  /**
   * The outbox's events the log does not hold yet, in order, and the last one's row. Rows whose
   * token the log already holds (appended before a crash cut a drain short, or not yet removed)
   * are removed here.
   */
  private undrained(
    did: string,
    store: RepoStore,
    fresh?: DrainedEvent,
  ): { events: DrainedEvent[]; through: number | undefined } {
    let pending = store.outbox()
    const last = this.opts.sequencer.lastDrainedToken(did)
    const done = last ? pending.findIndex((e) => Buffer.compare(e.token, last) === 0) : -1
    if (done >= 0) {
      store.clearOutbox((pending[done] as StoredOutboxEvent).id)
      pending = pending.slice(done + 1)
    }
    const events = pending.map((e): DrainedEvent =>
      fresh && Buffer.compare(e.token, fresh.token) === 0
        ? fresh
        : { ...e, did, body: decodeEventBody(e.bytes) },
    )
    return { events, through: pending.at(-1)?.id }
  }
}
