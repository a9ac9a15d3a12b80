import { createServiceJwt, InvalidRequestError } from '@atproto/xrpc-server'
import type { Server } from '../../../../../generated/index.js'
import { PRIVILEGED_METHODS, PROTECTED_METHODS } from '../../../../auth/method-policy.ts'
import { AuthScope } from '../../../../auth/scopes.ts'
import type { AppContext } from '../../../../context.ts'

const MINUTE_MS = 60 * 1000
const HOUR_MS = 60 * MINUTE_MS

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.server.getServiceAuth({
    auth: ctx.auth.accessStandard({ allowTakendown: true }),
    handler: async ({ auth, params }) => {
      const { did } = auth.credentials
      // OAuth tokens were checked against `rpc:` permissions by ctx.auth instead.
      const scope = auth.credentials.type === 'access' ? auth.credentials.scope : undefined
      const { aud, exp, lxm = null } = params
      // A taken-down account's session may only prove itself to the server it migrates to.
      if (scope === AuthScope.Takendown && lxm !== 'com.atproto.server.createAccount') {
        throw new InvalidRequestError('Bad token scope', 'InvalidToken')
      }
      if (exp !== undefined) {
        const diff = exp * 1000 - Date.now()
        if (diff < 0) throw new InvalidRequestError('expiration is in past', 'BadExpiration')
        if (diff > HOUR_MS) {
          throw new InvalidRequestError(
            'cannot request a token with an expiration more than an hour in the future',
            'BadExpiration',
          )
        }
        if (lxm === null && diff > MINUTE_MS) {
          throw new InvalidRequestError(
            'cannot request a method-less token with an expiration more than a minute in the future',
            'BadExpiration',
          )
        }
      }
      if (lxm !== null && PROTECTED_METHODS.has(lxm)) {
        throw new InvalidRequestError(
          `cannot request a service auth token for the following protected method: ${lxm}`,
        )
      }
      if (lxm !== null && scope === AuthScope.AppPass && PRIVILEGED_METHODS.has(lxm)) {
        throw new InvalidRequestError(
          `insufficient access to request a service auth token for the following method: ${lxm}`,
        )
      }
      const token = await createServiceJwt({
        iss: did,
        aud,
        exp,
        lxm,
        keypair: await ctx.accounts.getSigningKey(did),
      })
      return { encoding: 'application/json', body: { token } }
    },
  })
}
