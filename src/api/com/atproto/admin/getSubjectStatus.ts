import { InvalidRequestError } from '@atproto/xrpc-server'
import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'
import { getSubjectStatus } from '../../../../admin/subject-status.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.admin.getSubjectStatus({
    auth: ctx.auth.adminToken(),
    handler: async ({ params }) => {
      const { did, uri, blob } = params
      if (blob !== undefined) {
        if (did === undefined) {
          throw new InvalidRequestError('Must provide a did to request blob state')
        }
        const status = await getSubjectStatus(ctx, { kind: 'blob', did, cid: blob })
        return {
          encoding: 'application/json',
          body: {
            subject: { $type: 'com.atproto.admin.defs#repoBlobRef', did, cid: blob },
            ...status,
          },
        }
      }
      if (uri !== undefined) {
        const taken = ctx.admin.records.get(uri)
        const status = await getSubjectStatus(ctx, { kind: 'record', uri, cid: taken?.cid ?? '' })
        const cid = taken?.cid ?? currentRecordCid(ctx, uri)
        if (cid === undefined) throw new InvalidRequestError('Subject not found', 'NotFound')
        return {
          encoding: 'application/json',
          body: { subject: { $type: 'com.atproto.repo.strongRef', uri, cid }, ...status },
        }
      }
      if (did !== undefined) {
        const status = await getSubjectStatus(ctx, { kind: 'account', did })
        return {
          encoding: 'application/json',
          body: { subject: { $type: 'com.atproto.admin.defs#repoRef', did }, ...status },
        }
      }
      throw new InvalidRequestError('No provided subject')
    },
  })
}

function currentRecordCid(ctx: AppContext, uri: string): string | undefined {
  const [did, collection, rkey] = uri.replace(/^at:\/\//, '').split('/')
  if (!did || !collection || !rkey) return undefined
  return ctx.repos.getRecordCid(did, collection, rkey)?.toString()
}
