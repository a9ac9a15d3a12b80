import type { Server } from '../../../../../generated/index.js'
import type { AppContext } from '../../../../context.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.server.describeServer({
    handler: () => {
      const { cfg } = ctx
      return {
        encoding: 'application/json',
        body: {
          did: cfg.serviceDid,
          availableUserDomains: cfg.handleDomains,
          inviteCodeRequired: cfg.inviteRequired,
          phoneVerificationRequired: false,
          blobUploadLimit: cfg.blobMaxBytes,
          links: {
            ...(cfg.privacyPolicyUrl && { privacyPolicy: cfg.privacyPolicyUrl }),
            ...(cfg.termsOfServiceUrl && { termsOfService: cfg.termsOfServiceUrl }),
          },
          contact: { ...(cfg.contactEmail && { email: cfg.contactEmail }) },
        },
      }
    },
  })
}
