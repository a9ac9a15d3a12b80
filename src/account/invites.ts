import { randomBytes } from 'node:crypto'
import { InvalidRequestError } from '@atproto/xrpc-server'
import { sql, type Kysely } from 'kysely'
import type { AccountDbSchema, InviteCodeTable, InviteCodeUseTable } from './schema.ts'

export interface InviteCode {
  code: string
  available: number
  disabled: boolean
  forAccount: string
  createdBy: string
  createdAt: string
  uses: Array<{ usedBy: string; usedAt: string }>
}

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567'

function randomChunk(length: number): string {
  return Array.from(randomBytes(length), (b) => BASE32[b % 32]).join('')
}

/** `<host-with-dashes>-xxxxx-xxxxx`, the reference PDS's shape. */
export function generateInviteCode(hostname: string): string {
  return `${hostname.replaceAll('.', '-')}-${randomChunk(5)}-${randomChunk(5)}`
}

/** Invite codes and their uses: the one module with SQL on `invite_code` and `invite_code_use`. */
export class InviteStore {
  constructor(private readonly db: Kysely<AccountDbSchema>) {}

  /** Throws InvalidInviteCode unless the code exists, is enabled and has a use left. */
  async assertAvailable(code: string): Promise<void> {
    const invite = await this.db
      .selectFrom('invite_code')
      .select(['available_uses', 'disabled'])
      .select((eb) =>
        eb
          .selectFrom('invite_code_use')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('invite_code_use.code', '=', 'invite_code.code')
          .as('used'),
      )
      .where('code', '=', code)
      .executeTakeFirst()
    if (!invite || invite.disabled === 1 || invite.available_uses <= (invite.used ?? 0)) {
      throw new InvalidRequestError('Provided invite code not available', 'InvalidInviteCode')
    }
  }

  /** Records one use; call inside the account-creating transaction so a failed signup frees it. */
  async consume(code: string, usedBy: string, now: string): Promise<void> {
    await this.assertAvailable(code)
    await this.db
      .insertInto('invite_code_use')
      .values({ code, used_by: usedBy, used_at: now })
      .execute()
  }

  async create(
    codes: Array<{ code: string; forAccount: string }>,
    useCount: number,
    createdBy: string,
  ): Promise<void> {
    if (codes.length === 0) return
    const now = new Date().toISOString()
    await this.db
      .insertInto('invite_code')
      .values(
        codes.map(({ code, forAccount }) => ({
          code,
          available_uses: useCount,
          disabled: 0,
          for_account: forAccount,
          created_by: createdBy,
          created_at: now,
        })),
      )
      .execute()
  }

  async listForAccount(did: string): Promise<InviteCode[]> {
    const rows = await this.db
      .selectFrom('invite_code')
      .selectAll()
      .where('for_account', '=', did)
      .orderBy('created_at', 'desc')
      .execute()
    if (rows.length === 0) return []
    const uses = await this.db
      .selectFrom('invite_code_use')
      .selectAll()
      .where(
        'code',
        'in',
        rows.map((r) => r.code),
      )
      .execute()
    return rows.map((row) => inviteCodeView(row, uses))
  }

  /** The codes with their uses, in the order given (unknown codes left out). */
  async getMany(codes: string[]): Promise<InviteCode[]> {
    if (codes.length === 0) return []
    const [rows, uses] = await Promise.all([
      this.db.selectFrom('invite_code').selectAll().where('code', 'in', codes).execute(),
      this.db.selectFrom('invite_code_use').selectAll().where('code', 'in', codes).execute(),
    ])
    const byCode = new Map(rows.map((r) => [r.code, r]))
    return codes.flatMap((code) => {
      const row = byCode.get(code)
      return row ? [inviteCodeView(row, uses)] : []
    })
  }

