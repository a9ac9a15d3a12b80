/** Session JWT scopes, with the reference PDS's names (clients and entryways inspect them). */
export const AuthScope = {
  Access: 'com.atproto.access',
  Refresh: 'com.atproto.refresh',
  AppPass: 'com.atproto.appPass',
  AppPassPrivileged: 'com.atproto.appPassPrivileged',
  Takendown: 'com.atproto.takendown',
} as const
export type AuthScope = (typeof AuthScope)[keyof typeof AuthScope]

/** Anything a logged-in client may do, app passwords included. */
export const ACCESS_STANDARD: readonly AuthScope[] = [
  AuthScope.Access,
  AuthScope.AppPass,
  AuthScope.AppPassPrivileged,
]
/** Methods that need the account password or a privileged app password (DMs, service auth). */
export const ACCESS_PRIVILEGED: readonly AuthScope[] = [
  AuthScope.Access,
  AuthScope.AppPassPrivileged,
]
/** Account management: only a session made with the account password. */
export const ACCESS_FULL: readonly AuthScope[] = [AuthScope.Access]

export function isAuthScope(value: unknown): value is AuthScope {
  return Object.values(AuthScope).includes(value as AuthScope)
}

/** The access scope a new session gets. */
export function sessionScope(appPassword: { privileged: boolean } | null): AuthScope {
  if (!appPassword) return AuthScope.Access
  return appPassword.privileged ? AuthScope.AppPassPrivileged : AuthScope.AppPass
}
