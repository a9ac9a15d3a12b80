import type { LexiconData, LexiconStore } from '@atproto/oauth-provider/store'
import type { Kysely } from 'kysely'
import type { AccountDbSchema } from '../../account/schema.ts'
import { json, parse } from './codec.ts'
import { rowByKey } from './rows.ts'

/** Permission-set lexicons the provider resolved (`oauth_lexicon`), cached between requests. */
export class OAuthLexiconStore implements LexiconStore {
  constructor(private readonly db: Kysely<AccountDbSchema>) {}

  async findLexicon(nsid: string): Promise<LexiconData | null> {
    const row = await rowByKey(this.db, 'oauth_lexicon', 'nsid', nsid)
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
}
