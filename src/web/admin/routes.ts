import express, { type NextFunction, type Request, type Response, Router } from 'express'
import { XRPCError } from '@atproto/xrpc-server'
import { generateInviteCode } from '../../account/invites.ts'
import { listAccounts, updateAccountPassword } from '../../admin/account-admin.ts'
import { serverStatus } from '../../admin/status.ts'
import { updateSubjectStatus } from '../../admin/subject-status.ts'
import { clientAddress } from '../../auth/admin-token.ts'
import type { AppContext } from '../../context.ts'
import type { ConsoleSession } from './session.ts'
import { ConsoleSessions } from './session.ts'
import {
  accountsPage,
  backupsPage,
  crawlersPage,
  firehosePage,
  loginPage,
  overviewPage,
  type PageContext,
} from './pages.ts'

const RECENT_EVENTS = 25

type Authed = Request & { session?: ConsoleSession }

/** Express 4 does not see a rejected promise: hand it to the error handler. */
function safe(
  fn: (req: Authed, res: Response) => Promise<void>,
): (req: Authed, res: Response, next: NextFunction) => void {
  return (req, res, next) => {
    fn(req, res).catch(next)
  }
}

/** What a failed action says on the page. */
function messageOf(err: unknown): string {
  if (err instanceof XRPCError) return err.errorMessage ?? err.message
  return err instanceof Error ? err.message : String(err)
}

/**
 * The operator's console at /admin: server-rendered pages, no scripts. Login exchanges the admin
 * token for a session cookie; every form posts back with the session's CSRF token, and posts from
 * another origin are refused.
 */
