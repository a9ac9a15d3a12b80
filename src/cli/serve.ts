import { loadConfig } from '../config.ts'
import { createAppContext } from '../context.ts'
import { startEmbeddedPlc } from '../identity/embedded-plc.ts'
import { createLogger } from '../logger.ts'
import { startServer } from '../server.ts'
import { releaseStartupGarbage } from '../runtime/garbage-collection.ts'
import { readVersion } from '../version.ts'

export async function serve(): Promise<void> {
  const cfg = loadConfig(process.env, readVersion())
  const logger = createLogger(cfg.logLevel)
  let plcUrl = cfg.plcUrl
  let closePlc: (() => Promise<void>) | undefined
  if (plcUrl === undefined) {
    const plc = await startEmbeddedPlc()
    plcUrl = plc.url
    closePlc = plc.close
    logger.warn(
      { plcUrl },
      'development mode: started an embedded in-memory did:plc directory (its DIDs vanish on restart; set TEMPEST_PLC_URL to keep them)',
    )
  }
  const ctx = await createAppContext(cfg, logger, { plcUrl })
  const server = await startServer(ctx)
  releaseStartupGarbage()
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down')
    const force = setTimeout(() => process.exit(1), 12_000)
    force.unref()
    void server
      .close()
      .then(() => closePlc?.())
      .then(() => {
        logger.info('shut down cleanly')
        logger.flush()
        process.exit(0)
      })
  }
  process.once('SIGTERM', () => shutdown('SIGTERM'))
  process.once('SIGINT', () => shutdown('SIGINT'))
  // Announced only once the signal handlers are in place: a supervisor that stops the server as
  // soon as it is listening must get a clean shutdown, not the default signal death.
  logger.info(
    {
      url: cfg.publicUrl,
      port: server.port,
      env: cfg.env,
      dataDir: cfg.dataDir,
      version: cfg.version,
    },
    'tempest is listening',
  )
}
