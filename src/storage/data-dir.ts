import { chmodSync, closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs'
import path from 'node:path'

const DATA_SUBDIRS = ['repos', 'blobs', 'tmp', 'keys', 'backups'] as const

export interface DataDirLayout {
  root: string
  accountDb: string
  sequencerDb: string
  repos: string
  blobs: string
  tmp: string
  keys: string
  backups: string
  lockFile: string
}

export function dataDirLayout(root: string): DataDirLayout {
  return {
    root,
    accountDb: path.join(root, 'account.sqlite'),
    sequencerDb: path.join(root, 'sequencer.sqlite'),
    repos: path.join(root, 'repos'),
    blobs: path.join(root, 'blobs'),
    tmp: path.join(root, 'tmp'),
    keys: path.join(root, 'keys'),
    backups: path.join(root, 'backups'),
    lockFile: path.join(root, 'tempest.lock'),
  }
}

/** Creates the data dir and its folders, owner-only (0700), leaving existing contents alone. */
export function ensureDataDir(layout: DataDirLayout): void {
  for (const dir of [layout.root, ...DATA_SUBDIRS.map((d) => path.join(layout.root, d))]) {
    mkdirSync(dir, { recursive: true, mode: 0o700 })
    chmodSync(dir, 0o700)
  }
}

class DataDirLockedError extends Error {
  constructor(lockFile: string, pid: number) {
    super(
      `data dir is in use by another Tempest process (pid ${pid}, lock ${lockFile}); ` +
        'SQLite here expects one writer, so stop that process first',
    )
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Takes the data dir's writer lock: a file holding our pid, created exclusively. A lock left by a
 * process that no longer runs (a crash, `kill -9`) is taken over. Returns the release function.
 */
export function lockDataDir(layout: DataDirLayout): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(layout.lockFile, 'wx', 0o600)
      writeSync(fd, String(process.pid))
      closeSync(fd)
      return () => rmSync(layout.lockFile, { force: true })
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
      const pid = Number.parseInt(readFileSync(layout.lockFile, 'utf8'), 10)
      if (Number.isInteger(pid) && pid !== process.pid && processAlive(pid)) {
        throw new DataDirLockedError(layout.lockFile, pid)
      }
      rmSync(layout.lockFile, { force: true })
    }
  }
  throw new Error(`could not take the data dir lock ${layout.lockFile}`)
}
