import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser, type TestUser, xrpc } from '../account/helpers.ts'
import { ADMIN_TOKEN, adminEnv, liftedAdminThrottle } from '../admin/helpers.ts'
import { type HeadlessChromium, launchChromium } from '../helpers/chromium.ts'
import { startTestPds, type TestPds } from '../helpers/harness.ts'

const ARTIFACTS = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../test-artifacts/admin-console',
)

/** The console in real headless Chromium (Debian's), at a phone's viewport. */
describe('admin console in Chromium', () => {
  let pds: TestPds
  let alice: TestUser
  let chromium: HeadlessChromium
  let browser: BrowserContext
  let page: Page

  beforeAll(async () => {
    // A wrong token, then the right one within a second: the throttle is tested in admin-flood.
    pds = await startTestPds({ env: { ...(await adminEnv()), ...liftedAdminThrottle } })
    alice = await createUser(pds, 'alice')
    await alice.agent.post({ text: 'hello from alice' })
    await mkdir(ARTIFACTS, { recursive: true })
    chromium = await launchChromium({ viewport: { width: 390, height: 844 } })
    browser = chromium.browser
    page = browser.pages()[0] ?? (await browser.newPage())
  }, 60_000)
  afterAll(async () => {
    await chromium?.close()
    await pds.close()
  })

  const shot = (name: string) =>
    page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true })

  it('logs in with the admin token and shows the status with warnings', async () => {
    await page.goto(`${pds.url}/admin`)
    await expect(page.getByRole('heading', { name: 'Log in' }).isVisible()).resolves.toBe(true)
    await page.fill('#token', 'wrong-admin-token-value')
    await page.getByRole('button', { name: 'Log in' }).click()
    expect(await page.getByRole('alert').textContent()).toContain('Invalid admin token')

    await page.fill('#token', ADMIN_TOKEN)
    await page.getByRole('button', { name: 'Log in' }).click()
    await page.getByRole('heading', { name: 'Overview' }).waitFor()
    const text = (await page.textContent('main')) ?? ''
    expect(text).toContain('no successful backup in the last 24 hours')
    expect(text).toContain('1 active')
    const [cookie] = await browser.cookies(`${pds.url}/admin`)
    expect(cookie).toMatchObject({
      name: 'tempest_admin',
      httpOnly: true,
      sameSite: 'Strict',
      path: '/admin',
    })
    // Nothing wider than the phone's screen.
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
      390,
    )
    await shot('overview')
  })

  it('creates a backup', async () => {
    await page.getByRole('link', { name: 'Backups' }).click()
    await page.getByRole('button', { name: 'Create backup now' }).click()
    const notice = await page.getByRole('status').textContent()
    expect(notice).toMatch(/Backup tempest-backup-\S+\.tar\.gz stored/)
    const name = /(tempest-backup-\S+\.tar\.gz)/.exec(notice ?? '')?.[1] as string
    expect(await page.textContent('main')).toContain(name)
    expect(await pds.ctx.admin.backups.list()).toHaveLength(1)
    await shot('backups')
  })

  it('takes an account down and restores it', async () => {
    await page.getByRole('link', { name: 'Accounts' }).click()
    await page.getByRole('button', { name: 'Take down' }).click()
    expect(await page.getByRole('status').textContent()).toContain(`${alice.did} taken down`)
    expect(await page.textContent('main')).toContain('takendown')
    const refused = await xrpc(pds, 'com.atproto.server.getSession', { token: alice.accessJwt })
    expect(refused.body.error).toBe('AccountTakedown')
    await shot('account-taken-down')

    await page.getByRole('button', { name: 'Restore' }).click()
    expect(await page.getByRole('status').textContent()).toContain(`${alice.did} restored`)
    const back = await xrpc(pds, 'com.atproto.server.getSession', { token: alice.accessJwt })
    expect(back.status).toBe(200)
    await shot('accounts')
  })

  it('shows the firehose and crawlers pages', async () => {
    await page.getByRole('link', { name: 'Firehose' }).click()
    const firehose = ((await page.textContent('main')) ?? '').replace(/\s+/g, ' ')
    expect(firehose).toContain(`Head seq ${pds.ctx.sequencer.head()}`)
    expect(firehose).toContain('inactive (takendown)')
    await shot('firehose')
    await page.getByRole('link', { name: 'Crawlers' }).click()
    expect(await page.textContent('main')).toContain('No crawlers configured')
  })

  it('refuses form posts without the CSRF token, and logs out', async () => {
    const forged = await browser.request.post(`${pds.url}/admin/backups/create`, { form: {} })
    expect(forged.status()).toBe(403)
    expect(await pds.ctx.admin.backups.list()).toHaveLength(1)
    await page.getByRole('button', { name: 'Log out' }).click()
    await page.getByRole('heading', { name: 'Log in' }).waitFor()
    const after = await browser.request.get(`${pds.url}/admin/accounts`)
    expect(after.status()).toBe(401)
  })
})
