import { InvalidRequestError } from '@atproto/xrpc-server'
import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'
import { isRepoBlobRef, isRepoRef } from '../../../../../generated/types/com/atproto/admin/defs.js'
import { isMain as isStrongRef } from '../../../../../generated/types/com/atproto/repo/strongRef.js'
import { type Subject, updateSubjectStatus } from '../../../../admin/subject-status.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.admin.updateSubjectStatus({
    auth: ctx.auth.adminToken(),
    handler: async ({ input }) => {
      const { subject, takedown, deactivated } = input.body
      let target: Subject
      if (isRepoRef(subject)) target = { kind: 'account', did: subject.did }
      else if (isStrongRef(subject)) target = { kind: 'record', uri: subject.uri, cid: subject.cid }
      else if (isRepoBlobRef(subject)) target = { kind: 'blob', did: subject.did, cid: subject.cid }
      else throw new InvalidRequestError('Invalid subject')
      await updateSubjectStatus(ctx, target, { takedown, deactivated })
      return {
        encoding: 'application/json',
        body: { subject, ...(takedown && { takedown }) },
      }
    },
  })
}
