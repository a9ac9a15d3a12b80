import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { PassThrough } from 'node:stream'
import { AtpAgent } from '@atproto/api'
import { Secp256k1Keypair } from '@atproto/crypto'
import { PDS } from '@atproto/pds'
import type { DidString } from '@atproto/syntax'
import { ADMIN_TOKEN, adminEnv } from '../admin/helpers.ts'
import { startTestSmtp, tokenIn } from '../email/smtp.ts'
import { freePort, startTestPds, type TestPds, type TestPlc } from '../helpers/harness.ts'
import { PRODUCTION_ENV } from '../helpers/production-env.ts'

/** A PDS taking part in a migration, as the test drives it: its URL and its PLC codes. */
export interface Peer {
  name: string
  url: string
  /** The code requestPlcOperationSignature just issued for the account (read where it lands). */
  plcToken(did: string, handle: string): Promise<string>
  close(): Promise<void>
}

export type TempestPeer = Peer & { pds: TestPds }

/** Tempest, with its log captured: without SMTP the PLC code goes to the operator's log. */
export async function startTempestPeer(
  name: string,
  plc: TestPlc,
  env: Record<string, string> = {},
): Promise<TempestPeer> {
  const lines: string[] = []
  const log = new PassThrough()
  log.setEncoding('utf8')
  log.on('data', (chunk: string) => lines.push(...chunk.split('\n').filter(Boolean)))
  const pds = await startTestPds({
    plc,
    env: { TEMPEST_LOG_LEVEL: 'warn', ...env },
    logDestination: log,
  })
  return {
    name,
    url: pds.url,
    pds,
    async plcToken(_did, handle) {
      const re = new RegExp(
        `PLC operation code for ${handle.replace('.', '\\.')}\\b.*: ([A-Z2-7]{5}-[A-Z2-7]{5})`,
      )
      for (let i = 0; i < 50; i++) {
        const code = lines.map((l) => re.exec(l)?.[1]).findLast((c) => c !== undefined)
        if (code) return code
        await new Promise((r) => setTimeout(r, 20))
      }
      throw new Error(`no PLC operation code for ${handle} in the log of ${name}`)
    },
    close: () => pds.close(),
  }
}

export type ProductionPeer = TempestPeer & {
  /** A single-use invite code, made with the operator's admin token (production requires one). */
  inviteCode(): Promise<string>
}

/**
 * Tempest in its production configuration (invites required, real secrets, mail through SMTP)
 * on a loopback host: `localhost` or `127.0.0.1`, so two of them have distinct service DIDs. The
 * PLC directory is the operator's TEMPEST_PLC_URL, a loopback one here.
 */
export async function startProductionPeer(
  name: string,
  plc: TestPlc,
  host: 'localhost' | '127.0.0.1' = 'localhost',
): Promise<ProductionPeer> {
  const [port, smtp, dataDir, admin] = await Promise.all([
    freePort(),
    startTestSmtp(),
    mkdtemp(path.join(os.tmpdir(), 'tempest-prod-')),
    adminEnv(),
  ])
  const pds = await startTestPds({
    plc,
    port,
    dataDir,
    env: {
      ...PRODUCTION_ENV,
      TEMPEST_HOSTNAME: host,
      TEMPEST_PUBLIC_URL: `http://${host}:${port}`,
      TEMPEST_DATA_DIR: dataDir,
      TEMPEST_PLC_URL: plc.url,
      // The production default, which the test harness turns off for development servers.
      TEMPEST_INVITE_REQUIRED: 'true',
      ...smtp.env,
      ...admin,
    },
  })
  return {
    name,
    url: pds.ctx.cfg.publicUrl,
    pds,
    async plcToken(did) {
      const email = (await pds.ctx.accounts.getAccount(did))?.email
      if (!email) throw new Error(`${did} has no email on ${name}`)
      for (;;) {
        const mail = await smtp.next(email)
        if (mail.subject.startsWith('Confirm an identity change')) return tokenIn(mail)
      }
    },
    async inviteCode() {
      const res = await new AtpAgent({ service: pds.url }).com.atproto.server.createInviteCode(
        { useCount: 1 },
        { headers: { authorization: `Bearer ${ADMIN_TOKEN}` }, encoding: 'application/json' },
      )
      return res.data.code
    },
    close: async () => {
      await pds.close()
      await smtp.close()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}

/**
 * The reference PDS (@atproto/pds) in this process, on the test's PLC directory. It has no mail
 * server here, so its PLC codes are read from its account database.
 */
export async function startReferencePeer(plc: TestPlc): Promise<Peer> {
  const dataDirectory = await mkdtemp(path.join(os.tmpdir(), 'ref-pds-'))
  const port = await freePort()
  const rotationKey = await Secp256k1Keypair.create({ exportable: true })
  const pds = await PDS.fromEnv({
    devMode: true,
    port,
    hostname: 'localhost',
    dataDirectory,
    blobstoreDiskLocation: path.join(dataDirectory, 'blobs'),
    adminPassword: 'admin-pass',
    jwtSecret: 'jwt-secret-for-tests',
    serviceHandleDomains: ['.test'],
    didPlcUrl: plc.url,
    bskyAppViewUrl: 'https://appview.invalid',
    bskyAppViewDid: 'did:example:invalid',
    plcRotationKeyK256PrivateKeyHex: Buffer.from(await rotationKey.export()).toString('hex'),
    inviteRequired: false,
    disableSsrfProtection: true,
    rateLimitsEnabled: false,
  })
  await pds.start()
  return {
    name: 'reference',
    url: `http://localhost:${port}`,
    async plcToken(did) {
      const row = await pds.ctx.accountManager.db.db
        .selectFrom('email_token')
        .select('token')
        .where('did', '=', did as DidString)
        .where('purpose', '=', 'plc_operation')
        .executeTakeFirstOrThrow()
      return row.token
    },
    close: async () => {
      await pds.destroy()
      await rm(dataDirectory, { recursive: true, force: true })
    },
  }
}

export function agentFor(peer: Peer): AtpAgent {
  return new AtpAgent({ service: peer.url })
}
