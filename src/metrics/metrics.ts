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

/**
 * The server's Prometheus metrics (`ctx.metrics`), one registry per AppContext (never prom-client's
 * global one). Counters and histograms are updated where things happen; gauges describing state
 * (accounts, sequencer, disk, backups) are read when scraped, so nothing is kept twice. Label
 * values are bounded: NSIDs from the lexicons or `other`, status classes, fixed enums; no DIDs.
 */
export class Metrics {
  readonly registry = new Registry()
  private observing = false

  readonly httpRequests = new Counter({
    name: 'tempest_http_requests_total',
    help: 'HTTP requests answered, by XRPC method (other: unknown NSID; none: not /xrpc/) and status class',
    labelNames: ['nsid', 'status_class'] as const,
    registers: [this.registry],
  })
  readonly httpDuration = new Histogram({
    name: 'tempest_http_request_duration_seconds',
    help: 'Time from receiving an HTTP request to finishing its response, by XRPC method',
    labelNames: ['nsid'] as const,
    buckets: FAST_BUCKETS,
    registers: [this.registry],
  })
  readonly commits = new Counter({
    name: 'tempest_repo_commits_total',
    help: 'Repo commits written by record writes (createRecord, putRecord, deleteRecord, applyWrites)',
    registers: [this.registry],
  })
  readonly recordsWritten = new Counter({
    name: 'tempest_repo_record_writes_total',
    help: 'Record creates, updates and deletes committed',
    labelNames: ['action'] as const,
    registers: [this.registry],
  })
  readonly commitDuration = new Histogram({
    name: 'tempest_repo_commit_duration_seconds',
    help: 'Time to write one commit: lock wait, MST update, signing, storage and sequencing',
    buckets: FAST_BUCKETS,
    registers: [this.registry],
  })
  readonly firehoseEventsSent = new Counter({
    name: 'tempest_firehose_events_sent_total',
    help: 'Events sent to firehose subscribers (replayed and live)',
    registers: [this.registry],
  })
  readonly firehoseDropped = new Counter({
    name: 'tempest_firehose_subscribers_dropped_total',
    help: 'Firehose subscribers cut off (ConsumerTooSlow) for falling more than TEMPEST_FIREHOSE_BUFFER events or TEMPEST_FIREHOSE_BUFFER_BYTES bytes behind',
    registers: [this.registry],
  })
  readonly blobUploads = new Counter({
    name: 'tempest_blob_uploads_total',
    help: 'Blobs uploaded (uploadBlob)',
    registers: [this.registry],
  })
  readonly blobUploadBytes = new Counter({
    name: 'tempest_blob_upload_bytes_total',
    help: 'Bytes of blobs uploaded (uploadBlob)',
    registers: [this.registry],
  })
  readonly adminAuthVerifications = new Counter({
    name: 'tempest_admin_auth_verifications_total',
    help: 'argon2 verifications of admin tokens not verified recently, by result',
    labelNames: ['result'] as const,
    registers: [this.registry],
  })
  readonly adminAuthThrottled = new Counter({
    name: 'tempest_admin_auth_throttled_total',
    help: 'Admin token checks refused with 429 before running argon2, by the limit that refused them',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  })

  /** Per-request phases for the `Server-Timing` header (a no-op unless TEMPEST_SERVER_TIMING). */
  readonly timing: ServerTiming

  constructor(opts: { serverTiming: boolean }) {
    this.timing = new ServerTiming(opts.serverTiming)
    // process_* (memory, CPU, file descriptors) and nodejs_* (event-loop lag, heap, GC).
    collectDefaultMetrics({ register: this.registry })
    // Gauges named like counters, which `promtool check metrics` rejects; not worth alerting on.
    for (const name of LINT_FAILING_DEFAULTS) this.registry.removeSingleMetric(name)
  }

  /** Registers the gauges read at scrape time; called once the server's services exist. */
  observe(sources: MetricSources): void {
    if (this.observing) return
    this.observing = true
    const registers = [this.registry]
    new Gauge({
      name: 'tempest_build_info',
      help: 'Always 1; the version label says which Tempest is running',
      labelNames: ['version'] as const,
      registers,
      collect() {
        this.set({ version: sources.version }, 1)
      },
    })
    new Gauge({
      name: 'tempest_firehose_subscribers',
      help: 'Firehose (subscribeRepos) connections receiving live events',
      registers,
      collect() {
        this.set(sources.sequencer.subscriberCount)
      },
    })
    new Gauge({
      name: 'tempest_sequencer_head_seq',
      help: 'Sequence number of the newest event in the firehose log',
      registers,
      collect() {
        this.set(sources.sequencer.head())
      },
    })
    new Gauge({
      name: 'tempest_sequencer_log_events',
      help: 'Events retained in the firehose log for replay (head minus trim point; an upper bound)',
      registers,
      collect() {
        this.set(sources.sequencer.head() - sources.sequencer.trimmedThrough())
      },
    })
    new Gauge({
      name: 'tempest_accounts',
      help: 'Hosted accounts by status',
      labelNames: ['status'] as const,
      registers,
      async collect() {
        const counts = await sources.accountsByStatus()
        for (const [status, n] of Object.entries(counts)) this.set({ status }, n)
      },
    })
    new Gauge({
      name: 'tempest_blobs_stored',
      help: 'Blobs in the blob store',
      registers,
      async collect() {
        this.set((await sources.blobsStored()).count)
      },
    })
    new Gauge({
      name: 'tempest_blobs_stored_bytes',
      help: 'Bytes of blobs in the blob store',
      registers,
      async collect() {
        this.set((await sources.blobsStored()).bytes)
      },
    })
    new Gauge({
      name: 'tempest_backup_age_seconds',
      help: 'Seconds since the last successful backup (since start-up when the last attempt failed or none ran)',
      registers,
      async collect() {
        this.set((await sources.backup()).ageSeconds)
      },
    })
    new Gauge({
      name: 'tempest_backup_last_result',
      help: 'Always 1; the result label says how the last backup attempt ended (ok, failed, none yet)',
      labelNames: ['result'] as const,
      registers,
      async collect() {
        const { lastOk } = await sources.backup()
        this.reset()
        this.set({ result: lastOk === null ? 'none' : lastOk ? 'ok' : 'failed' }, 1)
      },
    })
    new Gauge({
      name: 'tempest_backup_interval_seconds',
      help: 'The backup schedule (TEMPEST_BACKUP_INTERVAL_MINUTES), 0 when none is configured',
      registers,
      async collect() {
        this.set((await sources.backup()).intervalSeconds)
      },
    })
    new Gauge({
      name: 'tempest_sqlite_file_bytes',
      help: 'Bytes on disk of each SQLite database including its WAL (repos: all repo files)',
      labelNames: ['db'] as const,
      registers,
      async collect() {
        for (const [db, bytes] of Object.entries(await sources.sqliteBytes()))
          this.set({ db }, bytes)
      },
    })
    new Gauge({
      name: 'tempest_data_dir_free_bytes',
      help: 'Bytes available to Tempest on the data dir file system',
      registers,
      async collect() {
        this.set((await sources.disk()).freeBytes)
      },
    })
    new Gauge({
      name: 'tempest_data_dir_size_bytes',
      help: 'Size of the data dir file system',
      registers,
      async collect() {
        this.set((await sources.disk()).totalBytes)
      },
    })
  }
}
