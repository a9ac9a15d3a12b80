import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  freePort,
  startTestPds,
  startTestPlc,
  type TestPds,
  type TestPlc,
} from '../helpers/harness.ts'

/** The phase names of a `Server-Timing` header, each checked to carry a duration. */
function phaseNames(header: string | undefined): string[] {
  expect(header).toBeDefined()
  return (header as string).split(', ').map((entry) => {
    const [name, dur] = entry.split(';dur=')
    expect(Number(dur)).toBeGreaterThanOrEqual(0)
    return name as string
  })
}

const post = { $type: 'app.bsky.feed.post', text: 'timed', createdAt: new Date().toISOString() }

/** Signs up, creates a post and reads it back; the two responses' `Server-Timing` headers. */
async function writeAndRead(pds: TestPds, handle: string) {
  const agent = pds.agent()
  await agent.createAccount({ handle, email: `${handle}@example.com`, password: 'timing-pass-123' })
  const did = agent.session?.did as string
  const created = await agent.com.atproto.repo.createRecord({
    repo: did,
    collection: 'app.bsky.feed.post',
    record: post,
  })
  const read = await agent.com.atproto.repo.getRecord({
    repo: did,
    collection: 'app.bsky.feed.post',
    rkey: created.data.uri.split('/').pop() as string,
  })
  return { did, write: created.headers['server-timing'], read: read.headers['server-timing'] }
}

describe('Server-Timing', () => {
  let plc: TestPlc
  let dev: TestPds
  let prod: TestPds

  beforeAll(async () => {
    plc = await startTestPlc()
    dev = await startTestPds({ plc })
    // As the benchmark runs it: production on loopback.
    const port = await freePort()
    prod = await startTestPds({
      plc,
      port,
      env: {
        TEMPEST_ENV: 'production',
        TEMPEST_HOSTNAME: 'localhost',
        TEMPEST_PUBLIC_URL: `http://localhost:${port}`,
        TEMPEST_HANDLE_DOMAINS: '.test',
        SECRET_KEY_BASE: 't'.repeat(64),
        TEMPEST_INVITE_REQUIRED: 'false',
      },
    })
  })
  afterAll(async () => {
    await dev?.close()
    await prod?.close()
    await plc?.close()
  })

  it('in development, createRecord and getRecord say where their time went', async () => {
    const { did, write: writeTiming, read: readTiming } = await writeAndRead(dev, 'timed.test')
    const write = phaseNames(writeTiming)
    for (const phase of [
      'auth',
      'validate',
      'lock',
      'build',
      'sign',
      'event',
      'repo-txn',
      'commit',
      'total',
    ]) {
      expect(write).toContain(phase)
    }

    expect(phaseNames(readTiming)).toEqual(['account', 'read', 'total'])

    // Every response gets one, errors and non-XRPC routes included.
    const health = await fetch(`${dev.url}/xrpc/_health`)
    expect(phaseNames(health.headers.get('server-timing') ?? undefined)).toEqual(['total'])
    const missing = await fetch(
      `${dev.url}/xrpc/com.atproto.repo.getRecord?repo=${did}&collection=app.bsky.feed.post&rkey=3zzzzzzzzzzzz`,
    )
    expect(missing.status).toBe(400)
    expect(phaseNames(missing.headers.get('server-timing') ?? undefined)).toContain('total')
  })

  it('in production (by default) there is no header', async () => {
    expect(prod.ctx.cfg.serverTiming).toBe(false)
    const { write, read } = await writeAndRead(prod, 'quiet.test')
    expect(write).toBeUndefined()
    expect(read).toBeUndefined()
    expect((await fetch(`${prod.url}/xrpc/_health`)).headers.has('server-timing')).toBe(false)
  })
})
