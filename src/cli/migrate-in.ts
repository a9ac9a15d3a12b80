import { parseArgs } from 'node:util'
import { AtpAgent } from '@atproto/api'
import { loadConfig } from '../config.ts'
import { readVersion } from '../version.ts'
import { identityResolver } from './identity.ts'

export interface MigrateInOptions {
  /** The account's handle (or DID) on its old server. */
  identifier: string
  password: string
  /** The old PDS; found through the DID document when not given. */
  from: string | undefined
  /** This server (TEMPEST_PUBLIC_URL unless given). */
  to: string
  /** The code the old server emailed; without it the run stops after asking for one. */
  plcToken: string | undefined
  /** The handle on this server (the current one unless given). */
  handle: string | undefined
  /** The email on this server (the one the old server has unless given). */
  email: string | undefined
  print(line: string): void
}

/** What `checkAccountStatus` reports at the end. */
export type MigrationStatus = Record<string, string | number | boolean>

/** Where the run stopped when it needs the operator (a PLC code, a did:web update). */
export class MigrationPaused extends Error {}

/** Parses `tempest account migrate-in <handle> [--from URL] ...`; the password comes from stdin. */
export function migrateInArgs(
  argv: string[],
  password: string,
  print: (line: string) => void,
): MigrateInOptions {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      'plc-token': { type: 'string' },
      handle: { type: 'string' },
      email: { type: 'string' },
    },
  })
  const identifier = positionals[2]
  if (!identifier) throw new Error('usage: tempest account migrate-in <handle> [options]')
  if (!password) throw new Error("the account's password must be given on standard input")
  return {
    identifier,
    password,
    from: values.from,
    to: values.to ?? loadConfig(process.env, readVersion()).publicUrl,
    plcToken: values['plc-token'],
    handle: values.handle,
    email: values.email,
    print,
  }
}

/**
 * The whole migration in, as a client tool performs it, run by the operator of the new server.
 * Every step first looks at where things stand (an account already created here, a DID already
 * pointing here, an account already active), so running it again after any failure picks up
 * where it stopped.
 */
export async function migrateIn(opts: MigrateInOptions): Promise<MigrationStatus> {
  const step = (n: number, text: string) => opts.print(`[${n}/8] ${text}`)
  const resolver = identityResolver(loadConfig(process.env, readVersion()))

  const from = opts.from ?? (await findPds(resolver, opts.identifier))
  const oldAgent = new AtpAgent({ service: from })
  await oldAgent.login({ identifier: opts.identifier, password: opts.password })
  pin(oldAgent)
  const did = oldAgent.session!.did
  const oldSession = (await oldAgent.com.atproto.server.getSession()).data
  step(1, `logged in to ${from} as ${oldSession.handle} (${did})`)

  const newAgent = new AtpAgent({ service: opts.to })
  const existing = await newAgent
    .login({ identifier: did, password: opts.password })
    .then(() => true)
    .catch(() => false)
  if (existing) {
    step(2, `the account already exists on ${opts.to}; logged in`)
  } else {
    const email = opts.email ?? oldSession.email
    if (!email) throw new Error('the old server did not say the email address; pass --email')
    const desc = await newAgent.com.atproto.server.describeServer()
    const auth = await oldAgent.com.atproto.server.getServiceAuth({
      aud: desc.data.did,
      lxm: 'com.atproto.server.createAccount',
    })
    await newAgent.createAccount(
      { did, handle: opts.handle ?? oldSession.handle, email, password: opts.password },
      { headers: { authorization: `Bearer ${auth.data.token}` } },
    )
    step(2, `created the account on ${opts.to} (deactivated until the move is complete)`)
  }
  pin(newAgent)

  let status = (await newAgent.com.atproto.server.checkAccountStatus()).data
  if (status.activated) {
    step(3, 'the account is already active here; nothing to import')
  } else {
    const car = await oldAgent.com.atproto.sync.getRepo({ did })
    await newAgent.com.atproto.repo.importRepo(car.data, { encoding: 'application/vnd.ipld.car' })
    status = (await newAgent.com.atproto.server.checkAccountStatus()).data
    step(3, `imported the repo: ${status.indexedRecords} records, ${status.repoBlocks} blocks`)
  }

  let copied = 0
  let cursor: string | undefined
  do {
    const page = await newAgent.com.atproto.repo.listMissingBlobs({ cursor, limit: 100 })
    for (const { cid } of page.data.blobs) {
      const blob = await oldAgent.com.atproto.sync.getBlob({ did, cid })
      await newAgent.com.atproto.repo.uploadBlob(blob.data, {
        encoding: blob.headers['content-type'],
      })
      copied++
    }
    cursor = page.data.cursor
  } while (cursor)
  step(4, `copied ${copied} missing blobs`)

  const prefs = await oldAgent.app.bsky.actor.getPreferences().then(
    (res) => res.data.preferences,
    () => undefined,
  )
  step(
    5,
    prefs
      ? `read ${prefs.length} preferences from the old server`
      : 'the old server would not give the preferences; they are left behind',
  )

  status = (await newAgent.com.atproto.server.checkAccountStatus()).data
  if (status.validDid) {
    step(6, 'the DID document already names this server and key')
  } else if (!did.startsWith('did:plc:')) {
    const creds = await newAgent.com.atproto.identity.getRecommendedDidCredentials()
    throw new MigrationPaused(
      `${did} is a did:web: update its document to name ${opts.to} as #atproto_pds and ` +
        `${JSON.stringify(creds.data.verificationMethods)} as its key, then run this again`,
    )
  } else if (opts.plcToken === undefined) {
    await oldAgent.com.atproto.identity.requestPlcOperationSignature()
    throw new MigrationPaused(
      `the old server has emailed a code to ${oldSession.email ?? 'the account'}; ` +
        'run this again with --plc-token <code>',
    )
  } else {
    const creds = await newAgent.com.atproto.identity.getRecommendedDidCredentials()
    const op = await oldAgent.com.atproto.identity.signPlcOperation({
      token: opts.plcToken,
      ...creds.data,
    })
    await newAgent.com.atproto.identity.submitPlcOperation({ operation: op.data.operation })
    step(6, 'the DID document now names this server and its key')
  }

  if (status.activated) {
    step(7, 'already active here')
  } else {
    await newAgent.com.atproto.server.activateAccount()
    if (prefs) await newAgent.app.bsky.actor.putPreferences({ preferences: prefs })
    step(7, `activated the account here${prefs ? ' and restored its preferences' : ''}`)
  }

  await oldAgent.com.atproto.server.deactivateAccount({}).then(
    () => step(8, `deactivated the account on ${from}`),
    (err: unknown) => step(8, `could not deactivate the account on ${from}: ${String(err)}`),
  )

  const final = await newAgent.com.atproto.server.checkAccountStatus()
  return { ...final.data }
}

/** The PDS a handle's DID document names. */
async function findPds(resolver: ReturnType<typeof identityResolver>, identifier: string) {
  const did = identifier.startsWith('did:') ? identifier : await resolver.handle.resolve(identifier)
  if (!did) throw new Error(`${identifier} does not resolve to a DID; pass --from <old PDS URL>`)
  return (await resolver.did.resolveAtprotoData(did, true)).pds
}

/**
 * Keeps an agent on the server it was made for: after login it would follow the DID document,
 * which names the old server until the very end of the move.
 */
function pin(agent: AtpAgent): void {
  agent.sessionManager.pdsUrl = undefined
}

export function formatStatus(status: MigrationStatus): string {
  return Object.entries(status)
    .map(([k, v]) => `  ${k}: ${String(v)}`)
    .join('\n')
}
