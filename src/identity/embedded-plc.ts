import type { AddressInfo } from 'node:net'

/**
 * The reference did:plc directory on an in-memory database, for development only: a fresh clone
 * can create accounts without any external service. Its contents vanish when the process exits.
 */
export async function startEmbeddedPlc(
  port = 0,
): Promise<{ url: string; close: () => Promise<void> }> {
  // Imported here: the directory is a development dependency, absent from the release image.
  const { Database, PlcServer } = await import('@did-plc/server').catch((err: unknown) => {
    throw new Error(
      'the embedded development PLC directory (@did-plc/server, a development dependency) is not installed: set TEMPEST_PLC_URL',
      { cause: err },
    )
  })
  const server = PlcServer.create({ db: Database.mock(), port, version: 'tempest-embedded' })
  const http = await server.start()
  const actual = (http.address() as AddressInfo).port
  return { url: `http://localhost:${actual}`, close: () => server.destroy() }
}
