import type { Generated } from 'kysely'

/** Kysely table types for account.sqlite. Each migration that adds a table adds its type here. */
export interface ServerStateTable {
  key: string
  value: string
  updated_at: string
}

export type AccountStatus = 'active' | 'deactivated' | 'takendown'

export interface AccountTable {
  did: string
  handle: string
  email: string | null
  email_confirmed_at: string | null
  /** 0 or 1 */
  email_auth_factor: number
  password_hash: string | null
  /** The account's secp256k1 repo signing key, exported as hex. */
  signing_key: string
  status: AccountStatus
  takedown_ref: string | null
  deactivated_at: string | null
  /** 0 or 1 */
  invites_disabled: number
  created_at: string
}

export interface RefreshTokenTable {
  /** sha256 (hex) of the token's jti: the token itself is never stored. */
  id: string
  did: string
  /** Every token rotated from one login shares the family of the first. */
  family_id: string
  app_password_name: string | null
  expires_at: string
  /** Set when the token was exchanged for a newer one; reuse is allowed for a short grace period. */
  rotated_at: string | null
}

export interface AppPasswordTable {
  did: string
  name: string
  /** Keyed hash of the generated password (high-entropy, so no slow hash needed). */
  password_hash: string
  /** 0 or 1 */
  privileged: number
  created_at: string
}

export interface InviteCodeTable {
  code: string
  available_uses: number
  /** 0 or 1 */
  disabled: number
  /** The account the code was made for, or `admin`. */
  for_account: string
  created_by: string
  created_at: string
}

export interface InviteCodeUseTable {
  code: string
  used_by: string
  used_at: string
}

export type EmailTokenPurpose =
  | 'confirm_email'
  | 'update_email'
  | 'reset_password'
  | 'delete_account'
  | 'plc_operation'
  | 'auth_factor'

export interface EmailTokenTable {
  purpose: EmailTokenPurpose
  did: string
  /** HMAC (hex) of the code: the code itself is not stored while email works. */
  token_hash: string
  /** The code, kept only while SMTP is off, for the operator's console. */
  plaintext: string | null
  requested_at: string
  /** Codes requested in the current window (a per-account limit on emails sent). */
  requests: number
  window_started_at: string
}

export interface ReservedSigningKeyTable {
  /** did:key of the reserved key. */
  key_did: string
  /** The DID it was reserved for, when the caller named one. */
  did: string | null
  private_key: string
  created_at: string
}

export type BlobStatus = 'temporary' | 'permanent'

export interface BlobTable {
  did: string
  cid: string
  mime_type: string
  size: number
  status: BlobStatus
  created_at: string
  /** Upload time, or the last record write that checked it: the temporary grace period counts from here. */
  touched_at: string
  /** Set by a takedown: the blob is then unreachable. */
  takedown_ref: string | null
}

export interface AccountPrefTable {
  id: Generated<number>
  did: string
  /** The preference's `$type`. */
  name: string
  value_json: string
}

export interface RecordTakedownTable {
  /** at:// URI of the record (with the account's DID). */
  uri: string
  cid: string
  takedown_ref: string
  created_at: string
}

/** OAuth tables (migration 031). JSON columns hold the provider's own data shapes. */
export interface OAuthRequestTable {
  id: string
  did: string | null
  device_id: string | null
  client_id: string
  client_auth: string | null
  parameters: string
  expires_at: string
  code: string | null
}

export interface OAuthDeviceTable {
  id: string
  session_id: string
  user_agent: string | null
  ip_address: string
  last_seen_at: string
}

export interface OAuthAccountDeviceTable {
  device_id: string
  did: string
  created_at: string
  updated_at: string
}

export interface OAuthTokenTable {
  id: Generated<number>
  token_id: string
  did: string
  client_id: string
  client_auth: string
  device_id: string | null
  parameters: string
  details: string | null
  code: string | null
  current_refresh_token: string | null
  scope: string | null
  created_at: string
  updated_at: string
  expires_at: string
}

export interface OAuthUsedRefreshTokenTable {
  refresh_token: string
  token_row_id: number
}

export interface OAuthAuthorizedClientTable {
  did: string
  client_id: string
  /** `{ authorizedScopes: string[] }` */
  data: string
  created_at: string
  updated_at: string
}

export interface OAuthLexiconTable {
  nsid: string
  created_at: string
  updated_at: string
  last_succeeded_at: string | null
  uri: string | null
  lexicon: string | null
}

export interface AccountDbSchema {
  server_state: ServerStateTable
  account: AccountTable
  refresh_token: RefreshTokenTable
  app_password: AppPasswordTable
  invite_code: InviteCodeTable
  invite_code_use: InviteCodeUseTable
  email_token: EmailTokenTable
  reserved_signing_key: ReservedSigningKeyTable
  blob: BlobTable
  account_pref: AccountPrefTable
  record_takedown: RecordTakedownTable
  oauth_request: OAuthRequestTable
  oauth_device: OAuthDeviceTable
  oauth_account_device: OAuthAccountDeviceTable
  oauth_token: OAuthTokenTable
  oauth_used_refresh_token: OAuthUsedRefreshTokenTable
  oauth_authorized_client: OAuthAuthorizedClientTable
  oauth_lexicon: OAuthLexiconTable
}