  /** For each account: the code it signed up with, and the codes made for it (newest first). */
  async forAccounts(
    dids: string[],
  ): Promise<{ invitedBy: Map<string, InviteCode>; invites: Map<string, InviteCode[]> }> {
    const [used, owned] = await Promise.all([
      this.db
        .selectFrom('invite_code_use')
        .select(['code', 'used_by'])
        .where('used_by', 'in', dids)
        .execute(),
      this.db
        .selectFrom('invite_code')
        .select(['code', 'for_account'])
        .where('for_account', 'in', dids)
        .orderBy('created_at', 'desc')
        .execute(),
    ])
    const codes = await this.getMany([
      ...new Set([...used.map((u) => u.code), ...owned.map((o) => o.code)]),
    ])
    const byCode = new Map(codes.map((c) => [c.code, c]))
    const invitedBy = new Map<string, InviteCode>()
    for (const use of used) {
      const code = byCode.get(use.code)
      if (code && !invitedBy.has(use.used_by)) invitedBy.set(use.used_by, code)
    }
    const invites = new Map<string, InviteCode[]>()
    for (const own of owned) {
      const code = byCode.get(own.code)
      if (code) invites.set(own.for_account, [...(invites.get(own.for_account) ?? []), code])
    }
    return { invitedBy, invites }
  }

  /** Disables the given codes and every code made for the given accounts. */
  async disable({ codes, accounts }: { codes: string[]; accounts: string[] }): Promise<void> {
    // `in ()` is not SQL: an empty list adds no condition.
    if (codes.length === 0 && accounts.length === 0) return
    await this.db
      .updateTable('invite_code')
      .set({ disabled: 1 })
      .where((eb) =>
        eb.or([
          ...(codes.length > 0 ? [eb('code', 'in', codes)] : []),
          ...(accounts.length > 0 ? [eb('for_account', 'in', accounts)] : []),
        ]),
      )
      .execute()
  }

  /**
   * Every invite code, by creation (`recent`) or by number of uses (`usage`), most first. The
   * cursor is `<created_at or uses>::<code>` of the last code of the previous page.
   */
  async list(opts: {
    sort: 'recent' | 'usage'
    limit: number
    cursor?: string
  }): Promise<{ codes: InviteCode[]; cursor?: string }> {
    const uses = sql<number>`(SELECT count(*) FROM invite_code_use u WHERE u.code = invite_code.code)`
    let query = this.db
      .selectFrom('invite_code')
      .select(['code', 'created_at'])
      .select(uses.as('uses'))
      .limit(opts.limit)
    if (opts.sort === 'recent') query = query.orderBy('created_at', 'desc')
    else query = query.orderBy('uses', 'desc')
    query = query.orderBy('code', 'desc')
    if (opts.cursor !== undefined) {
      const split = opts.cursor.lastIndexOf('::')
      if (split === -1) throw new InvalidRequestError('Malformed cursor')
      const key = opts.cursor.slice(0, split)
      const code = opts.cursor.slice(split + 2)
      query = query.where((eb) => {
        const column = opts.sort === 'recent' ? eb.ref('created_at') : uses
        const value = opts.sort === 'recent' ? key : Number(key)
        return eb.or([
          eb(column, '<', value),
          eb.and([eb(column, '=', value), eb('code', '<', code)]),
        ])
      })
    }
    const rows = await query.execute()
    const last = rows.at(-1)
    return {
      codes: await this.getMany(rows.map((r) => r.code)),
      cursor:
        rows.length === opts.limit && last
          ? `${opts.sort === 'recent' ? last.created_at : (last.uses ?? 0)}::${last.code}`
          : undefined,
    }
  }
}

/** The API view of a stored code; `uses` may hold other codes' uses too. */
function inviteCodeView(row: InviteCodeTable, uses: InviteCodeUseTable[]): InviteCode {
  return {
    code: row.code,
    available: row.available_uses,
    disabled: row.disabled === 1,
    forAccount: row.for_account,
    createdBy: row.created_by,
    createdAt: row.created_at,
    uses: uses
      .filter((u) => u.code === row.code)
      .map((u) => ({ usedBy: u.used_by, usedAt: u.used_at })),
  }
}
