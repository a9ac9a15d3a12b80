import { createWriteStream } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { Secp256k1Keypair } from '@atproto/crypto'
import { def, MemoryBlockstore, readCarWithRoot, verifyRepo } from '@atproto/repo'
import { signingKeyIn } from '../account/account-store.ts'
import { loadConfig, type Config } from '../config.ts'
import { createAppContext } from '../context.ts'
import { openSqlite } from '../db/sqlite.ts'
import { createIdResolver } from '../identity/resolver.ts'
import { createLogger } from '../logger.ts'
import { repoFilePath } from '../repo/repo-file.ts'
import { RepoStore } from '../repo/repo-store.ts'
import { dataDirLayout } from '../storage/data-dir.ts'
import { readVersion } from '../version.ts'

export interface VerifyReport {
  did: string
  commit: string
  rev: string
  records: number
  blocks: number
  /** How the commit signature was checked (or why it could not be). */
  signature: string
}

/**
 * Streams an account's repo to a CAR file from a consistent snapshot. It reads the repo file
 * beside a running server (SQLite readers never block its writer), so it takes no lock.
 */
export async function repoExport(
  did: string,
  file: string,
): Promise<{ commit: string; rev: string }> {
  const cfg = loadConfig(process.env, readVersion())
  return withRepoSnapshot(cfg, did, async (snapshot) => {
    await pipeline(Readable.from(snapshot.car()), createWriteStream(file))
    return { commit: snapshot.root.cid.toString(), rev: snapshot.root.rev }
  })
}

/**
 * Verifies a repo CAR (a file, or the stored repo when given a DID): every block's CID, a
 * complete MST with every record present, and the commit signature against the account's key
 * (the local one when the account is hosted here, otherwise the key in its DID document).
 */
export async function repoVerify(target: string): Promise<VerifyReport> {
  const cfg = loadConfig(process.env, readVersion())
  const bytes = target.startsWith('did:') ? await storedCar(cfg, target) : await readFile(target)
  const { root, blocks } = await readCarWithRoot(bytes)
  const commit = await new MemoryBlockstore(blocks).readObj(root, def.versionedCommit)
  const key = await signingKeyFor(cfg, commit.did)
  const verified = await verifyRepo(blocks, root, commit.did, key?.did)
  return {
    did: commit.did,
    commit: root.toString(),
    rev: verified.commit.rev,
    records: verified.creates.length,
    blocks: blocks.size,
    signature: key
      ? `valid (${key.source} key ${key.did})`
      : 'not checked: no key found for the DID',
  }
}

/**
 * Replaces a hosted account's repo with a CAR, re-signed with the account's key, and announces
 * it to the firehose (`#sync`) when the account is active. Takes the data dir lock, so the
 * server must be stopped.
 */
export async function repoImport(
  did: string,
  file: string,
): Promise<{ commit: string; rev: string; records: number }> {
  const cfg = loadConfig(process.env, readVersion())
  const car = await readFile(file)
  const ctx = await createAppContext(cfg, createLogger(cfg.logLevel), {
    plcUrl: cfg.plcUrl ?? 'https://plc.directory',
  })
  try {
    const account = await ctx.accounts.getAccount(did)
    if (!account || account.did !== did) throw new Error(`no account ${did} on this server`)
    const commit = await ctx.repos.importRepo(did, car, { resign: true })
    if (account.status === 'active') await ctx.sequencer.sequenceSync(did, commit)
    return { commit: commit.cid.toString(), rev: commit.rev, records: ctx.repos.recordCount(did) }
  } finally {
    await ctx.close()
  }
}

export function formatVerifyReport(report: VerifyReport): string {
  return [
    `repo ${report.did} is valid`,
    `commit ${report.commit} (rev ${report.rev})`,
    `${report.records} records, ${report.blocks} blocks, every CID checked, MST complete`,
    `signature: ${report.signature}`,
  ].join('\n')
}

function storedCar(cfg: Config, did: string): Promise<Uint8Array> {
  return withRepoSnapshot(cfg, did, async (snapshot) => {
    const chunks: Uint8Array[] = []
    for await (const chunk of snapshot.car()) chunks.push(chunk)
    return Buffer.concat(chunks)
  })
}

type RepoSnapshot = NonNullable<ReturnType<RepoStore['snapshot']>>

/** Runs `read` on a consistent snapshot of an account's stored repo, opened without a lock. */
async function withRepoSnapshot<T>(
  cfg: Config,
  did: string,
  read: (snapshot: RepoSnapshot) => Promise<T>,
): Promise<T> {
  // Read only, beside a server that may be running: never upgrades the file.
  const store = RepoStore.open(repoFilePath(dataDirLayout(cfg.dataDir).repos, did), {
    create: false,
    upgrade: false,
  })
  if (!store) throw new Error(`no repo for ${did} in ${cfg.dataDir}`)
  try {
    const snapshot = store.snapshot()
    if (!snapshot) throw new Error(`the repo of ${did} has no commit`)
    try {
      return await read(snapshot)
    } finally {
      snapshot.release()
    }
  } finally {
    store.close()
  }
}

async function signingKeyFor(
  cfg: Config,
  did: string,
): Promise<{ did: string; source: 'local' | 'DID document' } | undefined> {
  const layout = dataDirLayout(cfg.dataDir)
  const local = localSigningKey(layout.accountDb, did)
  if (local) return { did: (await Secp256k1Keypair.import(local)).did(), source: 'local' }
  if (cfg.plcUrl === undefined && did.startsWith('did:plc:')) return undefined
  const resolver = createIdResolver({ plcUrl: cfg.plcUrl, env: cfg.env })
  const key = await resolver.did.resolveAtprotoKey(did).catch(() => undefined)
  return key ? { did: key, source: 'DID document' } : undefined
}

export function localSigningKey(accountDb: string, did: string): string | undefined {
  let db
  try {
    db = openSqlite(accountDb, { readonly: true })
  } catch {
    return undefined
  }
  try {
    return signingKeyIn(db, did)
  } finally {
    db.close()
  }
}
