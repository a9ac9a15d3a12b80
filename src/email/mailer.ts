import { InvalidRequestError, UpstreamFailureError } from '@atproto/xrpc-server'
import type { Transporter } from 'nodemailer'
import { EMAIL_TOKEN_TTL_MS } from '../account/email-tokens.ts'
import type { Config, SmtpConfig } from '../config.ts'
import type { Logger } from '../logger.ts'
import { renderTokenMessage, type EmailKind } from './templates.ts'

/**
 * The error every email-sending method answers when SMTP is off: a request that needs a message
 * must not look like it worked. The code was still created, so the operator can read it in the
 * admin console (see `EmailTokenStore.listPending`).
 */
export function emailNotConfigured(): InvalidRequestError {
  return new InvalidRequestError(
    'This server cannot send email: SMTP is not configured (TEMPEST_SMTP_ENABLED). ' +
      'The server operator can read the pending code in the admin console.',
    'EmailNotConfigured',
  )
}

/** nodemailer is imported with the first message, so a server without SMTP never loads it. */
async function createTransport(smtp: SmtpConfig): Promise<Transporter> {
  const { default: nodemailer } = await import('nodemailer')
  if (smtp.url !== undefined) return nodemailer.createTransport(smtp.url)
  return nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user === undefined ? undefined : { user: smtp.user, pass: smtp.password ?? '' },
  })
}

/**
 * Sends the server's emails (`ctx.mailer`), one method per message, each carrying a one-time code
 * from `ctx.accounts.emailTokens`. Without SMTP every method throws `EmailNotConfigured`.
 */
export class Mailer {
  private transport?: Promise<Transporter>

  constructor(
    private readonly cfg: Pick<Config, 'smtp' | 'hostname'>,
    private readonly logger: Logger,
  ) {}

  /** Whether messages can be sent at all. */
  get enabled(): boolean {
    return this.cfg.smtp !== undefined
  }

  sendConfirmEmail(to: string, token: string): Promise<void> {
    return this.send('confirm_email', to, token)
  }

  /** Goes to the current (old) address: proof the owner agrees to the change. */
  sendEmailUpdateToken(to: string, token: string): Promise<void> {
    return this.send('update_email', to, token)
  }

  sendPasswordReset(to: string, token: string, handle: string): Promise<void> {
    return this.send('reset_password', to, token, handle)
  }

  sendAccountDeleteToken(to: string, token: string): Promise<void> {
    return this.send('delete_account', to, token)
  }

  sendPlcOperationToken(to: string, token: string): Promise<void> {
    return this.send('plc_operation', to, token)
  }

  sendSignInCode(to: string, token: string): Promise<void> {
    return this.send('sign_in', to, token)
  }

  /** A moderator's message (com.atproto.admin.sendEmail); `content` is HTML, as the reference sends it. */
  sendModerationEmail(to: string, subject: string, content: string): Promise<void> {
    return this.deliver('moderation', { to, subject, html: content })
  }

  private send(kind: EmailKind, to: string, token: string, handle?: string): Promise<void> {
    const message = renderTokenMessage(kind, {
      hostname: this.cfg.hostname,
      handle,
      token,
      ttlMinutes: EMAIL_TOKEN_TTL_MS / 60_000,
    })
    return this.deliver(kind, { to, ...message })
  }

  private async deliver(
    kind: EmailKind | 'moderation',
    message: { to: string; subject: string; text?: string; html?: string },
  ): Promise<void> {
    if (!this.cfg.smtp) throw emailNotConfigured()
    this.transport ??= createTransport(this.cfg.smtp)
    try {
      await (await this.transport).sendMail({ from: this.cfg.smtp.from, ...message })
    } catch (err) {
      // The SMTP server's reply may name the recipient: log it, answer the client generically.
      this.logger.error({ err, kind }, 'sending email failed')
      throw new UpstreamFailureError('Could not send email, please try again later')
    }
  }

  close(): void {
    void this.transport?.then((transport) => transport.close())
  }
}
