import { pino, type Logger } from 'pino'
import type { LogLevel } from './config.ts'

export type { Logger }

/**
 * JSON-lines logger. Request logs carry only id, method, path, status and duration, never headers,
 * bodies or query strings; the redact list is a second line of defence for structured fields.
 */
export function createLogger(level: LogLevel, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      base: { service: 'tempest' },
      redact: {
        paths: [
          'password',
          '*.password',
          'token',
          '*.token',
          'accessJwt',
          '*.accessJwt',
          'refreshJwt',
          '*.refreshJwt',
          'authorization',
          '*.authorization',
          'headers.authorization',
          'secret',
          '*.secret',
        ],
        censor: '[redacted]',
      },
    },
    destination ?? process.stdout,
  )
}
