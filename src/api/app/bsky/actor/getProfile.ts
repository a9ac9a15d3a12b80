import type { Server } from '../../../../../generated/index.js'
import type { OutputSchema } from '../../../../../generated/types/app/bsky/actor/getProfile.js'
import type { AppContext } from '../../../../context.ts'
import { type MungeFn, readAfterWriteMethod } from '../../../../proxy/read-after-write/index.ts'

export default function (server: Server, ctx: AppContext): void {
  server.app.bsky.actor.getProfile(readAfterWriteMethod(ctx, getProfileMunge))
}

const getProfileMunge: MungeFn<OutputSchema> = async (viewer, original, local, requester) => {
  if (!local.profile || original.did !== requester) return original
  return viewer.updateProfileDetailed(original, local.profile.record)
}
