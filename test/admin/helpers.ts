import argon2 from 'argon2'

/** A fixed admin token and its argon2id hash, as `tempest argon` would print it. */
export const ADMIN_TOKEN = 'tempest-test-admin-token-0123456789'

export async function adminEnv(): Promise<Record<string, string>> {
  return { TEMPEST_ADMIN_TOKEN_HASH: await argon2.hash(ADMIN_TOKEN, { type: argon2.argon2id }) }
}

export const adminHeaders = { authorization: `Bearer ${ADMIN_TOKEN}` }

/** Lifts the admin-auth throttle for tests that send wrong tokens on purpose (admin-flood tests it). */
export const liftedAdminThrottle = {
  TEMPEST_ADMIN_AUTH_MAX_IN_FLIGHT: '64',
  TEMPEST_ADMIN_AUTH_PER_SECOND: '1000',
  TEMPEST_ADMIN_AUTH_PER_CLIENT_PER_SECOND: '1000',
}
