import type { DeviceData, DeviceStore } from '@atproto/oauth-provider/store'
import type { Kysely, Selectable } from 'kysely'
import type { AccountDbSchema } from '../../account/schema.ts'
import { rowByKey } from './rows.ts'

type DeviceRow = Selectable<AccountDbSchema['oauth_device']>

/** The browsers the sign-in pages have seen (`oauth_device`), each with its session id. */
export class OAuthDeviceStore implements DeviceStore {
  constructor(private readonly db: Kysely<AccountDbSchema>) {}

  async createDevice(deviceId: string, data: DeviceData): Promise<void> {
    const row: DeviceRow = {
      id: deviceId,
      session_id: data.sessionId,
      user_agent: data.userAgent,
      ip_address: data.ipAddress,
      last_seen_at: data.lastSeenAt.toISOString(),
    }
    await this.db.insertInto('oauth_device').values(row).execute()
  }

  async readDevice(deviceId: string): Promise<DeviceData | null> {
    const row = await rowByKey(this.db, 'oauth_device', 'id', deviceId)
    return row ? deviceData(row) : null
  }

  async updateDevice(deviceId: string, data: Partial<DeviceData>): Promise<void> {
    const set: Partial<DeviceRow> = {}
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
}

/** A device's data from its columns (here, and joined into the account store's device list). */
export function deviceData(row: Omit<DeviceRow, 'id'>): DeviceData {
  return {
    sessionId: row.session_id as DeviceData['sessionId'],
    userAgent: row.user_agent,
    ipAddress: row.ip_address,
    lastSeenAt: new Date(row.last_seen_at),
  }
}
