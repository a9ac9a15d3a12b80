import type { AccountSummary } from '../../admin/account-admin.ts'
import type { InviteCode } from '../../account/invites.ts'
import type { BackupResult } from '../../admin/backup/backup-service.ts'
import type { StoredBackup } from '../../admin/backup/backup-store.ts'
import type { ServerStatus } from '../../admin/status.ts'
import type { CrawlerStatus } from '../../sequencer/crawlers.ts'
import type { SeqEvent } from '../../sequencer/events.ts'
import { Html, html } from './html.ts'

const STYLE = `
*{box-sizing:border-box}
body{font:16px/1.45 system-ui,sans-serif;margin:0;color:#1b1b1f;background:#f6f6f8}
header{background:#20212b;color:#fff;padding:.6rem 1rem;display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center}
header strong{margin-right:auto}
header a{color:#cfd6ff;text-decoration:none}
header form{margin:0}
main{max-width:64rem;margin:0 auto;padding:1rem}
section{background:#fff;border:1px solid #ddd;border-radius:8px;padding:.8rem 1rem;margin-bottom:1rem}
h1{font-size:1.4rem;margin:.2rem 0 1rem}h2{font-size:1.1rem;margin:.2rem 0 .6rem}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #eee;vertical-align:top;word-break:break-word}
th{font-weight:600;white-space:nowrap}
.warn{background:#fff4e5;border-color:#f0b45b}
.ok{color:#17692c}.bad{color:#a01c1c}
.notice{background:#e8f4ff;border-color:#8dbbea}
form.inline{display:inline-flex;flex-wrap:wrap;gap:.3rem;margin:.15rem 0}
input,select,button{font:inherit;padding:.35rem .55rem;border:1px solid #bbb;border-radius:6px}
button{background:#2d4ee0;color:#fff;border-color:#2d4ee0;cursor:pointer}
button.danger{background:#b42323;border-color:#b42323}
code{font-size:.9em;word-break:break-all}
`

export interface PageContext {
  csrf: string
  notice?: string
}

function csrfField(page: PageContext): Html {
  return html`<input type="hidden" name="_csrf" value="${page.csrf}" />`
}

function layout(title: string, body: Html, page?: PageContext): string {
  const nav = page
    ? html`<nav>
          <a href="/admin">Overview</a> · <a href="/admin/accounts">Accounts</a> ·
          <a href="/admin/backups">Backups</a> · <a href="/admin/firehose">Firehose</a> ·
          <a href="/admin/crawlers">Crawlers</a>
        </nav>
        <form method="post" action="/admin/logout">
          ${csrfField(page)}<button>Log out</button>
        </form>`
    : ''
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        <title>${title} · Tempest admin</title>
        <style>
          ${new Html(STYLE)}
        </style>
      </head>
      <body>
        <header><strong>Tempest admin</strong>${nav}</header>
        <main>
          <h1>${title}</h1>
          ${page?.notice ? html`<section class="notice" role="status">${page.notice}</section>` : ''}
          ${body}
        </main>
      </body>
    </html>`.value
}

function formatBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB']
  let value = n
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`
}

function rows(pairs: Array<[string, unknown]>): Html {
  return html`<div class="scroll">
    <table>
      ${pairs.map(
        ([k, v]) =>
          html`<tr>
            <th>${k}</th>
            <td>${v}</td>
          </tr>`,
      )}
    </table>
  </div>`
}

/** A scrolling table: the header row, then `body`'s rows. */
function table(head: string[], body: Html[]): Html {
  return html`<div class="scroll">
    <table>
      <tr>
        ${head.map((h) => html`<th>${h}</th>`)}
      </tr>
      ${body}
    </table>
  </div>`
}

/** A table row of plain cells. */
function cells(...values: unknown[]): Html {
  return html`<tr>
    ${values.map((v) => html`<td>${v}</td>`)}
  </tr>`
}

