import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export interface ReceivedMail {
  from: string
  to: string
  subject: string
  text: string
  html: string
}

export interface TestSmtp {
  port: number
  /** Server environment that delivers to this SMTP server (plain SMTP on loopback). */
  env: Record<string, string>
  /** Resolves with the next message to `to` (one already received and not yet taken, or the next). */
  next(to: string): Promise<ReceivedMail>
  /** How many messages arrived, in total. */
  count(): number
  close(): Promise<void>
}

/** The one-time code in a message, in the reference format. */
export function tokenIn(mail: ReceivedMail): string {
  const match = /\b[A-Z2-7]{5}-[A-Z2-7]{5}\b/.exec(mail.text)
  if (!match) throw new Error(`no code in message: ${mail.text}`)
  return match[0]
}

/** A real SMTP server (smtp-server) on loopback, no TLS or auth, that keeps what it receives. */
export async function startTestSmtp(): Promise<TestSmtp> {
  const inbox: ReceivedMail[] = []
  const waiters: Array<{ to: string; resolve: (mail: ReceivedMail) => void }> = []
  let total = 0
  const deliver = (mail: ReceivedMail) => {
    total++
    const index = waiters.findIndex((w) => w.to === mail.to)
    if (index === -1) inbox.push(mail)
    else waiters.splice(index, 1)[0]?.resolve(mail)
  }
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const address = (value: unknown) =>
            (value as { value: Array<{ address?: string }> } | undefined)?.value[0]?.address ?? ''
          deliver({
            from: address(parsed.from),
            to: address(parsed.to),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
          })
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.server.address() as { port: number }).port
  return {
    port,
    env: {
      TEMPEST_SMTP_ENABLED: 'true',
      TEMPEST_SMTP_HOST: '127.0.0.1',
      TEMPEST_SMTP_PORT: String(port),
      TEMPEST_SMTP_FROM: 'pds@example.com',
    },
    next(to) {
      const index = inbox.findIndex((mail) => mail.to === to)
      if (index !== -1) return Promise.resolve(inbox.splice(index, 1)[0] as ReceivedMail)
      return new Promise((resolve) => waiters.push({ to, resolve }))
    },
    count: () => total,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
