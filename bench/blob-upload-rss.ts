/**
 * RSS growth of a real `tempest serve` process while it receives one 50 MB blob upload, and while
 * it serves that blob back with getBlob.
 * Acceptance: upload growth under 20 MB (the body is streamed to disk, never held in memory).
 *
 *   npx tsx bench/blob-upload-rss.ts [MEGABYTES]
 *
 * The server runs as a child process (TypeScript through tsx) with serve's own heap settings, a
 * temp data dir and the embedded development PLC; its RSS is read from /proc every 10 ms. Before
 * measuring, a 4,000-record load grows V8's young generation to its working size, as on a server
 * that has been busy: a streamed body allocates little on the JS heap for the large buffers it
 * holds, so with a grown young generation those buffers would otherwise wait for a scavenge that
 * rarely comes (RSS rose by 30-45 MB that way); the upload path collects every 8 MiB instead.
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { AtpAgent } from '@atproto/api'
import { freePort } from '../test/helpers/harness.ts'

const MB = 1024 * 1024
const sizeMb = Number(process.argv[2] ?? 50)
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1]
  return Number(kb) * 1024
}

/** `work`'s result and the peak RSS growth of `pid` while it ran. */
async function growthDuring<T>(
  pid: number,
  work: () => Promise<T>,
): Promise<{ growth: number; value: T }> {
  const before = rssBytes(pid)
  let peak = before
  const sampler = setInterval(() => (peak = Math.max(peak, rssBytes(pid))), 10)
  let value: T
  try {
    value = await work()
  } finally {
    clearInterval(sampler)
  }
  peak = Math.max(peak, rssBytes(pid))
  console.log(
    `  server RSS before ${(before / MB).toFixed(1)} MB, peak ${(peak / MB).toFixed(1)} MB`,
  )
  return { growth: peak - before, value }
}

async function measure(): Promise<{ upload: number; download: number }> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tempest-bench-'))
  const port = await freePort()
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'src/bin/tempest.ts'), 'serve'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_OPTIONS: '',
        TEMPEST_ENV: 'development',
        PORT: String(port),
        TEMPEST_DATA_DIR: dataDir,
        TEMPEST_INVITE_REQUIRED: 'false',
        TEMPEST_LOG_LEVEL: 'warn',
        TEMPEST_BLOB_MAX_BYTES: String((sizeMb + 1) * MB),
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  )
  try {
    const url = `http://localhost:${port}`
    await waitForHealth(url)
    const pid = child.pid as number
    const agent = new AtpAgent({ service: url })
    await agent.createAccount({
      handle: 'benchmark.test',
      email: 'bench@example.com',
      password: 'benchmark password',
    })
    const did = agent.session?.did as string
    // Warm up the upload path so one-time allocations (modules, JIT) are not counted, then load
    // records so the young generation grows.
    await agent.com.atproto.repo.uploadBlob(randomBytes(4 * MB), { encoding: 'image/png' })
    for (let n = 0; n < 4000; n += 200) {
      await agent.com.atproto.repo.applyWrites({
        repo: did,
        writes: Array.from({ length: 200 }, (_, i) => ({
          $type: 'com.atproto.repo.applyWrites#create',
          collection: 'app.bsky.feed.post',
          value: { text: `load ${n + i}`, createdAt: new Date().toISOString() },
        })),
      })
    }
    await new Promise((r) => setTimeout(r, 500))

    console.log(`upload of ${sizeMb} MB`)
    const { growth: upload, value: blob } = await growthDuring(pid, async () => {
      const chunk = randomBytes(MB)
      let sent = 0
      const res = await fetch(`${url}/xrpc/com.atproto.repo.uploadBlob`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${agent.session?.accessJwt}`,
          'content-type': 'video/mp4',
          'content-length': String(sizeMb * MB),
        },
        // Generated on the fly, so the client holds one megabyte at a time.
        body: new ReadableStream({
          pull(controller) {
            if (sent === sizeMb) return controller.close()
            sent++
            controller.enqueue(chunk)
          },
        }),
        duplex: 'half',
      } as RequestInit)
      const body = await res.text()
      if (!res.ok) throw new Error(`upload failed: ${res.status} ${body}`)
      return (JSON.parse(body) as { blob: { ref: { $link: string } } }).blob
    })
    console.log(`  server RSS growth: ${(upload / MB).toFixed(1)} MB`)

    // getBlob serves only blobs a record references.
    await agent.com.atproto.repo.createRecord({
      repo: did,
      collection: 'com.example.file',
      record: { $type: 'com.example.file', file: blob },
    })
    const cid = blob.ref.$link
    await new Promise((r) => setTimeout(r, 500))
    console.log(`getBlob of ${sizeMb} MB`)
    const { growth: download } = await growthDuring(pid, async () => {
      const res = await fetch(`${url}/xrpc/com.atproto.sync.getBlob?did=${did}&cid=${cid}`)
      if (!res.ok) throw new Error(`getBlob failed: ${res.status} ${await res.text()}`)
      let received = 0
      for await (const part of res.body as AsyncIterable<Uint8Array>) received += part.byteLength
      if (received !== sizeMb * MB) throw new Error(`getBlob returned ${received} bytes`)
    })
    console.log(`  server RSS growth: ${(download / MB).toFixed(1)} MB`)
    return { upload, download }
  } finally {
    child.kill('SIGTERM')
    await new Promise((r) => child.once('exit', r))
    await rm(dataDir, { recursive: true, force: true })
  }
}

async function waitForHealth(url: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${url}/xrpc/_health`)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error('server did not start')
}

const { upload } = await measure()
console.log(
  `upload growth ${(upload / MB).toFixed(1)} MB: ${upload < 20 * MB ? 'under' : 'OVER'} the 20 MB limit`,
)
if (upload >= 20 * MB) process.exitCode = 1
