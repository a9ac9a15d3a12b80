import { InvalidRequestError } from '@atproto/xrpc-server'
import type { Kysely } from 'kysely'
import type { AccountDbSchema } from './schema.ts'

export type Preference = Record<string, unknown> & { $type: string }

const PERSONAL_DETAILS_PREF = 'app.bsky.actor.defs#personalDetailsPref'
const DECLARED_AGE_PREF = 'app.bsky.actor.defs#declaredAgePref'
/** Readable and writable only with the account password (not app passwords). */
const FULL_ACCESS_ONLY = new Set([PERSONAL_DETAILS_PREF])
/** Derived by the server on read; dropped when a client writes it. */
const READ_ONLY = new Set([DECLARED_AGE_PREF])

export interface PreferenceAccess {
  /** A session made with the account password (not an app password). */
  fullAccess: boolean
}

function inNamespace(namespace: string, type: string): boolean {
  return type === namespace || type.startsWith(`${namespace}.`)
}

function allowed(type: string, access: PreferenceAccess): boolean {
  return access.fullAccess || !FULL_ACCESS_ONLY.has(type)
}

function ageOn(birthDate: string, today: Date): number {
  const born = new Date(birthDate)
  let age = today.getFullYear() - born.getFullYear()
  const months = today.getMonth() - born.getMonth()
  if (months < 0 || (months === 0 && today.getDate() < born.getDate())) age--
  return age
}

/**
 * Private per-account preferences in account.sqlite (never in the repo), with the reference
 * PDS's rules: a put replaces the whole namespace; personal details need full access; the
 * declared-age preference is computed from the birth date.
 */
export class PreferenceStore {
  constructor(private readonly db: Kysely<AccountDbSchema>) {}

  /** How many preferences the account has stored (checkAccountStatus's `privateStateValues`). */
  async count(did: string): Promise<number> {
    const row = await this.db
      .selectFrom('account_pref')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('did', '=', did)
      .executeTakeFirstOrThrow()
    return Number(row.n)
  }

  async get(did: string, namespace: string, access: PreferenceAccess): Promise<Preference[]> {
    const rows = await this.db
      .selectFrom('account_pref')
      .select(['name', 'value_json'])
      .where('did', '=', did)
      .orderBy('id')
      .execute()
    const prefs = rows
      .filter((row) => inNamespace(namespace, row.name))
      .map((row) => JSON.parse(row.value_json) as Preference)
    const birthDate = prefs.find((p) => p.$type === PERSONAL_DETAILS_PREF)?.birthDate
    if (typeof birthDate === 'string') {
      const age = ageOn(birthDate, new Date())
      prefs.push({
        $type: DECLARED_AGE_PREF,
        isOverAge13: age >= 13,
        isOverAge16: age >= 16,
        isOverAge18: age >= 18,
      })
    }
    return prefs.filter((p) => allowed(p.$type, access))
  }

  async put(
    did: string,
    values: Preference[],
    namespace: string,
    access: PreferenceAccess,
  ): Promise<void> {
    if (!values.every((v) => inNamespace(namespace, v.$type))) {
      throw new InvalidRequestError(`Some preferences are not in the ${namespace} namespace`)
    }
    const forbidden = values.filter((v) => !allowed(v.$type, access))
    if (forbidden.length > 0) {
      throw new InvalidRequestError(
        `Do not have authorization to set preferences: ${forbidden.map((p) => p.$type).join(', ')}`,
      )
    }
    await this.db.transaction().execute(async (tx) => {
      const current = await tx
        .selectFrom('account_pref')
        .select(['id', 'name'])
        .where('did', '=', did)
        .execute()
      // Preferences this session may not see (personal details for app passwords) are kept.
      const replaced = current
        .filter((row) => inNamespace(namespace, row.name) && allowed(row.name, access))
        .map((row) => row.id)
      if (replaced.length > 0) {
        await tx.deleteFrom('account_pref').where('id', 'in', replaced).execute()
      }
      const rows = values
        .filter((v) => !READ_ONLY.has(v.$type))
        .map((v) => ({ did, name: v.$type, value_json: JSON.stringify(v) }))
      if (rows.length > 0) await tx.insertInto('account_pref').values(rows).execute()
    })
  }
}
