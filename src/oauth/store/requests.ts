import type {
  FoundRequestResult,
  RequestData,
  RequestStore,
  UpdateRequestData,
} from '@atproto/oauth-provider/store'
import type { Kysely, Selectable } from 'kysely'
import type { AccountDbSchema } from '../../account/schema.ts'
import { json, parse } from './codec.ts'
import { rowByKey } from './rows.ts'

/** Authorization requests are kept this long past expiry, so a late one still gets a clear error. */
const EXPIRED_REQUEST_GRACE_MS = 10 * 60 * 1000

/** Pending authorization requests (`oauth_request`), from PAR to the code exchange. */
export class OAuthRequestStore implements RequestStore {
  constructor(private readonly db: Kysely<AccountDbSchema>) {}

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
    const row = await rowByKey(this.db, 'oauth_request', 'id', id)
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
