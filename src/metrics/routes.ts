import { createHash, timingSafeEqual } from 'node:crypto'
import { stat } from 'node:fs/promises'
import type { LexiconDoc } from '@atproto/lexicon'
import type { Express, NextFunction, Request, Response } from 'express'
import { schemas } from '../../generated/lexicons.js'
import { diskSpace, repoUsage } from '../admin/status.ts'
import type { AppContext } from '../context.ts'
import type { MetricSources } from './metrics.ts'

/** Scrape-time reads shared by the gauges of one scrape (several gauges read one query). */
const SCRAPE_MEMO_MS = 1000

/** Every XRPC method the lexicons define: the only NSIDs that become label values. */
const KNOWN_NSIDS: ReadonlySet<string> = new Set(
  (schemas as readonly LexiconDoc[])
    .filter((doc) => ['query', 'procedure', 'subscription'].includes(doc.defs.main?.type ?? ''))
    .map((doc) => doc.id),
)

function nsidLabel(path: string): string {
  if (!path.startsWith('/xrpc/')) return 'none'
  const nsid = path.slice('/xrpc/'.length)
  return KNOWN_NSIDS.has(nsid) ? nsid : 'other'
}

/** Counts and times every HTTP response (WebSocket upgrades never reach express). */
function httpMetrics(ctx: AppContext) {
  const { httpRequests, httpDuration } = ctx.metrics
  return (req: Request, res: Response, next: NextFunction): void => {
    const start = process.hrtime.bigint()
    res.on('finish', () => {
      const nsid = nsidLabel(req.path)
      const statusClass = `${Math.floor(res.statusCode / 100)}xx`
      httpRequests.inc({ nsid, status_class: statusClass })
      httpDuration.observe({ nsid }, Number(process.hrtime.bigint() - start) / 1e9)
    })
    next()
  }
}

function memo<T>(load: () => Promise<T>): () => Promise<T> {
  let cached: { value: Promise<T>; at: number } | undefined
  return () => {
    const now = Date.now()
    if (!cached || now - cached.at > SCRAPE_MEMO_MS) {
      cached = { value: load(), at: now }
      cached.value.catch(() => (cached = undefined))
    }
    return cached.value
  }
}

async function fileBytes(file: string): Promise<number> {
  let bytes = 0
  for (const suffix of ['', '-wal']) {
    bytes += (await stat(file + suffix).catch(() => null))?.size ?? 0
  }
  return bytes
}

function metricSources(ctx: AppContext): MetricSources {
  return {
    version: ctx.cfg.version,
    sequencer: ctx.sequencer,
    accountsByStatus: memo(async () => {
      const { total: _total, ...byStatus } = await ctx.accounts.countByStatus()
      return byStatus
    }),
    blobsStored: memo(() => ctx.blobs.meta.totals()),
    backup: memo(async () => {
      const last = await ctx.admin.backups.lastResult()
      const since = last?.ok ? Date.parse(last.finishedAt) : ctx.admin.startedAt.getTime()
      return {
        ageSeconds: Math.max(0, (Date.now() - since) / 1000),
        lastOk: last ? last.ok : null,
        intervalSeconds: ctx.cfg.backupIntervalMinutes * 60,
      }
    }),
    sqliteBytes: memo(async () => ({
      account: await fileBytes(ctx.dataDir.accountDb),
      sequencer: await fileBytes(ctx.dataDir.sequencerDb),
      repos: (await repoUsage(ctx.dataDir.repos)).bytes,
    })),
    disk: memo(() => diskSpace(ctx.dataDir.root)),
  }
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest()
}

/**
 * `GET /metrics` (Prometheus text format) for `Authorization: Bearer <TEMPEST_METRICS_TOKEN>`, and
 * the request counters for every other route. The metrics token is its own secret, compared as a
 * SHA-256 digest in constant time: a scraper's config file should not hold the admin token, and a
 * scrape every few seconds must not cost an argon2 run. Without the variable, /metrics is off.
 */
export function registerMetrics(app: Express, ctx: AppContext): void {
  ctx.metrics.observe(metricSources(ctx))
  app.use(httpMetrics(ctx))
  const expected = ctx.cfg.metricsToken === undefined ? null : digest(ctx.cfg.metricsToken)
  app.get('/metrics', (req, res, next) => {
    res.set('Cache-Control', 'no-store')
    if (expected === null) {
      res.status(404).json({
        error: 'NotFound',
        message: 'Metrics are disabled: set TEMPEST_METRICS_TOKEN',
      })
      return
    }
    const [scheme, token] = (req.headers.authorization ?? '').split(' ')
    if (scheme?.toLowerCase() !== 'bearer' || !token || !timingSafeEqual(digest(token), expected)) {
      res.set('WWW-Authenticate', 'Bearer realm="metrics"')
      res.status(401).json({ error: 'AuthenticationRequired', message: 'Metrics token required' })
      return
    }
    ctx.metrics.registry
      .metrics()
      .then((text) => res.type(ctx.metrics.registry.contentType).send(text))
      .catch(next)
  })
}
