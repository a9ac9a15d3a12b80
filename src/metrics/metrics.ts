import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client'
import { ServerTiming } from './server-timing.ts'

/** What the scrape-time gauges read from the running server (built in src/metrics/routes.ts). */
export interface MetricSources {
  version: string
  sequencer: { head(): number; trimmedThrough(): number; readonly subscriberCount: number }
  accountsByStatus(): Promise<Record<string, number>>
  blobsStored(): Promise<{ count: number; bytes: number }>
  /** Seconds since the last successful backup, or since start-up when there is none. */
  backup(): Promise<{ ageSeconds: number; lastOk: boolean | null; intervalSeconds: number }>
  /** Bytes on disk per database: account, sequencer, repos (all repo files together). */
  sqliteBytes(): Promise<Record<string, number>>
  /** The data dir's file system. */
  disk(): Promise<{ freeBytes: number; totalBytes: number }>
}

const LINT_FAILING_DEFAULTS = [
  'nodejs_active_handles_total',
  'nodejs_active_requests_total',
  'nodejs_active_resources_total',
]

const FAST_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]

/** Every Tempest metric, with the HELP line a scrape shows: the `Metrics` fields, then the gauges. */
const HELP = {
  tempest_http_requests_total:
    'HTTP requests answered, by XRPC method (other: unknown NSID; none: not /xrpc/) and status class',
  tempest_http_request_duration_seconds:
    'Time from receiving an HTTP request to finishing its response, by XRPC method',
  tempest_repo_commits_total:
    'Repo commits written by record writes (createRecord, putRecord, deleteRecord, applyWrites)',
  tempest_repo_record_writes_total: 'Record creates, updates and deletes committed',
  tempest_repo_commit_duration_seconds:
    'Time to write one commit: lock wait, MST update, signing, storage and sequencing',
  tempest_firehose_events_sent_total: 'Events sent to firehose subscribers (replayed and live)',
  tempest_firehose_subscribers_dropped_total:
    'Firehose subscribers cut off (ConsumerTooSlow) for falling more than TEMPEST_FIREHOSE_BUFFER events or TEMPEST_FIREHOSE_BUFFER_BYTES bytes behind',
  tempest_blob_uploads_total: 'Blobs uploaded (uploadBlob)',
  tempest_blob_upload_bytes_total: 'Bytes of blobs uploaded (uploadBlob)',
  tempest_admin_auth_verifications_total:
    'argon2 verifications of admin tokens not verified recently, by result',
  tempest_admin_auth_throttled_total:
    'Admin token checks refused with 429 before running argon2, by the limit that refused them',
  tempest_build_info: 'Always 1; the version label says which Tempest is running',
  tempest_firehose_subscribers: 'Firehose (subscribeRepos) connections receiving live events',
  tempest_sequencer_head_seq: 'Sequence number of the newest event in the firehose log',
  tempest_sequencer_log_events:
    'Events retained in the firehose log for replay (head minus trim point; an upper bound)',
  tempest_accounts: 'Hosted accounts by status',
  tempest_blobs_stored: 'Blobs in the blob store',
  tempest_blobs_stored_bytes: 'Bytes of blobs in the blob store',
  tempest_backup_age_seconds:
    'Seconds since the last successful backup (since start-up when the last attempt failed or none ran)',
  tempest_backup_last_result:
    'Always 1; the result label says how the last backup attempt ended (ok, failed, none yet)',
  tempest_backup_interval_seconds:
    'The backup schedule (TEMPEST_BACKUP_INTERVAL_MINUTES), 0 when none is configured',
  tempest_sqlite_file_bytes:
    'Bytes on disk of each SQLite database including its WAL (repos: all repo files)',
  tempest_data_dir_free_bytes: 'Bytes available to Tempest on the data dir file system',
  tempest_data_dir_size_bytes: 'Size of the data dir file system',
}

/**
 * The server's Prometheus metrics (`ctx.metrics`), one registry per AppContext (never prom-client's
 * global one). Counters and histograms are updated where things happen; gauges describing state
 * (accounts, sequencer, disk, backups) are read when scraped, so nothing is kept twice. Label
 * values are bounded: NSIDs from the lexicons or `other`, status classes, fixed enums; no DIDs.
 */
export class Metrics {
  readonly registry = new Registry()
  private observing = false

