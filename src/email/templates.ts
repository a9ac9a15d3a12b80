/** One rendered email: both parts say the same thing, for clients that show either. */
export interface EmailMessage {
  subject: string
  text: string
  html: string
}

/** Every message the server sends; each carries a one-time code. */
export type EmailKind =
  | 'confirm_email'
  | 'update_email'
  | 'reset_password'
  | 'delete_account'
  | 'plc_operation'
  | 'sign_in'

interface Wording {
  subject: string
  /** What the code is for, as the first sentence of the message. */
  purpose: string
  /** Why someone who did not ask for this should not worry (or should). */
  ignore: string
}

const WORDING: Record<EmailKind, Wording> = {
  confirm_email: {
    subject: 'Confirm your email address',
    purpose: 'Use this code to confirm the email address of your account',
    ignore: 'If you did not ask for this, you can ignore this message.',
  },
  update_email: {
    subject: 'Change your email address',
    purpose: 'Use this code to change the email address of your account',
    ignore:
      'If you did not ask for this, do not share the code: someone may be trying to take over your account.',
  },
  reset_password: {
    subject: 'Reset your password',
    purpose: 'Use this code to set a new password for your account',
    ignore: 'If you did not ask for this, you can ignore this message: your password is unchanged.',
  },
  delete_account: {
    subject: 'Delete your account',
    purpose: 'Use this code to permanently delete your account',
    ignore:
      'If you did not ask for this, do not share the code and consider changing your password.',
  },
  plc_operation: {
    subject: 'Confirm an identity change',
    purpose:
      'Use this code to sign a change to the identity (DID document) of your account, such as moving it to another server',
    ignore:
      'If you did not ask for this, do not share the code and consider changing your password.',
  },
  sign_in: {
    subject: 'Your sign-in code',
    purpose: 'Use this code to finish signing in to your account',
    ignore:
      'If you did not try to sign in, someone knows your password: change it as soon as you can.',
  },
}

export interface TokenMessageInput {
  /** The server's hostname, so the reader knows which server wrote. */
  hostname: string
  /** The account's handle, when known. */
  handle?: string
  token: string
  ttlMinutes: number
}

function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
}

export function renderTokenMessage(kind: EmailKind, input: TokenMessageInput): EmailMessage {
  const words = WORDING[kind]
  const account = input.handle ? ` @${input.handle}` : ''
  const expiry = `The code expires in ${input.ttlMinutes} minutes and works only once.`
  const subject = `${words.subject} (${input.hostname})`
  const text = [
    `${words.purpose}${account} on ${input.hostname}:`,
    '',
    `    ${input.token}`,
    '',
    expiry,
    words.ignore,
    '',
    `-- ${input.hostname}`,
    '',
  ].join('\n')
  const e = escapeHtml
  const html = `<!doctype html>
<html><body style="font-family: sans-serif; line-height: 1.5">
<p>${e(words.purpose)}${e(account)} on <strong>${e(input.hostname)}</strong>:</p>
<p style="font-family: monospace; font-size: 1.6em; letter-spacing: 0.1em">${e(input.token)}</p>
<p>${e(expiry)}</p>
<p>${e(words.ignore)}</p>
<p style="color: #666">&mdash; ${e(input.hostname)}</p>
</body></html>
`
  return { subject, text, html }
}
