import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { Request, Response } from 'express'

const COOKIE = 'tempest_admin'
const SESSION_TTL_MS = 12 * 60 * 60 * 1000

export interface ConsoleSession {
  id: string
  /** Sent back in every form (`_csrf`) and compared with this. */
  csrf: string
  expiresAt: number
}

function cookieValue(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=')
    if (eq !== -1 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim()
  }
  return undefined
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

/**
 * Console logins, held in memory (a restart logs the operator out). The cookie is HttpOnly,
 * SameSite=Strict, scoped to /admin, and Secure when the public URL is https; every form also
 * carries the session's CSRF token.
 */
export class ConsoleSessions {
  private readonly sessions = new Map<string, ConsoleSession>()

  constructor(private readonly secureCookie: boolean) {}

  create(res: Response): ConsoleSession {
    this.sweep()
    const session = {
      id: randomBytes(32).toString('base64url'),
      csrf: randomBytes(32).toString('base64url'),
      expiresAt: Date.now() + SESSION_TTL_MS,
    }
    this.sessions.set(session.id, session)
    res.cookie(COOKIE, session.id, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.secureCookie,
      path: '/admin',
      maxAge: SESSION_TTL_MS,
    })
    return session
  }

  get(req: Request): ConsoleSession | null {
    const id = cookieValue(req, COOKIE)
    const session = id === undefined ? undefined : this.sessions.get(id)
    if (!session || session.expiresAt < Date.now()) return null
    return session
  }

  /** Whether a form post carries the session's CSRF token. */
  checkCsrf(session: ConsoleSession, token: unknown): boolean {
    return typeof token === 'string' && sameSecret(token, session.csrf)
  }

  end(session: ConsoleSession, res: Response): void {
    this.sessions.delete(session.id)
    res.clearCookie(COOKIE, { path: '/admin' })
  }

  private sweep(): void {
    const now = Date.now()
    for (const [id, s] of this.sessions) if (s.expiresAt < now) this.sessions.delete(id)
  }
}
