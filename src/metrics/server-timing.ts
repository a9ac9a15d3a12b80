import { AsyncLocalStorage } from 'node:async_hooks'
import type { NextFunction, Request, Response } from 'express'

/** Durations in milliseconds by phase name, of one request. */
type Phases = Map<string, number>

/**
 * Where a request's time goes, sent back as a `Server-Timing` header (TEMPEST_SERVER_TIMING: on
 * in development, off in production). Code on a request's path wraps its steps in `time`; the
 * phases nest (`sign` is part of `commit`) and a phase that runs twice is summed. `total` runs
 * from the first middleware to the response head, so what is not in a named phase is routing,
 * body parsing, input validation and the response's serialisation. When off, `time` only calls
 * its function and no request gets a store.
 */
export class ServerTiming {
  private readonly requests: AsyncLocalStorage<Phases> | undefined

  constructor(enabled: boolean) {
    this.requests = enabled ? new AsyncLocalStorage<Phases>() : undefined
  }

  get enabled(): boolean {
    return this.requests !== undefined
  }

  /** Adds `ms` to the request's `phase` (a wait measured by the caller). */
  add(phase: string, ms: number): void {
    const phases = this.requests?.getStore()
    if (phases !== undefined) phases.set(phase, (phases.get(phase) ?? 0) + ms)
  }

  /** Runs `fn`, adding its duration (until it settles, for a promise) to the request's `phase`. */
  time<T>(phase: string, fn: () => T): T {
    const phases = this.requests?.getStore()
    if (phases === undefined) return fn()
    const start = performance.now()
    const done = (): void => {
      phases.set(phase, (phases.get(phase) ?? 0) + performance.now() - start)
    }
    let result: T
    try {
      result = fn()
    } catch (err) {
      done()
      throw err
    }
    if (result instanceof Promise) return result.finally(done) as T
    done()
    return result
  }

  /** The first middleware: gives the request its phases and writes the header with the head. */
  middleware(): (req: Request, res: Response, next: NextFunction) => void {
    const requests = this.requests
    return (_req, res, next) => {
      if (requests === undefined) return next()
      const phases: Phases = new Map()
      const start = performance.now()
      const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => Response
      res.writeHead = ((...args: unknown[]) => {
        phases.set('total', performance.now() - start)
        res.setHeader('Server-Timing', serverTimingHeader(phases))
        return writeHead(...args)
      }) as Response['writeHead']
      requests.run(phases, next)
    }
  }
}

function serverTimingHeader(phases: Phases): string {
  return [...phases].map(([name, ms]) => `${name};dur=${ms.toFixed(3)}`).join(', ')
}
