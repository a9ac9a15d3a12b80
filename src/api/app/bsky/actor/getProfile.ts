import type { Server } from '../../../../../generated/index.js'
import type { OutputSchema } from '../../../../../generated/types/app/bsky/actor/getProfile.js'
import type { AppContext } from '../../../../context.ts'
import {
  type MungeFn,
  pipethroughReadAfterWrite,
} from '../../../../proxy/read-after-write/index.ts'

export default function (server: Server, ctx: AppContext): void {
  server.app.bsky.actor.getProfile({
    auth: ctx.auth.accessStandard(),
    handler: (call) => pipethroughReadAfterWrite(ctx, call, getProfileMunge),
  })
}

const getProfileMunge: MungeFn<OutputSchema> = async (viewer, original, local, requester) => {
  if (!local.profile || original.did !== requester) return original
  return viewer.updateProfileDetailed(original, local.profile.record)
}
