import path from 'node:path'
import { Secp256k1Keypair } from '@atproto/crypto'
import { verifyRepoCar } from '@atproto/repo'
import Database from 'better-sqlite3'
import { signingKeyIn } from '../../account/account-store.ts'
import { RepoStore } from '../../repo/repo-store.ts'
import type { BackupManifest } from './manifest.ts'

/** Runs SQLite's integrity_check; the problems found, named by file. */
function integrityProblems(dir: string, file: string): string[] {
  let db
  try {
    db = new Database(path.join(dir, file), { readonly: true, fileMustExist: true })
    const result = db.pragma('integrity_check', { simple: false }) as Array<{
      integrity_check: string
    }>
    const messages = result.map((r) => r.integrity_check).filter((m) => m !== 'ok')
    return messages.map((m) => `${file}: integrity_check: ${m}`)
  } catch (err) {
    return [`${file}: not a readable SQLite database (${(err as Error).message})`]
  } finally {
    db?.close()
  }
}

/** Loads a repo file as a CAR and verifies every block, the MST and the commit signature. */
async function repoProblems(
  dir: string,
  file: string,
  signingKeyOf: (did: string) => string | undefined,
): Promise<string[]> {
  const store = RepoStore.open(path.join(dir, file), { create: false, upgrade: false })
  if (!store) return [`${file}: missing`]
  try {
    const snapshot = store.snapshot()
    if (!snapshot) return [`${file}: the repo has no commit`]
    const chunks: Uint8Array[] = []
    try {
      for await (const chunk of snapshot.car()) chunks.push(chunk)
    } finally {
      snapshot.release()
    }
    const { did } = snapshot.root
    const keyHex = signingKeyOf(did)
    if (keyHex === undefined) return [`${file}: account ${did} is not in account.sqlite`]
    const key = await Secp256k1Keypair.import(keyHex)
    await verifyRepoCar(Buffer.concat(chunks), did, key.did())
    return []
  } catch (err) {
    return [`${file}: repo does not verify (${(err as Error).message})`]
  } finally {
    store.close()
  }
}

/**
 * Checks an unpacked backup: SQLite integrity of every database, and every repo loaded and
 * verified (blocks, MST, commit signature against the account's key). Returns the problems.
 */
export async function checkDatabases(dir: string, manifest: BackupManifest): Promise<string[]> {
  const databases = manifest.files.map((f) => f.path).filter((p) => p.endsWith('.sqlite'))
  const problems = databases.flatMap((file) => integrityProblems(dir, file))
  if (problems.some((p) => p.startsWith('account.sqlite:'))) return problems
  const accounts = new Database(path.join(dir, 'account.sqlite'), {
    readonly: true,
    fileMustExist: true,
  })
  try {
    for (const file of databases.filter((p) => p.startsWith('repos/'))) {
      problems.push(...(await repoProblems(dir, file, (did) => signingKeyIn(accounts, did))))
    }
  } finally {
    accounts.close()
  }
  return problems
}
