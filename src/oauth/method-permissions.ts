import type { IncomingMessage } from 'node:http'
import type { ScopePermissions } from '@atproto/oauth-scopes'
import {
  ForbiddenError,
  type MethodAuthContext,
  parseReqEncoding,
  parseReqNsid,
} from '@atproto/xrpc-server'
import type { Config } from '../config.ts'

type Check = (permissions: ScopePermissions, ctx: MethodAuthContext) => void

/** Methods any OAuth session (`atproto` scope) may call; their own data checks still apply. */
const allow: Check = () => {}
/** Checked in the handler, which has the body: record writes, push registration. */
const checkedInHandler = allow

/**
 * What an OAuth token must allow for each method the PDS answers itself, as the reference PDS
 * declares per method. A method not listed here cannot be called with OAuth credentials at all:
 * that covers account deletion, app passwords, invite codes, account reactivation, email change
 * and everything the operator's admin token guards, so a new method is closed until listed.
 */
function methodChecks(cfg: Config): Record<string, Check> {
  const rpcToService: Check = (permissions, { req }) => {
    const lxm = parseReqNsid(req)
    permissions.assertRpc({ aud: serviceAudience(cfg, req, lxm), lxm })
  }
  const accountEmail: Check = (p) => p.assertAccount({ attr: 'email', action: 'manage' })
  const fullIdentity: Check = (p) => p.assertIdentity({ attr: '*' })
  return {
    'com.atproto.server.getSession': allow,
    'com.atproto.server.checkAccountStatus': allow,
    'com.atproto.server.getServiceAuth': (permissions, { params }) => {
      const { aud, lxm } = params as { aud: string; lxm?: string }
      permissions.assertRpc({ aud, lxm: lxm ?? '*' })
    },
    'com.atproto.server.deactivateAccount': (p) =>
      p.assertAccount({ attr: 'status', action: 'manage' }),
    'com.atproto.server.requestEmailConfirmation': accountEmail,
    'com.atproto.server.confirmEmail': accountEmail,
    'com.atproto.identity.getRecommendedDidCredentials': allow,
    'com.atproto.identity.updateHandle': (p) => p.assertIdentity({ attr: 'handle' }),
    'com.atproto.identity.requestPlcOperationSignature': fullIdentity,
    'com.atproto.identity.signPlcOperation': fullIdentity,
    'com.atproto.identity.submitPlcOperation': fullIdentity,
    'com.atproto.repo.createRecord': checkedInHandler,
    'com.atproto.repo.putRecord': checkedInHandler,
    'com.atproto.repo.deleteRecord': checkedInHandler,
    'com.atproto.repo.applyWrites': checkedInHandler,
    'com.atproto.repo.listMissingBlobs': allow,
    'com.atproto.repo.uploadBlob': (p, { req }) => p.assertBlob({ mime: parseReqEncoding(req) }),
    'com.atproto.repo.importRepo': (p) => p.assertAccount({ attr: 'repo', action: 'manage' }),
    'com.atproto.moderation.createReport': rpcToService,
    // Served (or completed) here but on behalf of the AppView: the token must allow the AppView.
    'app.bsky.actor.getPreferences': rpcToService,
    'app.bsky.actor.putPreferences': rpcToService,
    'app.bsky.actor.getProfile': rpcToService,
    'app.bsky.actor.getProfiles': rpcToService,
    'app.bsky.feed.getActorLikes': rpcToService,
    'app.bsky.feed.getAuthorFeed': rpcToService,
    // The feed generator is reached with the same audience (as the reference PDS).
    'app.bsky.feed.getFeed': (permissions, { req }) => {
      const aud = serviceAudience(cfg, req, 'app.bsky.feed.getFeed')
      permissions.assertRpc({ aud, lxm: 'app.bsky.feed.getFeed' })
      permissions.assertRpc({ aud, lxm: 'app.bsky.feed.getFeedSkeleton' })
    },
    'app.bsky.feed.getPostThread': rpcToService,
    'app.bsky.feed.getTimeline': rpcToService,
    // The service is named in the body: checked in the handler (`assertRpcCall`).
    'app.bsky.notification.registerPush': checkedInHandler,
    'app.bsky.notification.unregisterPush': checkedInHandler,
  }
}

/**
 * The `aud` an `rpc:` permission is checked against: the `atproto-proxy` header's `did#service`,
 * or the configured service for the method (as the reference PDS's computeProxyTo).
 */
function serviceAudience(cfg: Config, req: IncomingMessage, nsid: string): string {
  const header = req.headers['atproto-proxy']
  if (typeof header === 'string' && header !== '') return header
  if (nsid === 'com.atproto.moderation.createReport' && cfg.reportService) {
    return `${cfg.reportService.did}#atproto_labeler`
  }
  if (nsid.startsWith('chat.bsky.') && cfg.chat) return `${cfg.chat.did}#bsky_chat`
  if (cfg.appView) return `${cfg.appView.did}#bsky_appview`
  throw new ForbiddenError(`No service configured for ${nsid}`)
}

/** The per-method OAuth permission check used by `ctx.auth` for DPoP-bound tokens. */
export class OAuthMethodPolicy {
  private readonly checks: Record<string, Check>

  constructor(private readonly cfg: Config) {
    this.checks = methodChecks(cfg)
  }

  /**
   * @throws ForbiddenError for methods OAuth sessions may not call; ScopeMissingError (403) when
   * the token lacks the permission.
   */
  authorize(nsid: string, permissions: ScopePermissions, ctx: MethodAuthContext): void {
    // Repository sync reads are public; a token only identifies the caller.
    if (nsid.startsWith('com.atproto.sync.')) return
    const check = Object.hasOwn(this.checks, nsid) ? this.checks[nsid] : undefined
    if (!check) {
      throw new ForbiddenError('OAuth credentials are not supported for this endpoint')
    }
    check(permissions, ctx)
  }

  /** Methods without a local handler, forwarded by the proxy: `rpc:` to the target service. */
  authorizeProxied(nsid: string, permissions: ScopePermissions, req: IncomingMessage): void {
    permissions.assertRpc({ aud: serviceAudience(this.cfg, req, nsid), lxm: nsid })
  }
}

/** A record write as the `repo:` permission sees it. */
export interface RepoWriteIntent {
  action: 'create' | 'update' | 'delete'
  collection: string
}

/**
 * Record-write handlers call this with their writes: OAuth tokens must hold `repo:` permission
 * for each (legacy sessions pass). `credentials` is `auth.credentials` from `ctx.auth`.
 */
export function assertRepoWrites(
  credentials: { type: string; permissions?: ScopePermissions },
  writes: readonly RepoWriteIntent[],
): void {
  if (credentials.type !== 'oauth' || !credentials.permissions) return
  for (const write of writes) credentials.permissions.assertRepo(write)
}

/**
 * For handlers that learn the target service from the body (push registration): OAuth tokens
 * must hold `rpc:` permission for it (legacy sessions pass).
 */
export function assertRpcCall(
  credentials: { type: string; permissions?: ScopePermissions },
  call: { aud: string; lxm: string },
): void {
  if (credentials.type !== 'oauth' || !credentials.permissions) return
  credentials.permissions.assertRpc(call)
}

/** getSession: OAuth sessions see the account's email only with `account:email` read access. */
export function canReadEmail(credentials: {
  type: string
  permissions?: ScopePermissions
}): boolean {
  if (credentials.type !== 'oauth' || !credentials.permissions) return true
  return credentials.permissions.allowsAccount({ attr: 'email', action: 'read' })
}
