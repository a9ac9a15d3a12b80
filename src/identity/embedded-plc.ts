import type { AddressInfo } from 'node:net'

/**
 * The reference did:plc directory on an in-memory database, for development only: a fresh clone
 * can create accounts without any external service. Its contents vanish when the process exits.
 */
export async function startEmbeddedPlc(
  port = 0,
): Promise<{ url: string; close: () => Promise<void> }> {
  // Imported here: the directory and its dependencies are only needed in development.
  const { Database, PlcServer } = await import('@did-plc/server')
  const server = PlcServer.create({ db: Database.mock(), port, version: 'tempest-embedded' })
  const http = await server.start()
  const actual = (http.address() as AddressInfo).port
  return { url: `http://localhost:${actual}`, close: () => server.destroy() }
}