export function adminConsole(ctx: AppContext): Router {
  const router = Router()
  const sessions = new ConsoleSessions(ctx.cfg.publicUrl.startsWith('https://'))

  router.use((_req, res, next) => {
    res.set({
      'Cache-Control': 'no-store',
      'Content-Security-Policy':
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
      'X-Frame-Options': 'DENY',
      // `no-referrer` would make Chromium send `Origin: null` with form posts.
      'Referrer-Policy': 'same-origin',
      'X-Content-Type-Options': 'nosniff',
    })
    next()
  })
  router.use(express.urlencoded({ extended: false, limit: '16kb' }))
  // A cross-site form post never gets this far, whatever cookie policy the browser applies.
  router.use((req, res, next) => {
    const origin = req.headers.origin
    if (req.method === 'POST' && origin !== undefined && origin !== ctx.cfg.publicUrl) {
      const host = req.headers.host
      if (!host || (origin !== `http://${host}` && origin !== `https://${host}`)) {
        res.status(403).type('text/plain').send('Cross-origin form posts are refused')
        return
      }
    }
    next()
  })

  router.get('/login', (req, res) => {
    if (sessions.get(req)) return res.redirect(303, '/admin')
    res.type('html').send(loginPage())
  })
  router.post(
    '/login',
    safe(async (req, res) => {
      const token = typeof req.body?.token === 'string' ? req.body.token : ''
      try {
        await ctx.adminToken.assertValid(token, clientAddress(req), res)
      } catch (err) {
        res
          .status(err instanceof XRPCError && err.statusCode === 429 ? 429 : 401)
          .type('html')
          .send(loginPage(messageOf(err)))
        return
      }
      sessions.create(res)
      res.redirect(303, '/admin')
    }),
  )

  // Everything below needs a session; without one the login page answers 401.
  router.use((req: Authed, res, next) => {
    const session = sessions.get(req)
    if (!session) {
      res.status(401).type('html').send(loginPage())
      return
    }
    if (req.method === 'POST' && !sessions.checkCsrf(session, req.body?._csrf)) {
      res.status(403).type('text/plain').send('Missing or wrong CSRF token')
      return
    }
    req.session = session
    next()
  })

  const page = (req: Authed): PageContext => ({
    csrf: (req.session as ConsoleSession).csrf,
    notice: typeof req.query.notice === 'string' ? req.query.notice.slice(0, 500) : undefined,
  })
  const back = (res: Response, to: string, notice: string) =>
    res.redirect(303, `${to}?notice=${encodeURIComponent(notice)}`)
  /** Runs a form action and returns to `to` with what happened. */
  const action =
    (to: string, run: (req: Request) => Promise<string>) => async (req: Request, res: Response) => {
      try {
        back(res, to, await run(req))
      } catch (err) {
        back(res, to, `Failed: ${messageOf(err)}`)
      }
    }
  const field = (req: Request, name: string): string => {
    const value = req.body?.[name]
    if (typeof value !== 'string' || value === '') throw new Error(`${name} is required`)
    return value
  }

  router.post('/logout', (req: Authed, res) => {
    sessions.end(req.session as ConsoleSession, res)
    res.redirect(303, '/admin/login')
  })

  router.get(
    '/',
    safe(async (req, res) => {
      res.type('html').send(overviewPage(page(req), await serverStatus(ctx)))
    }),
  )

  router.get(
    '/accounts',
    safe(async (req, res) => {
      const cursor = typeof req.query.cursor === 'string' ? req.query.cursor : undefined
      const list = await listAccounts(ctx, { limit: 50, cursor })
      const invites = await ctx.accounts.invites.list({ sort: 'recent', limit: 20 })
      res.type('html').send(accountsPage(page(req), list.accounts, list.cursor, invites.codes))
    }),
  )
  router.post(
    '/accounts/status',
    action('/admin/accounts', async (req) => {
      const did = field(req, 'did')
      const takedown = field(req, 'action') === 'takedown'
      await updateSubjectStatus(ctx, { kind: 'account', did }, { takedown: { applied: takedown } })
      return `${did} ${takedown ? 'taken down' : 'restored'}`
    }),
  )
  router.post(
    '/accounts/password',
    action('/admin/accounts', async (req) => {
      const did = field(req, 'did')
      await updateAccountPassword(ctx, did, field(req, 'password'))
      return `Password of ${did} reset; its sessions were ended`
    }),
  )
  router.post(
    '/invites/create',
    action('/admin/accounts', async (req) => {
      const uses = Number.parseInt(String(req.body?.useCount ?? '1'), 10)
      if (!Number.isInteger(uses) || uses < 1 || uses > 1000)
        throw new Error('uses must be 1 to 1000')
      const code = generateInviteCode(ctx.cfg.hostname)
      await ctx.accounts.invites.create([{ code, forAccount: 'admin' }], uses, 'admin')
      return `Invite code created: ${code}`
    }),
  )
  router.post(
    '/invites/disable',
    action('/admin/accounts', async (req) => {
      const code = field(req, 'code')
      await ctx.accounts.invites.disable({ codes: [code], accounts: [] })
      return `Invite code ${code} disabled`
    }),
  )

  router.get(
    '/backups',
    safe(async (req, res) => {
      const { backups } = ctx.admin
      const [last, stored] = await Promise.all([backups.lastResult(), backups.list()])
      res.type('html').send(backupsPage(page(req), backups.storeKind, last, stored))
    }),
  )
  router.post(
    '/backups/create',
    action('/admin/backups', async () => {
      const result = await ctx.admin.backups.create()
      return `Backup ${result.name} stored (${result.size} bytes)`
    }),
  )

  router.get('/firehose', (req: Authed, res) => {
    const head = ctx.sequencer.head()
    const from = Math.max(head - RECENT_EVENTS, ctx.sequencer.trimmedThrough())
    const events = ctx.sequencer.readAfter(from, RECENT_EVENTS).reverse()
    res.type('html').send(
      firehosePage(
        page(req),
        {
          headSeq: head,
          trimmedThrough: ctx.sequencer.trimmedThrough(),
          retainHours: ctx.cfg.sequencerRetainHours,
          subscribers: ctx.sequencer.subscriberCount,
          subscriberBufferedBytes: ctx.sequencer.subscriberBufferedBytes().total,
        },
        events,
      ),
    )
  })

  router.get('/crawlers', (req: Authed, res) => {
    res.type('html').send(crawlersPage(page(req), ctx.crawlers.status()))
  })
  router.post(
    '/crawlers/request',
    action('/admin/crawlers', async () => {
      const results = await ctx.crawlers.requestAll()
      const failed = results.filter((r) => !r.ok).length
      return `Crawl requested from ${results.length} crawler(s), ${failed} failed`
    }),
  )

  return router
}
