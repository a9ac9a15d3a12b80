import { loadConfig } from '../config.ts'
import { openStorage } from '../context.ts'
import { dataDirLayout, ensureDataDir, lockDataDir } from '../storage/data-dir.ts'
import { loadOrCreateRotationKey } from '../storage/server-keys.ts'
import { readVersion } from '../version.ts'

/** Creates and migrates the data dir without serving; safe to run again. */
export async function storageSetup(): Promise<string> {
  const cfg = loadConfig(process.env, readVersion())
  const layout = dataDirLayout(cfg.dataDir)
  ensureDataDir(layout)
  const unlock = lockDataDir(layout)
  try {
    const storage = await openStorage(layout)
    await storage.close()
    await loadOrCreateRotationKey(layout.keys)
  } finally {
    unlock()
  }
  return layout.root
}
