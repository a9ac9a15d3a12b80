import type { Server } from '../../generated/index.js'
import type { AppContext } from '../context.ts'
import describeServer from './com/atproto/server/describeServer.ts'

/** Every XRPC handler Tempest implements; methods not listed here answer MethodNotImplemented. */
const handlers: Array<(server: Server, ctx: AppContext) => void> = [describeServer]

export function registerHandlers(server: Server, ctx: AppContext): void {
  for (const register of handlers) register(server, ctx)
}