function backupLine(last: BackupResult | null): Html {
  if (!last) return html`<span class="bad">never</span>`
  return last.ok
    ? html`<span class="ok">ok</span> ${last.finishedAt} · ${last.name} ·
        ${formatBytes(last.size ?? 0)}`
    : html`<span class="bad">failed</span> ${last.finishedAt}: ${last.error}`
}

export function loginPage(error?: string): string {
  return layout(
    'Log in',
    html`<section>
      ${error ? html`<p class="bad" role="alert">${error}</p>` : ''}
      <form method="post" action="/admin/login">
        <p>
          <label for="token">Admin token</label><br />
          <input
            id="token"
            name="token"
            type="password"
            autocomplete="current-password"
            required
            style="width:100%"
          />
        </p>
        <button type="submit">Log in</button>
      </form>
    </section>`,
  )
}

export function overviewPage(page: PageContext, s: ServerStatus): string {
  const warnings =
    s.warnings.length > 0
      ? html`<section class="warn">
          <h2>Warnings</h2>
          <ul>
            ${s.warnings.map((w) => html`<li>${w}</li>`)}
          </ul>
        </section>`
      : html`<section><span class="ok">No warnings.</span></section>`
  return layout(
    'Overview',
    html`${warnings}
      <section>
        <h2>Server</h2>
        ${rows([
          ['Version', s.version],
          ['Public URL', s.publicUrl],
          ['Hostname', s.hostname],
          ['DID method', s.didMethod],
          ['Up since', `${s.startedAt} (${s.uptimeSeconds} s)`],
          ['Disk free', `${formatBytes(s.disk.freeBytes)} of ${formatBytes(s.disk.totalBytes)}`],
        ])}
      </section>
      <section>
        <h2>Accounts and data</h2>
        ${rows([
          [
            'Accounts',
            `${s.accounts.total} (${s.accounts.active} active, ${s.accounts.deactivated} deactivated, ${s.accounts.takendown} taken down)`,
          ],
          ['Repos', `${s.repos.count} · ${formatBytes(s.repos.bytes)}`],
          ['Blobs', `${s.blobs.count} · ${formatBytes(s.blobs.bytes)} (${s.blobs.store})`],
          [
            'Firehose',
            `head ${s.sequencer.headSeq}, retained after ${s.sequencer.trimmedThrough}, ${s.sequencer.subscribers} subscriber(s)`,
          ],
          ['Last backup', backupLine(s.backups.last)],
        ])}
      </section>`,
    page,
  )
}

export function accountsPage(
  page: PageContext,
  accounts: AccountSummary[],
  cursor: string | undefined,
  invites: InviteCode[],
): string {
  const csrf = csrfField(page)
  const accountRows = accounts.map(
    (a) =>
      html`<tr>
        <td><strong>${a.handle}</strong><br /><code>${a.did}</code><br />${a.email ?? ''}</td>
        <td class="${a.status === 'active' ? 'ok' : 'bad'}">${a.status}</td>
        <td>
          <form class="inline" method="post" action="/admin/accounts/status">
            ${csrf}
            <input type="hidden" name="did" value="${a.did}" />
            ${
              a.status === 'takendown'
                ? html`<input type="hidden" name="action" value="restore" /><button>
                      Restore
                    </button>`
                : html`<input type="hidden" name="action" value="takedown" /><button class="danger">
                      Take down
                    </button>`
            }
          </form>
          <form class="inline" method="post" action="/admin/accounts/password">
            ${csrf}
            <input type="hidden" name="did" value="${a.did}" />
            <input
              name="password"
              type="password"
              placeholder="new password"
              minlength="8"
              required
              aria-label="New password for ${a.handle}"
            />
            <button>Reset password</button>
          </form>
        </td>
      </tr>`,
  )
  const inviteRows = invites.map(
    (c) =>
      html`<tr>
        <td><code>${c.code}</code></td>
        <td>${c.uses.length} / ${c.available}</td>
        <td>${c.forAccount}</td>
        <td>
          ${
            c.disabled
              ? 'disabled'
              : html`<form class="inline" method="post" action="/admin/invites/disable">
                  ${csrf} <input type="hidden" name="code" value="${c.code}" /><button
                    class="danger"
                  >
                    Disable
                  </button>
                </form>`
          }
        </td>
      </tr>`,
  )
  return layout(
    'Accounts',
    html`<section>
        ${table(['Account', 'Status', 'Actions'], accountRows)}
        ${cursor ? html`<p><a href="/admin/accounts?cursor=${encodeURIComponent(cursor)}">Next page</a></p>` : ''}
      </section>
      <section>
        <h2>Invite codes</h2>
        <form class="inline" method="post" action="/admin/invites/create">
          ${csrf}
          <input name="useCount" type="number" min="1" max="1000" value="1" aria-label="Uses" />
          <button>Create invite code</button>
        </form>
        ${table(['Code', 'Used', 'For', ''], inviteRows)}
      </section>`,
    page,
  )
}

