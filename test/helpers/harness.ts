import { mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { AtpAgent } from '@atproto/api'
import { loadConfig } from '../../src/config.ts'
import { createAppContext, type AppContext } from '../../src/context.ts'
import { startEmbeddedPlc } from '../../src/identity/embedded-plc.ts'
import { createLogger } from '../../src/logger.ts'
import { startServer, type RunningServer } from '../../src/server.ts'

export interface TestPlc {
  url: string
  close(): Promise<void>
}

/** A real did:plc directory (the reference server, in-memory database) on an ephemeral port. */
export function startTestPlc(): Promise<TestPlc> {
  return startEmbeddedPlc(0)
}

export interface TestPds {
  url: string
  ctx: AppContext
  server: RunningServer
  dataDir: string
  plc: TestPlc
  /** A fresh `@atproto/api` agent pointed at this server. */
  agent(): AtpAgent
  close(): Promise<void>
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.once('error', reject)
    srv.listen(0, () => {
      const { port } = srv.address() as { port: number }
      srv.close(() => resolve(port))
    })
  })
}

export interface StartOptions {
  /** Extra environment variables (the same names operators use). */
  env?: Record<string, string>
  /** Reuse a PLC directory (for tests with several servers); one is started otherwise. */
  plc?: TestPlc
  /** Reuse a data dir (restart tests); a temp dir is made otherwise. */
  dataDir?: string
  /** Where the server's JSON log lines go (level from TEMPEST_LOG_LEVEL in `env`); none otherwise. */
  logDestination?: NodeJS.WritableStream
  /** The port to listen on (when `env` must name it, as a production TEMPEST_PUBLIC_URL does). */
  port?: number
}

/** Starts a real Tempest over HTTP with a temp data dir and a real PLC directory. */
export async function startTestPds(opts: StartOptions = {}): Promise<TestPds> {
  const plc = opts.plc ?? (await startTestPlc())
  const dataDir = opts.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'tempest-test-')))
  const port = opts.port ?? (await freePort())
  const cfg = loadConfig(
    {
      TEMPEST_ENV: 'development',
      PORT: String(port),
      TEMPEST_DATA_DIR: dataDir,
      TEMPEST_PLC_URL: plc.url,
      TEMPEST_LOG_LEVEL: 'silent',
      TEMPEST_INVITE_REQUIRED: 'false',
      ...opts.env,
    },
    'test',
  )
  const ctx = await createAppContext(cfg, createLogger(cfg.logLevel, opts.logDestination), {
    plcUrl: plc.url,
  })
  const server = await startServer(ctx, port)
  return {
    url: server.url,
    ctx,
    server,
    dataDir,
    plc,
    agent: () => new AtpAgent({ service: server.url }),
    close: async () => {
      await server.close()
      if (!opts.plc) await plc.close()
      if (!opts.dataDir) await rm(dataDir, { recursive: true, force: true })
    },
  }
}
