import {
  HandleUnavailableError,
  InvalidCredentialsError,
  InvalidRequestError,
  SecondAuthenticationFactorRequiredError,
} from '@atproto/oauth-provider/errors'
import type {
  Account as OAuthAccount,
  AccountStore,
  AuthenticateAccountData,
  AuthorizedClientData,
  AuthorizedClients,
  CreateAccountData,
  CreateTokenData,
  DeviceAccount,
  DeviceData,
  DeviceStore,
  FoundRequestResult,
  LexiconData,
  LexiconStore,
  NewTokenData,
  RequestData,
  RequestStore,
  TokenInfo,
  TokenStore,
  UpdateRequestData,
} from '@atproto/oauth-provider/store'
import { AuthRequiredError, XRPCError } from '@atproto/xrpc-server'
import type { Kysely, Selectable } from 'kysely'
import type { Account } from '../account/account-store.ts'
import { activateAccount, deactivateAccount } from '../account/lifecycle.ts'
import type { AccountDbSchema, AccountTable, OAuthTokenTable } from '../account/schema.ts'
import { createAccount } from '../account/signup.ts'
import { login } from '../auth/login.ts'
import type { AppContext } from '../context.ts'
import { checkHandleForAccount } from '../identity/handle-check.ts'

/** Authorization requests are kept this long past expiry, so a late one still gets a clear error. */
const EXPIRED_REQUEST_GRACE_MS = 10 * 60 * 1000

type Did = OAuthAccount['did']
type TokenRow = Selectable<OAuthTokenTable> & Pick<Selectable<AccountTable>, 'handle' | 'email'>

const json = (value: unknown): string => JSON.stringify(value)
// The provider's own data round-trips through these columns; it validates what it reads back.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const parse = (value: string): any => JSON.parse(value)

/** Errors from the accounts area (XRPC errors) turned into ones the sign-in pages can show. */
function toOAuthError(err: unknown): unknown {
  if (err instanceof XRPCError) {
    if (err.customErrorName === 'HandleNotAvailable') {
      return new HandleUnavailableError('taken', err.message, err)
    }
    if (err.customErrorName === 'UnsupportedDomain') {
      return new HandleUnavailableError('unsupported', err.message, err)
    }
    if (err.customErrorName === 'InvalidHandle') {
      return new HandleUnavailableError('syntax', err.message, err)
    }
    return new InvalidRequestError(err.errorMessage ?? err.message, err)
  }
  return err
}

/**
 * The OAuth provider's persistence over account.sqlite (`oauth_*` tables): authorization
 * requests, devices and the accounts signed in on them, tokens with refresh-token rotation and
 * reuse detection, authorized clients and permission-set lexicons. Account operations reuse the
 * accounts area (login, signup, deactivation) so the sign-in pages follow the same rules as
 * `createSession` and `createAccount`.
 *
 * `context` is read lazily: the provider is built before the rest of the context exists.
 */