export function backupsPage(
  page: PageContext,
  store: string,
  last: BackupResult | null,
  backups: StoredBackup[],
): string {
  return layout(
    'Backups',
    html`<section>
        ${rows([
          ['Store', store],
          ['Last backup', backupLine(last)],
        ])}
        <form method="post" action="/admin/backups/create">
          ${csrfField(page)}<button>Create backup now</button>
        </form>
      </section>
      <section>
        <h2>Stored archives</h2>
        ${table(
          ['Archive', 'Created', 'Size'],
          backups.map((b) => cells(html`<code>${b.name}</code>`, b.createdAt, formatBytes(b.size))),
        )}
      </section>`,
    page,
  )
}

function eventSummary(evt: SeqEvent): string {
  const body = evt.body
  if (evt.type === 'commit') {
    const ops = Array.isArray(body.ops) ? body.ops.length : 0
    return `rev ${String(body.rev)}, ${ops} op(s)`
  }
  if (evt.type === 'account') {
    return body.active ? 'active' : `inactive (${String(body.status)})`
  }
  if (evt.type === 'identity') return `handle ${String(body.handle ?? '-')}`
  return `rev ${String(body.rev)}`
}

export function firehosePage(
  page: PageContext,
  s: ServerStatus['sequencer'],
  events: SeqEvent[],
): string {
  return layout(
    'Firehose',
    html`<section>
        ${rows([
          ['Head seq', s.headSeq],
          ['Retained', `events after seq ${s.trimmedThrough} (${s.retainHours} h)`],
          ['Subscribers', s.subscribers],
          ['Waiting in subscriber buffers', `${s.subscriberBufferedBytes} bytes`],
        ])}
      </section>
      <section>
        <h2>Recent events</h2>
        ${table(
          ['Seq', 'Type', 'Account', 'Detail', 'Time'],
          events.map((e) =>
            cells(e.seq, e.type, html`<code>${e.did}</code>`, eventSummary(e), e.time),
          ),
        )}
      </section>`,
    page,
  )
}

function crawlResult({ lastResult }: CrawlerStatus): Html | string {
  if (!lastResult) return '-'
  return lastResult.ok
    ? html`<span class="ok">ok (HTTP ${lastResult.status})</span>`
    : html`<span class="bad">${lastResult.error}</span>`
}

export function crawlersPage(page: PageContext, crawlers: CrawlerStatus[]): string {
  return layout(
    'Crawlers',
    html`<section>
      ${
        crawlers.length === 0
          ? html`<p>No crawlers configured (TEMPEST_CRAWLERS).</p>`
          : html`${table(
                ['Crawler', 'Last request', 'Result'],
                crawlers.map((c) => cells(c.url, c.lastRequestAt ?? 'never', crawlResult(c))),
              )}
              <form method="post" action="/admin/crawlers/request">
                ${csrfField(page)}<button>Request a crawl now</button>
              </form>`
      }
    </section>`,
    page,
  )
}