  readonly httpRequests = this.counter('tempest_http_requests_total', ['nsid', 'status_class'])
  readonly httpDuration = this.histogram('tempest_http_request_duration_seconds', ['nsid'])
  readonly commits = this.counter('tempest_repo_commits_total')
  readonly recordsWritten = this.counter('tempest_repo_record_writes_total', ['action'])
  readonly commitDuration = this.histogram('tempest_repo_commit_duration_seconds')
  readonly firehoseEventsSent = this.counter('tempest_firehose_events_sent_total')
  readonly firehoseDropped = this.counter('tempest_firehose_subscribers_dropped_total')
  readonly blobUploads = this.counter('tempest_blob_uploads_total')
  readonly blobUploadBytes = this.counter('tempest_blob_upload_bytes_total')
  readonly adminAuthVerifications = this.counter('tempest_admin_auth_verifications_total', [
    'result',
  ])
  readonly adminAuthThrottled = this.counter('tempest_admin_auth_throttled_total', ['reason'])

  /** Per-request phases for the `Server-Timing` header (a no-op unless TEMPEST_SERVER_TIMING). */
  readonly timing: ServerTiming

  constructor(opts: { serverTiming: boolean }) {
    this.timing = new ServerTiming(opts.serverTiming)
    // process_* (memory, CPU, file descriptors) and nodejs_* (event-loop lag, heap, GC).
    collectDefaultMetrics({ register: this.registry })
    // Gauges named like counters, which `promtool check metrics` rejects; not worth alerting on.
    for (const name of LINT_FAILING_DEFAULTS) this.registry.removeSingleMetric(name)
  }

  private counter<L extends string = never>(
    name: keyof typeof HELP,
    labelNames: readonly L[] = [],
  ) {
    return new Counter<L>({ name, help: HELP[name], labelNames, registers: [this.registry] })
  }

  private histogram<L extends string = never>(
    name: keyof typeof HELP,
    labelNames: readonly L[] = [],
  ) {
    return new Histogram<L>({
      name,
      help: HELP[name],
      labelNames,
      buckets: FAST_BUCKETS,
      registers: [this.registry],
    })
  }

  /** Registers the gauges read at scrape time; called once the server's services exist. */
  observe(sources: MetricSources): void {
    if (this.observing) return
    this.observing = true
    const { sequencer } = sources
    this.gauge('tempest_build_info', ['version'], (g) => g.set({ version: sources.version }, 1))
    this.gauge('tempest_firehose_subscribers', [], (g) => g.set(sequencer.subscriberCount))
    this.gauge('tempest_sequencer_head_seq', [], (g) => g.set(sequencer.head()))
    this.gauge('tempest_sequencer_log_events', [], (g) =>
      g.set(sequencer.head() - sequencer.trimmedThrough()),
    )
    this.gauge('tempest_accounts', ['status'], async (g) => {
      for (const [status, n] of Object.entries(await sources.accountsByStatus()))
        g.set({ status }, n)
    })
    this.gauge('tempest_blobs_stored', [], async (g) => g.set((await sources.blobsStored()).count))
    this.gauge('tempest_blobs_stored_bytes', [], async (g) =>
      g.set((await sources.blobsStored()).bytes),
    )
    this.gauge('tempest_backup_age_seconds', [], async (g) =>
      g.set((await sources.backup()).ageSeconds),
    )
    this.gauge('tempest_backup_last_result', ['result'], async (g) => {
      const { lastOk } = await sources.backup()
      g.reset()
      g.set({ result: lastOk === null ? 'none' : lastOk ? 'ok' : 'failed' }, 1)
    })
    this.gauge('tempest_backup_interval_seconds', [], async (g) =>
      g.set((await sources.backup()).intervalSeconds),
    )
    this.gauge('tempest_sqlite_file_bytes', ['db'], async (g) => {
      for (const [db, bytes] of Object.entries(await sources.sqliteBytes())) g.set({ db }, bytes)
    })
    this.gauge('tempest_data_dir_free_bytes', [], async (g) =>
      g.set((await sources.disk()).freeBytes),
    )
    this.gauge('tempest_data_dir_size_bytes', [], async (g) =>
      g.set((await sources.disk()).totalBytes),
    )
  }

  /** A gauge whose value `read` sets when Prometheus scrapes. */
  private gauge<L extends string>(
    name: keyof typeof HELP,
    labelNames: readonly L[],
    read: (gauge: Gauge<L>) => void | Promise<void>,
  ): void {
    new Gauge<L>({
      name,
      help: HELP[name],
      labelNames,
      registers: [this.registry],
      collect() {
        return read(this)
      },
    })
  }
}
