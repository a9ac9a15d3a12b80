import type { Server } from '../../../../../generated/index.js'
import { accountStatus } from '../../../../account/migration.ts'
import type { AppContext } from '../../../../context.ts'
import { callerQuery } from '../../../caller-query.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.server.checkAccountStatus(callerQuery(ctx, (did) => accountStatus(ctx, did)))
}
