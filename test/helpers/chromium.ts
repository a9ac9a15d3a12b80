import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { type BrowserContext, chromium } from 'playwright-core'

const CHROMIUM = '/usr/bin/chromium'

export interface HeadlessChromium {
  browser: BrowserContext
  /** Closes the browser and removes its profile. */
  close(): Promise<void>
}

/** Debian's Chromium, headless, with a fresh profile and nothing reaching the network by itself. */
export async function launchChromium(
  opts: { viewport?: { width: number; height: number } } = {},
): Promise<HeadlessChromium> {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'tempest-chromium-'))
  const browser = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    ...opts,
  })
  return {
    browser,
    close: async () => {
      await browser.close()
      await rm(userDataDir, { recursive: true, force: true })
    },
  }
}
