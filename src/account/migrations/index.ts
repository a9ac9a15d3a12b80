import type { Migration } from 'kysely/migration'
import * as m001 from './001-server-state.ts'
import * as m002 from './002-accounts.ts'
import * as m003 from './003-credentials.ts'
import * as m004 from './004-email-token-hashes.ts'
import * as m010 from './010-blobs.ts'
import * as m020 from './020-preferences.ts'
import * as m030 from './030-record-takedowns.ts'
import * as m031 from './031-oauth.ts'

/** Every account.sqlite migration, in order. Names are permanent: never rename or reorder. */
export const accountMigrations: Record<string, Migration> = {
  '001-server-state': m001,
  '002-accounts': m002,
  '003-credentials': m003,
  '004-email-token-hashes': m004,
  '010-blobs': m010,
  '020-preferences': m020,
  '030-record-takedowns': m030,
  '031-oauth': m031,
}
