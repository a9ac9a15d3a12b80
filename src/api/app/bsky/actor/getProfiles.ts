import type { Server } from '../../../../../generated/index.js'
import type { OutputSchema } from '../../../../../generated/types/app/bsky/actor/getProfiles.js'
import type { AppContext } from '../../../../context.ts'
import { type MungeFn, readAfterWriteMethod } from '../../../../proxy/read-after-write/index.ts'

export default function (server: Server, ctx: AppContext): void {
  server.app.bsky.actor.getProfiles(readAfterWriteMethod(ctx, getProfilesMunge))
}

const getProfilesMunge: MungeFn<OutputSchema> = async (viewer, original, local, requester) => {
  const profile = local.profile
  if (!profile) return original
  return {
    ...original,
    profiles: original.profiles.map((view) =>
      view.did === requester ? viewer.updateProfileDetailed(view, profile.record) : view,
    ),
  }
}
