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

export interface AccountDbSchema {
  server_state: ServerStateTable
  account: AccountTable
}
