import { InvalidHandleError, isValidTld, normalizeAndEnsureValidHandle } from '@atproto/syntax'
import { InvalidRequestError } from '@atproto/xrpc-server'

/** Names under the server's own domains that could be mistaken for the operator or the service. */
const RESERVED_NAMES = new Set([
  'about',
  'abuse',
  'account',
  'accounts',
  'admin',
  'administrator',
  'api',
  'app',
  'atproto',
  'auth',
  'blog',
  'bsky',
  'dev',
  'did',
  'docs',
  'email',
  'feed',
  'feeds',
  'help',
  'hostmaster',
  'info',
  'login',
  'mail',
  'mod',
  'moderation',
  'moderator',
  'noreply',
  'oauth',
  'official',
  'operator',
  'pds',
  'plc',
  'postmaster',
  'relay',
  'root',
  'security',
  'service',
  'staff',
  'status',
  'support',
  'system',
  'team',
  'tempest',
  'webmaster',
  'www',
  'xrpc',
])

const SERVICE_NAME_MIN = 3
const SERVICE_NAME_MAX = 18

function invalidHandle(message: string): InvalidRequestError {
  return new InvalidRequestError(message, 'InvalidHandle')
}

/** Lower-cases and checks the handle's syntax and TLD; `InvalidHandle` otherwise. */
export function normalizeHandleSyntax(handle: string): string {
  let normalized: string
  try {
    normalized = normalizeAndEnsureValidHandle(handle)
  } catch (err) {
    if (err instanceof InvalidHandleError) throw invalidHandle(`Invalid handle: ${err.message}`)
    throw err
  }
  if (!isValidTld(normalized)) throw invalidHandle('Handle TLD is invalid or disallowed')
  return normalized
}

/** The configured domain (`.example.com`) the handle lives under, if any. */
export function serviceDomainOf(handle: string, domains: readonly string[]): string | undefined {
  return domains.find((domain) => handle.endsWith(domain))
}

/**
 * Rules for names under the server's own domains: one label, 3 to 18 characters, not reserved.
 * `<name><domain>` is the whole handle.
 */
export function assertServiceHandleAllowed(handle: string, domain: string): void {
  const name = handle.slice(0, -domain.length)
  if (name.includes('.')) throw invalidHandle('Invalid characters in handle')
  if (name.length < SERVICE_NAME_MIN) throw invalidHandle('Handle too short')
  if (name.length > SERVICE_NAME_MAX) throw invalidHandle('Handle too long')
  if (RESERVED_NAMES.has(name)) {
    throw new InvalidRequestError('Reserved handle', 'HandleNotAvailable')
  }
}
