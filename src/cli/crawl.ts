import { loadConfig } from '../config.ts'
import { createLogger } from '../logger.ts'
import { Crawlers, type CrawlResult } from '../sequencer/crawlers.ts'
import { readVersion } from '../version.ts'

/**
 * Asks relays to crawl this PDS now: the given URLs, or every TEMPEST_CRAWLERS entry. Returns the
 * results; the caller fails when any request failed.
 */
export async function crawl(urls: string[]): Promise<CrawlResult[]> {
  const cfg = loadConfig(process.env, readVersion())
  const targets = urls.length > 0 ? urls : cfg.crawlers
  if (targets.length === 0) {
    throw new Error('no crawlers: set TEMPEST_CRAWLERS or pass relay URLs')
  }
  for (const url of targets) {
    if (!/^https?:\/\//.test(url)) throw new Error(`not an http(s) URL: ${url}`)
  }
  const crawlers = new Crawlers({
    hostname: cfg.hostname,
    urls: targets,
    logger: createLogger('silent'),
  })
  return crawlers.requestAll()
}
