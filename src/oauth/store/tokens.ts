import type {
  CreateTokenData,
  NewTokenData,
  TokenInfo,
  TokenStore,
} from '@atproto/oauth-provider/store'
import type { Kysely, Selectable } from 'kysely'
import type { Account } from '../../account/account-store.ts'
import type { AccountDbSchema, AccountTable, OAuthTokenTable } from '../../account/schema.ts'
import { type Did, json, parse, toOAuthAccount } from './codec.ts'

type TokenRow = Selectable<OAuthTokenTable> & Pick<Selectable<AccountTable>, 'handle' | 'email'>

/**
 * Issued tokens (`oauth_token`) with refresh-token rotation and reuse detection
 * (`oauth_used_refresh_token`). Tokens of taken-down accounts are never found.
 */
export class OAuthTokenStore implements TokenStore {
  constructor(
    private readonly db: Kysely<AccountDbSchema>,
    private readonly serviceDid: string,
  ) {}

  async createToken(tokenId: string, data: CreateTokenData, refreshToken?: string) {
    await this.db.transaction().execute(async (tx) => {
      if (refreshToken && (await usedRefreshToken(tx, refreshToken))) {
        throw new Error('Refresh token already in use')
      }
      await tx
        .insertInto('oauth_token')
        .values({
          token_id: tokenId,
          did: data.did,
          client_id: data.clientId,
          client_auth: json(data.clientAuth),
          device_id: data.deviceId,
          parameters: json(data.parameters),
          details: data.details ? json(data.details) : null,
          code: data.code,
          current_refresh_token: refreshToken ?? null,
          scope: data.scope,
          created_at: data.createdAt.toISOString(),
          updated_at: data.updatedAt.toISOString(),
          expires_at: data.expiresAt.toISOString(),
        })
        .execute()
    })
  }

  private tokenQuery() {
    return this.db
      .selectFrom('oauth_token as t')
      .innerJoin('account as a', 'a.did', 't.did')
      .selectAll('t')
      .select(['a.handle', 'a.email', 'a.email_confirmed_at', 'a.status'])
      .where('a.status', '!=', 'takendown')
  }

  private toTokenInfo(
    row: TokenRow & { email_confirmed_at: string | null; status: Account['status'] },
  ): TokenInfo {
    return {
      id: row.token_id as TokenInfo['id'],
      data: {
        createdAt: new Date(row.created_at),
        updatedAt: new Date(row.updated_at),
        expiresAt: new Date(row.expires_at),
        clientId: row.client_id as TokenInfo['data']['clientId'],
        clientAuth: parse(row.client_auth),
        deviceId: row.device_id as TokenInfo['data']['deviceId'],
        did: row.did as Did,
        parameters: parse(row.parameters),
        details: null,
        code: row.code as TokenInfo['data']['code'],
        scope: row.scope,
      },
      account: toOAuthAccount(this.serviceDid, {
        ...row,
        emailConfirmedAt: row.email_confirmed_at,
      }),
      currentRefreshToken: row.current_refresh_token as TokenInfo['currentRefreshToken'],
    }
  }

  async readToken(tokenId: string): Promise<TokenInfo | null> {
    const row = await this.tokenQuery().where('t.token_id', '=', tokenId).executeTakeFirst()
    return row ? this.toTokenInfo(row) : null
  }

  async listAccountTokens(did: Did): Promise<TokenInfo[]> {
    const rows = await this.tokenQuery().where('t.did', '=', did).execute()
    return rows.map((row) => this.toTokenInfo(row))
  }

  async deleteToken(tokenId: string): Promise<void> {
    await this.db.deleteFrom('oauth_token').where('token_id', '=', tokenId).execute()
  }

  /**
   * The presented refresh token joins the used list (the provider revokes the whole token if it
   * is ever presented again); the row gets the new token id and refresh token.
   */
  async rotateToken(
    tokenId: string,
    newTokenId: string,
    newRefreshToken: string,
    newData: NewTokenData,
  ): Promise<void> {
    const reused = await this.db.transaction().execute(async (tx) => {
      const row = await tx
        .selectFrom('oauth_token')
        .select(['id', 'current_refresh_token'])
        .where('token_id', '=', tokenId)
        .where('current_refresh_token', 'is not', null)
        .executeTakeFirstOrThrow()
      if (row.current_refresh_token) {
        await tx
          .insertInto('oauth_used_refresh_token')
          .values({ refresh_token: row.current_refresh_token, token_row_id: row.id })
          .onConflict((oc) => oc.doNothing())
          .execute()
      }
      // Returned, not thrown, so the used-token insert above is kept.
      if (await usedRefreshToken(tx, newRefreshToken)) return true
      await tx
        .updateTable('oauth_token')
        .set({
          token_id: newTokenId,
          current_refresh_token: newRefreshToken,
          expires_at: newData.expiresAt.toISOString(),
          updated_at: newData.updatedAt.toISOString(),
          client_auth: json(newData.clientAuth),
          scope: newData.scope,
        })
        .where('id', '=', row.id)
        .execute()
      return false
    })
    if (reused) throw new Error('New refresh token already in use')
  }

  async findTokenByRefreshToken(refreshToken: string): Promise<TokenInfo | null> {
    const used = await usedRefreshToken(this.db, refreshToken)
    const query = used
      ? this.tokenQuery().where('t.id', '=', used.token_row_id)
      : this.tokenQuery().where('t.current_refresh_token', '=', refreshToken)
    const row = await query.executeTakeFirst()
    return row ? this.toTokenInfo(row) : null
  }

  async findTokenByCode(code: string): Promise<TokenInfo | null> {
    const row = await this.tokenQuery().where('t.code', '=', code).executeTakeFirst()
    return row ? this.toTokenInfo(row) : null
  }
}

/** The token row a refresh token was rotated away from, when it is a used one. */
function usedRefreshToken(db: Kysely<AccountDbSchema>, token: string) {
  return db
    .selectFrom('oauth_used_refresh_token')
    .select('token_row_id')
    .where('refresh_token', '=', token)
    .executeTakeFirst()
}
