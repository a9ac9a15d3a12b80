import type { Kysely } from 'kysely'
import { type Migration, Migrator } from 'kysely/migration'

/** Brings a database to the newest schema; idempotent, stops on the first failing migration. */
export async function migrateToLatest(
  db: Kysely<unknown>,
  migrations: Record<string, Migration>,
): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } })
  const { error, results } = await migrator.migrateToLatest()
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown'
    throw new Error(`database migration ${failed} failed: ${String(error)}`, { cause: error })
  }
}
