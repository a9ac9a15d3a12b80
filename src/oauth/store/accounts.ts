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
  DeviceAccount,
} from '@atproto/oauth-provider/store'
import { AuthRequiredError, XRPCError } from '@atproto/xrpc-server'
import type { Kysely } from 'kysely'
import type { Account } from '../../account/account-store.ts'
import type { AccountDbSchema } from '../../account/schema.ts'
import type { OAuthAccountFlows } from '../account-flows.ts'
import { type Did, json, parse, toOAuthAccount } from './codec.ts'
import { deviceData } from './devices.ts'

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
 * The provider's accounts: sign-up, sign-in and (de)activation go through the accounts area's
 * flows, so the sign-in pages follow the same rules as `createSession` and `createAccount`; the
 * devices each account is signed in on and the clients it authorized are `oauth_account_device`
 * and `oauth_authorized_client`.
 */
export class OAuthAccountStore implements AccountStore {
  constructor(
    private readonly db: Kysely<AccountDbSchema>,
    private readonly serviceDid: string,
    private readonly flows: OAuthAccountFlows,
  ) {}

  private toAccount(
    account: Pick<Account, 'did' | 'handle' | 'email' | 'status'> & {
      emailConfirmedAt?: string | null
    },
  ): OAuthAccount {
    return toOAuthAccount(this.serviceDid, account)
  }

  private async loadAccount(did: string): Promise<OAuthAccount> {
    const account = await this.flows.getAccount(did)
    if (!account || account.status === 'takendown') {
      throw new InvalidRequestError('Account not found')
    }
    return this.toAccount(account)
  }

  async createAccount(data: CreateAccountData): Promise<OAuthAccount> {
    try {
      const account = await this.flows.createAccount({
        handle: data.handle,
        email: data.email,
        password: data.password,
        inviteCode: data.inviteCode,
      })
      return this.toAccount(account)
    } catch (err) {
      throw toOAuthError(err)
    }
  }

  async authenticateAccount(data: AuthenticateAccountData): Promise<OAuthAccount> {
    let result
    try {
      result = await this.flows.login({
        identifier: data.username,
        password: data.password,
        authFactorToken: data.emailOtp,
      })
    } catch (err) {
      if (err instanceof AuthRequiredError && err.customErrorName === 'AuthFactorTokenRequired') {
        const account = await this.flows.getAccount(data.username.toLowerCase())
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
        deviceData: deviceData(row),
        account: this.toAccount({ ...row, emailConfirmedAt: row.email_confirmed_at }),
        authorizedClients: await this.authorizedClients(row.did),
        createdAt: new Date(row.created_at),
        updatedAt: new Date(row.updated_at),
      })),
    )
  }

  async verifyHandleAvailability(handle: string): Promise<void> {
    try {
      await this.flows.checkHandle(handle)
    } catch (err) {
      throw toOAuthError(err)
    }
    if (await this.flows.getAccount(handle)) throw new HandleUnavailableError('taken')
  }

  async deactivateAccount({ did }: { did: Did }): Promise<OAuthAccount> {
    return this.toAccount(await this.flows.deactivate(did))
  }

  async reactivateAccount({ did }: { did: Did }): Promise<OAuthAccount> {
    try {
      return this.toAccount(await this.flows.activate(did))
    } catch (err) {
      throw toOAuthError(err)
    }
  }

  // The account pages' email, password-reset, handle and deletion flows: Tempest serves these
  // through the XRPC methods (and the operator console), which own the mail and identity logic.
  readonly resetPasswordRequest = unsupported('com.atproto.server.requestPasswordReset')
  readonly resetPasswordConfirm = unsupported('com.atproto.server.resetPassword')
  readonly updateEmailRequest = unsupported('com.atproto.server.requestEmailUpdate')
  readonly updateEmailConfirm = unsupported('com.atproto.server.updateEmail')
  readonly verifyEmailRequest = unsupported('com.atproto.server.requestEmailConfirmation')
  readonly verifyEmailConfirm = unsupported('com.atproto.server.confirmEmail')
  readonly updateHandle = unsupported('com.atproto.identity.updateHandle')
  readonly deleteAccountRequest = unsupported('com.atproto.server.requestAccountDelete')
  readonly deleteAccountConfirm = unsupported('com.atproto.server.deleteAccount')
}

/** An account-page flow that refuses, naming the XRPC method that does it. */
function unsupported(method: string): () => never {
  return () => {
    throw new InvalidRequestError(`Not available here; use ${method} from your app instead.`)
  }
}