export class OAuthStore
  implements AccountStore, RequestStore, DeviceStore, TokenStore, LexiconStore
{
  constructor(
    private readonly db: Kysely<AccountDbSchema>,
    private readonly context: () => AppContext,
  ) {}

  private toAccount(
    account: Pick<Account, 'did' | 'handle' | 'email' | 'status'> & {
      emailConfirmedAt?: string | null
    },
  ): OAuthAccount {
    return {
      did: account.did as Did,
      pds: this.context().cfg.serviceDid as Did,
      handle: account.handle as OAuthAccount['handle'],
      email: account.email ?? undefined,
      emailVerified: account.email ? Boolean(account.emailConfirmedAt) : undefined,
      deactivated: account.status === 'deactivated',
    }
  }

  private async loadAccount(did: string): Promise<OAuthAccount> {
    const account = await this.context().accounts.getAccount(did)
    if (!account || account.status === 'takendown') {
      throw new InvalidRequestError('Account not found')
    }
    return this.toAccount(account)
  }

  // AccountStore

  async createAccount(data: CreateAccountData): Promise<OAuthAccount> {
    try {
      const { account } = await createAccount(
        this.context(),
        {
          handle: data.handle,
          email: data.email,
          password: data.password,
          inviteCode: data.inviteCode,
        },
        null,
      )
      return this.toAccount(account)
    } catch (err) {
      throw toOAuthError(err)
    }
  }

  async authenticateAccount(data: AuthenticateAccountData): Promise<OAuthAccount> {
    const ctx = this.context()
    let result
    try {
      result = await login(ctx, {
        identifier: data.username,
        password: data.password,
        authFactorToken: data.emailOtp,
      })
    } catch (err) {
      if (err instanceof AuthRequiredError && err.customErrorName === 'AuthFactorTokenRequired') {
        const account = await ctx.accounts.getAccount(data.username.toLowerCase())
        throw new SecondAuthenticationFactorRequiredError('emailOtp', account?.email ?? '', err)
      }
      if (err instanceof XRPCError) {
        throw new InvalidCredentialsError(err.errorMessage ?? 'Invalid identifier or password')
      }
      throw err
    }
    // OAuth sign-in is for the account password; app passwords stay with legacy sessions.
    if (result.appPassword) throw new InvalidRequestError('App passwords are not allowed')
    return this.toAccount(result.account)
  }

  async setAuthorizedClient(did: Did, clientId: string, data: AuthorizedClientData): Promise<void> {
    const now = new Date().toISOString()
    await this.db
      .insertInto('oauth_authorized_client')
      .values({ did, client_id: clientId, data: json(data), created_at: now, updated_at: now })
      .onConflict((oc) =>
        oc.columns(['did', 'client_id']).doUpdateSet({ data: json(data), updated_at: now }),
      )
      .execute()
  }

  private async authorizedClients(did: string): Promise<AuthorizedClients> {
    const rows = await this.db
      .selectFrom('oauth_authorized_client')
      .select(['client_id', 'data'])
      .where('did', '=', did)
      .execute()
    return new Map(rows.map((row) => [row.client_id as `${string}:${string}`, parse(row.data)]))
  }

  async getAccount(did: Did) {
    const account = await this.loadAccount(did)
    return { account, authorizedClients: await this.authorizedClients(did) }
  }

  async upsertDeviceAccount(deviceId: string, did: Did): Promise<void> {
    const now = new Date().toISOString()
    await this.db
      .insertInto('oauth_account_device')
      .values({ device_id: deviceId, did, created_at: now, updated_at: now })
      .onConflict((oc) => oc.columns(['device_id', 'did']).doUpdateSet({ updated_at: now }))
      .execute()
  }

  async getDeviceAccount(deviceId: string, did: Did): Promise<DeviceAccount | null> {
    const [found] = await this.listDeviceAccounts({ deviceId, did })
    return found ?? null
  }

  async removeDeviceAccount(deviceId: string, did: Did): Promise<void> {
    await this.db
      .deleteFrom('oauth_account_device')
      .where('device_id', '=', deviceId)
      .where('did', '=', did)
      .execute()
  }

  async listDeviceAccounts(filter: { did?: Did; deviceId?: string }): Promise<DeviceAccount[]> {
    let query = this.db
      .selectFrom('oauth_account_device as ad')
      .innerJoin('oauth_device as d', 'd.id', 'ad.device_id')
      .innerJoin('account as a', 'a.did', 'ad.did')
      .select([
        'ad.device_id',
        'ad.created_at',
        'ad.updated_at',
        'd.session_id',
        'd.user_agent',
        'd.ip_address',
        'd.last_seen_at',
        'a.did',
        'a.handle',
        'a.email',
        'a.email_confirmed_at',
        'a.status',
      ])
      .where('a.status', '!=', 'takendown')
    if (filter.did !== undefined) query = query.where('ad.did', '=', filter.did)
    if (filter.deviceId !== undefined) query = query.where('ad.device_id', '=', filter.deviceId)
    const rows = await query.execute()
    return Promise.all(
      rows.map(async (row) => ({
        deviceId: row.device_id as DeviceAccount['deviceId'],
        deviceData: {
          sessionId: row.session_id as DeviceData['sessionId'],
          userAgent: row.user_agent,
          ipAddress: row.ip_address,
          lastSeenAt: new Date(row.last_seen_at),
        },
        account: this.toAccount({ ...row, emailConfirmedAt: row.email_confirmed_at }),
        authorizedClients: await this.authorizedClients(row.did),
        createdAt: new Date(row.created_at),
        updatedAt: new Date(row.updated_at),
      })),
    )
  }

  async verifyHandleAvailability(handle: string): Promise<void> {
    const ctx = this.context()
    try {
      await checkHandleForAccount(ctx, handle, undefined)
    } catch (err) {
      throw toOAuthError(err)
    }
    if (await ctx.accounts.getAccount(handle)) throw new HandleUnavailableError('taken')
  }

  async deactivateAccount({ did }: { did: Did }): Promise<OAuthAccount> {
    return this.toAccount(await deactivateAccount(this.context(), did))
  }

  async reactivateAccount({ did }: { did: Did }): Promise<OAuthAccount> {
    try {
      return this.toAccount(await activateAccount(this.context(), did))
    } catch (err) {
      throw toOAuthError(err)
    }
  }

  // The account pages' email, password-reset, handle and deletion flows: Tempest serves these
  // through the XRPC methods (and the operator console), which own the mail and identity logic.
  resetPasswordRequest(): never {
    throw unsupported('com.atproto.server.requestPasswordReset')
  }
  resetPasswordConfirm(): never {
    throw unsupported('com.atproto.server.resetPassword')
  }
  updateEmailRequest(): never {
    throw unsupported('com.atproto.server.requestEmailUpdate')
  }
  updateEmailConfirm(): never {
    throw unsupported('com.atproto.server.updateEmail')
  }
  verifyEmailRequest(): never {
    throw unsupported('com.atproto.server.requestEmailConfirmation')
  }
  verifyEmailConfirm(): never {
    throw unsupported('com.atproto.server.confirmEmail')
  }
  updateHandle(): never {
    throw unsupported('com.atproto.identity.updateHandle')
  }
  deleteAccountRequest(): never {
    throw unsupported('com.atproto.server.requestAccountDelete')
  }
  deleteAccountConfirm(): never {
    throw unsupported('com.atproto.server.deleteAccount')
  }

  // RequestStore

  async createRequest(id: string, data: RequestData): Promise<void> {
    await this.db
      .insertInto('oauth_request')
      .values({
        id,
        did: data.did,
        device_id: data.deviceId,
        client_id: data.clientId,
        client_auth: data.clientAuth === null ? null : json(data.clientAuth),
        parameters: json(data.parameters),
        expires_at: data.expiresAt.toISOString(),
        code: data.code,
      })
      .execute()
  }

  async readRequest(id: string): Promise<RequestData | null> {
    const row = await this.db
      .selectFrom('oauth_request')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst()
    // Expired requests are swept here, after the (possibly expired) one asked for was read.
    await this.db
      .deleteFrom('oauth_request')
      .where('expires_at', '<', new Date(Date.now() - EXPIRED_REQUEST_GRACE_MS).toISOString())
      .execute()
    return row ? requestData(row) : null
  }

  async updateRequest(id: string, data: UpdateRequestData): Promise<void> {
    const set: Partial<Selectable<AccountDbSchema['oauth_request']>> = {}
    if (data.code !== undefined) set.code = data.code
    if (data.did !== undefined) set.did = data.did
    if (data.deviceId !== undefined) set.device_id = data.deviceId
    if (data.expiresAt != null) set.expires_at = data.expiresAt.toISOString()
    if (data.parameters != null) set.parameters = json(data.parameters)
    if (Object.keys(set).length === 0) return
    await this.db.updateTable('oauth_request').set(set).where('id', '=', id).execute()
  }

  async deleteRequest(id: string): Promise<void> {
    await this.db.deleteFrom('oauth_request').where('id', '=', id).execute()
  }

  /** One DELETE … RETURNING: of two concurrent exchanges of a code, only one gets the row. */
  async consumeRequestCode(code: string): Promise<FoundRequestResult | null> {
    const row = await this.db
      .deleteFrom('oauth_request')
      .where('code', '=', code)
      .returningAll()
      .executeTakeFirst()
    return row
      ? { requestId: row.id as FoundRequestResult['requestId'], data: requestData(row) }
      : null
  }

  // DeviceStore

  async createDevice(deviceId: string, data: DeviceData): Promise<void> {
    await this.db
      .insertInto('oauth_device')
      .values({
        id: deviceId,
        session_id: data.sessionId,
        user_agent: data.userAgent,
        ip_address: data.ipAddress,
        last_seen_at: data.lastSeenAt.toISOString(),
      })
      .execute()
  }

  async readDevice(deviceId: string): Promise<DeviceData | null> {
    const row = await this.db
      .selectFrom('oauth_device')
      .selectAll()
      .where('id', '=', deviceId)
      .executeTakeFirst()
    return row
      ? {
          sessionId: row.session_id as DeviceData['sessionId'],
          userAgent: row.user_agent,
          ipAddress: row.ip_address,
          lastSeenAt: new Date(row.last_seen_at),
        }
      : null
  }

  async updateDevice(deviceId: string, data: Partial<DeviceData>): Promise<void> {
    const set: Partial<Selectable<AccountDbSchema['oauth_device']>> = {}
    if (data.sessionId != null) set.session_id = data.sessionId
    if (data.userAgent != null) set.user_agent = data.userAgent
    if (data.ipAddress != null) set.ip_address = data.ipAddress
    if (data.lastSeenAt != null) set.last_seen_at = data.lastSeenAt.toISOString()
    if (Object.keys(set).length === 0) return
    await this.db.updateTable('oauth_device').set(set).where('id', '=', deviceId).execute()
  }

  async deleteDevice(deviceId: string): Promise<void> {
    await this.db.deleteFrom('oauth_device').where('id', '=', deviceId).execute()
  }

  // LexiconStore

  async findLexicon(nsid: string): Promise<LexiconData | null> {
    const row = await this.db
      .selectFrom('oauth_lexicon')
      .selectAll()
      .where('nsid', '=', nsid)
      .executeTakeFirst()
    if (!row) return null
    return {
      createdAt: new Date(row.created_at),
      updatedAt: new Date(row.updated_at),
      lastSucceededAt: row.last_succeeded_at === null ? null : new Date(row.last_succeeded_at),
      uri: row.uri,
      lexicon: row.lexicon === null ? null : parse(row.lexicon),
    }
  }

  async storeLexicon(nsid: string, data: LexiconData): Promise<void> {
    const values = {
      created_at: data.createdAt.toISOString(),
      updated_at: data.updatedAt.toISOString(),
      last_succeeded_at: data.lastSucceededAt?.toISOString() ?? null,
      uri: data.uri,
      lexicon: data.lexicon === null ? null : json(data.lexicon),
    }
    await this.db
      .insertInto('oauth_lexicon')
      .values({ nsid, ...values })
      .onConflict((oc) => oc.column('nsid').doUpdateSet(values))
      .execute()
  }

  async deleteLexicon(nsid: string): Promise<void> {
    await this.db.deleteFrom('oauth_lexicon').where('nsid', '=', nsid).execute()
  }

  // TokenStore

  async createToken(tokenId: string, data: CreateTokenData, refreshToken?: string) {
    await this.db.transaction().execute(async (tx) => {
      if (refreshToken && (await isUsedRefreshToken(tx, refreshToken))) {
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
      account: this.toAccount({ ...row, emailConfirmedAt: row.email_confirmed_at }),
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
      if (await isUsedRefreshToken(tx, newRefreshToken)) return true
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
    const used = await this.db
      .selectFrom('oauth_used_refresh_token')
      .select('token_row_id')
      .where('refresh_token', '=', refreshToken)
      .executeTakeFirst()
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

function unsupported(method: string): InvalidRequestError {
  return new InvalidRequestError(`Not available here; use ${method} from your app instead.`)
}

async function isUsedRefreshToken(db: Kysely<AccountDbSchema>, token: string): Promise<boolean> {
  const row = await db
    .selectFrom('oauth_used_refresh_token')
    .select('refresh_token')
    .where('refresh_token', '=', token)
    .executeTakeFirst()
  return row !== undefined
}

function requestData(row: Selectable<AccountDbSchema['oauth_request']>): RequestData {
  return {
    clientId: row.client_id as RequestData['clientId'],
    clientAuth: row.client_auth === null ? null : parse(row.client_auth),
    parameters: parse(row.parameters),
    expiresAt: new Date(row.expires_at),
    deviceId: row.device_id as RequestData['deviceId'],
    did: row.did as RequestData['did'],
    code: row.code as RequestData['code'],
  }
}
