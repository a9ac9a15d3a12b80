import { isValidHandle } from '@atproto/syntax'
import { InvalidRequestError } from '@atproto/xrpc-server'
import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'
import { serviceDomainOf } from '../../../../identity/handles.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.identity.resolveHandle({
    handler: async ({ params }) => {
      const handle = params.handle.toLowerCase()
      if (!isValidHandle(handle)) throw new InvalidRequestError('Invalid handle')
      const local = await ctx.accounts.getAccount(handle)
      let did = local?.did
      // Names under our own domains exist only here; anything else may live elsewhere.
      if (did === undefined && serviceDomainOf(handle, ctx.cfg.handleDomains) === undefined) {
        did = await ctx.identity.resolveExternalHandle(handle)
      }
      if (did === undefined) {
        throw new InvalidRequestError('Unable to resolve handle', 'HandleNotFound')
      }
      return { encoding: 'application/json', body: { did } }
    },
  })
}
