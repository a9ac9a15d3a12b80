import { randomBytes } from 'node:crypto'
import { InvalidRequestError } from '@atproto/xrpc-server'
import type { Kysely } from 'kysely'
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

/** Invite codes and their uses. */
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
}

/** The API view of a stored code; `uses` may hold other codes' uses too. */
export function inviteCodeView(row: InviteCodeTable, uses: InviteCodeUseTable[]): InviteCode {
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
