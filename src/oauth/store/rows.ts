import type { Kysely, Selectable } from 'kysely'
import type { AccountDbSchema } from '../../account/schema.ts'

type Tables = AccountDbSchema

/**
 * The row of `table` whose `column` is `value`, the read by key the OAuth stores share. Kysely
 * cannot type a query over a table named by a type parameter, so the query is built over the
 * whole schema and its row narrowed back to `table`'s.
 */
export function rowByKey<T extends keyof Tables>(
  db: Kysely<Tables>,
  table: T,
  column: keyof Tables[T] & string,
  value: string,
): Promise<Selectable<Tables[T]> | undefined> {
  const query = db.selectFrom(table as keyof Tables).selectAll()
  return query.where(db.dynamic.ref(column), '=', value).executeTakeFirst() as Promise<
    Selectable<Tables[T]> | undefined
  >
}
