import { execFile } from 'node:child_process'
import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLogger } from '../../src/logger.ts'
import { CRAWL_INTERVAL_MS, Crawlers } from '../../src/sequencer/crawlers.ts'
import { freePort, startTestPds, type TestPds } from '../helpers/harness.ts'

interface Relay {
  url: string
  requests: Array<{ path: string; body: unknown }>
  server: Server
}

/** A stand-in relay that records requestCrawl calls. */
async function startRelay(status = 200): Promise<Relay> {
  const requests: Relay['requests'] = []
  const server = createServer((req, res) => {
    let data = ''
    req.on('data', (chunk) => (data += chunk))
    req.on('end', () => {
      requests.push({ path: req.url ?? '', body: JSON.parse(data || 'null') })
      res.writeHead(status, { 'content-type': 'application/json' }).end('{}')
    })
  })
  server.listen(0)
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  return { url: `http://localhost:${port}`, requests, server }
}

const silent = createLogger('silent')

describe('Crawlers', () => {
  it('asks each crawler at most once per 20 minutes, in the background', async () => {
    let now = 1_000_000
    const calls: Array<{ url: string; body: unknown }> = []
    const releases: Array<() => void> = []
    const crawlers = new Crawlers({
      hostname: 'pds.example.com',
      urls: ['https://relay-a.example', 'https://relay-b.example'],
      logger: silent,
      now: () => now,
      fetch: async (url, init) => {
        calls.push({ url: String(url), body: JSON.parse(String(init?.body)) })
        // The relay has not answered yet: notifyOfUpdate must not wait for it.
        await new Promise<void>((resolve) => releases.push(resolve))
        return new Response('{}', { status: 200 })
      },
    })
    crawlers.notifyOfUpdate()
    crawlers.notifyOfUpdate()
    now += CRAWL_INTERVAL_MS - 1
    crawlers.notifyOfUpdate()
    expect(calls).toEqual([
      {
        url: 'https://relay-a.example/xrpc/com.atproto.sync.requestCrawl',
        body: { hostname: 'pds.example.com' },
      },
      {
        url: 'https://relay-b.example/xrpc/com.atproto.sync.requestCrawl',
        body: { hostname: 'pds.example.com' },
      },
    ])
    now += 1
    crawlers.notifyOfUpdate()
    expect(calls).toHaveLength(4)
    for (const release of releases) release()
    await crawlers.close()
    expect(crawlers.status().map((s) => s.lastResult)).toEqual([
      { url: 'https://relay-a.example', ok: true, status: 200 },
      { url: 'https://relay-b.example', ok: true, status: 200 },
    ])
  })

  it('records a failed request without throwing', async () => {
    const crawlers = new Crawlers({
      hostname: 'pds.example.com',
      urls: ['https://down.example', 'https://refuses.example'],
      logger: silent,
      fetch: async (url) => {
        if (String(url).startsWith('https://down')) throw new Error('connect ECONNREFUSED')
        return new Response('{"error":"HostBanned"}', { status: 400 })
      },
    })
    const results = await crawlers.requestAll()
    expect(results).toEqual([
      { url: 'https://down.example', ok: false, error: 'connect ECONNREFUSED' },
      { url: 'https://refuses.example', ok: false, status: 400, error: 'HTTP 400' },
    ])
    expect(crawlers.status()[0]).toMatchObject({
      url: 'https://down.example',
      lastRequestAt: expect.stringMatching(/^\d{4}-/),
      lastResult: { ok: false },
    })
  })
})

describe('crawler notifications from a running server', () => {
  let relay: Relay
  let pds: TestPds
  beforeAll(async () => {
    relay = await startRelay()
    pds = await startTestPds({ env: { TEMPEST_CRAWLERS: relay.url } })
  })
  afterAll(async () => {
    await pds.close()
    relay.server.close()
  })

  it('requests a crawl after an event, once per interval', async () => {
    await pds.ctx.sequencer.sequenceIdentity('did:plc:crawlertest0000000000000')
    await pds.ctx.sequencer.sequenceIdentity('did:plc:crawlertest0000000000000')
    for (let i = 0; i < 200 && relay.requests.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 10))
    }
    expect(relay.requests).toEqual([
      { path: '/xrpc/com.atproto.sync.requestCrawl', body: { hostname: 'localhost' } },
    ])
    for (let i = 0; i < 200 && !pds.ctx.crawlers.status()[0]?.lastResult; i++) {
      await new Promise((r) => setTimeout(r, 10))
    }
    expect(pds.ctx.crawlers.status()).toEqual([
      {
        url: relay.url,
        lastRequestAt: expect.any(String),
        lastResult: { url: relay.url, ok: true, status: 200 },
      },
    ])
  })

  it('accepts requestCrawl and notifyOfUpdate as the lexicon defines them', async () => {
    for (const method of ['requestCrawl', 'notifyOfUpdate']) {
      const url = `${pds.url}/xrpc/com.atproto.sync.${method}`
      const ok = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ hostname: 'relay.example.com' }),
      })
      expect(ok.status).toBe(200)
      const bad = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({}),
      })
      expect(bad.status).toBe(400)
      expect(await bad.json()).toMatchObject({ error: 'InvalidRequest' })
    }
  })
})

describe('tempest crawl', () => {
  it('asks each relay now and fails when one cannot be reached', async () => {
    const relay = await startRelay()
    const deadUrl = `http://localhost:${await freePort()}`
    try {
      const run = promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', 'src/bin/tempest.ts', 'crawl'],
        {
          env: {
            ...process.env,
            TEMPEST_ENV: 'development',
            TEMPEST_HOSTNAME: 'pds.example.com',
            TEMPEST_PUBLIC_URL: 'https://pds.example.com',
            TEMPEST_CRAWLERS: `${relay.url},${deadUrl}`,
          },
        },
      )
      const failure = await run.then(
        () => undefined,
        (err: { code: number; stdout: string; stderr: string }) => err,
      )
      expect(failure?.code).toBe(1)
      expect(failure?.stdout).toContain(`${relay.url}: ok (HTTP 200)`)
      expect(failure?.stdout).toContain(`${deadUrl}: failed:`)
      expect(failure?.stderr).toContain('some crawl requests failed')
      expect(relay.requests).toEqual([
        { path: '/xrpc/com.atproto.sync.requestCrawl', body: { hostname: 'pds.example.com' } },
      ])
    } finally {
      relay.server.close()
    }
  })
})
