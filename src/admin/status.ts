import { readdir, stat, statfs } from 'node:fs/promises'
import path from 'node:path'
import type { AccountCounts } from '../account/account-store.ts'
import type { AppContext } from '../context.ts'
import type { CrawlerStatus } from '../sequencer/crawlers.ts'
import type { BackupResult } from './backup/backup-service.ts'

/** What the server status report reads. */
type StatusDeps = Pick<
  AppContext,
  'accounts' | 'admin' | 'blobs' | 'cfg' | 'crawlers' | 'dataDir' | 'sequencer'
>

const DAY_MS = 24 * 60 * 60 * 1000
/** Below this much free space in the data dir's file system, status warns. */
const LOW_DISK_BYTES = 1024 ** 3

/** `GET /xrpc/_admin/status`: what the operator checks first. */
export interface ServerStatus {
  version: string
  startedAt: string
  uptimeSeconds: number
  hostname: string
  publicUrl: string
  didMethod: 'plc' | 'web'
  accounts: AccountCounts
  repos: { count: number; bytes: number }
  sequencer: {
    headSeq: number
    /** Events at or below this seq were trimmed; replay starts after it. */
    trimmedThrough: number
    retainHours: number
    subscribers: number
    /** Encoded event bytes the subscribers hold, not yet sent (each is bounded). */
    subscriberBufferedBytes: number
  }
  blobs: { store: 'local' | 's3'; count: number; bytes: number }
  backups: {
    store: 'local' | 's3'
    intervalMinutes: number
    retain: number
    last: BackupResult | null
  }
  disk: { path: string; freeBytes: number; totalBytes: number }
  crawlers: CrawlerStatus[]
  warnings: string[]
}

export async function repoUsage(reposDir: string): Promise<{ count: number; bytes: number }> {
  let count = 0
  let bytes = 0
  for (const name of await readdir(reposDir)) {
    const info = await stat(path.join(reposDir, name)).catch(() => null)
    if (!info?.isFile()) continue
    bytes += info.size
    if (name.endsWith('.sqlite')) count++
  }
  return { count, bytes }
}

function warningsFor(status: Omit<ServerStatus, 'warnings'>, now: number): string[] {
  const warnings: string[] = []
  if (!status.publicUrl.startsWith('https://')) {
    warnings.push(`public URL ${status.publicUrl} is not https: clients and relays expect TLS`)
  }
  const last = status.backups.last
  const lastOk = last?.ok ? Date.parse(last.finishedAt) : undefined
  if (lastOk === undefined || now - lastOk > DAY_MS) {
    warnings.push('no successful backup in the last 24 hours')
  }
  if (last && !last.ok) warnings.push(`the last backup failed: ${last.error ?? 'unknown error'}`)
  for (const crawler of status.crawlers) {
    if (crawler.lastResult && !crawler.lastResult.ok) {
      warnings.push(`crawler ${crawler.url}: last request failed (${crawler.lastResult.error})`)
    }
  }
  if (status.crawlers.length === 0) {
    warnings.push('no crawlers configured (TEMPEST_CRAWLERS): relays will not learn of new posts')
  }
  if (status.disk.freeBytes < LOW_DISK_BYTES) {
    warnings.push(`less than 1 GiB free in ${status.disk.path}`)
  }
  return warnings
}

/** Free and total bytes of the file system holding `dir`. */
export async function diskSpace(dir: string): Promise<{ freeBytes: number; totalBytes: number }> {
  const fs = await statfs(dir)
  return { freeBytes: fs.bavail * fs.bsize, totalBytes: fs.blocks * fs.bsize }
}

export async function serverStatus(ctx: StatusDeps): Promise<ServerStatus> {
  const now = Date.now()
  const blobs = await ctx.blobs.meta.totals()
  const status = {
    version: ctx.cfg.version,
    startedAt: ctx.admin.startedAt.toISOString(),
    uptimeSeconds: Math.floor((now - ctx.admin.startedAt.getTime()) / 1000),
    hostname: ctx.cfg.hostname,
    publicUrl: ctx.cfg.publicUrl,
    didMethod: ctx.cfg.hostedDidMethod,
    accounts: await ctx.accounts.countByStatus(),
    repos: await repoUsage(ctx.dataDir.repos),
    sequencer: {
      headSeq: ctx.sequencer.head(),
      trimmedThrough: ctx.sequencer.trimmedThrough(),
      retainHours: ctx.cfg.sequencerRetainHours,
      subscribers: ctx.sequencer.subscriberCount,
      subscriberBufferedBytes: ctx.sequencer.subscriberBufferedBytes().total,
    },
    blobs: { store: ctx.blobs.store.kind, ...blobs },
    backups: {
      store: ctx.admin.backups.storeKind,
      intervalMinutes: ctx.cfg.backupIntervalMinutes,
      retain: ctx.cfg.backupRetain,
      last: await ctx.admin.backups.lastResult(),
    },
    disk: { path: ctx.dataDir.root, ...(await diskSpace(ctx.dataDir.root)) },
    crawlers: ctx.crawlers.status(),
  }
  return { ...status, warnings: warningsFor(status, now) }
}
