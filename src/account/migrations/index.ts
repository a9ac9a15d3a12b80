import type { Migration } from 'kysely/migration'
import * as m001 from './001-server-state.ts'
import * as m002 from './002-accounts.ts'

/** Every account.sqlite migration, in order. Names are permanent: never rename or reorder. */
export const accountMigrations: Record<string, Migration> = {
  '001-server-state': m001,
  '002-accounts': m002,
}
