import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

// The shape rules of docs/architecture.md, checked over the source tree itself.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const src = join(root, 'src')
const MAX_LINES = 450

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}

const files = sourceFiles(src)
const name = (file: string): string => relative(root, file)

/**
 * Each file's imports of other src/ files: static, `export … from`, dynamic `import()`, and
 * type-only ones too (a type-only loop still ties the two rooms together).
 */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true)
  return info.importedFiles
    .map((ref) => ref.fileName)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => resolve(dirname(file), spec))
    .filter((target) => target.startsWith(src + '/') && target.endsWith('.ts'))
}

/** Every import cycle, each as the files around it, found by Tarjan's strongly connected parts. */
function importCycles(): string[][] {
  const graph = new Map(files.map((file) => [file, importsOf(file)]))
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const cycles: string[][] = []
  let next = 0
  const visit = (file: string): void => {
    index.set(file, next)
    low.set(file, next)
    next++
    stack.push(file)
    onStack.add(file)
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target)
        low.set(file, Math.min(low.get(file)!, low.get(target)!))
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file)!, index.get(target)!))
      }
    }
    if (low.get(file) !== index.get(file)) return
    const part: string[] = []
    let member: string
    do {
      member = stack.pop()!
      onStack.delete(member)
      part.push(name(member))
    } while (member !== file)
    const selfImport = graph.get(file)?.includes(file) ?? false
    if (part.length > 1 || selfImport) cycles.push(part.sort())
  }
  for (const file of files) if (!index.has(file)) visit(file)
  return cycles
}

/** Each table of account.sqlite and sequencer.sqlite, and the one file whose SQL it is. */
const TABLE_OWNERS: Record<string, string> = {
  account: 'src/account/account-store.ts',
  app_password: 'src/account/app-passwords.ts',
  email_token: 'src/account/email-tokens.ts',
  invite_code: 'src/account/invites.ts',
  invite_code_use: 'src/account/invites.ts',
  reserved_signing_key: 'src/account/reserved-keys.ts',
  account_pref: 'src/account/preferences.ts',
  refresh_token: 'src/auth/sessions.ts',
  blob: 'src/blobs/blob-metadata.ts',
  record_takedown: 'src/admin/record-takedowns.ts',
  server_state: 'src/admin/backup/backup-service.ts',
  oauth_account_device: 'src/oauth/store/accounts.ts',
  oauth_authorized_client: 'src/oauth/store/accounts.ts',
  oauth_request: 'src/oauth/store/requests.ts',
  oauth_device: 'src/oauth/store/devices.ts',
  oauth_token: 'src/oauth/store/tokens.ts',
  oauth_used_refresh_token: 'src/oauth/store/tokens.ts',
  oauth_lexicon: 'src/oauth/store/lexicons.ts',
  repo_seq: 'src/sequencer/sequencer.ts',
  repo_seq_trim: 'src/sequencer/sequencer.ts',
  repo_announced: 'src/sequencer/sequencer.ts',
  repo_unsettled: 'src/sequencer/sequencer.ts',
  repo_settle_all: 'src/sequencer/sequencer.ts',
}

/**
 * Joins that read another owner's table within a query of the file's own (the OAuth stores answer
 * the provider with the account's handle, email and status in the same query, as the reference).
 */
const READ_JOINS: Record<string, string[]> = {
  'src/oauth/store/accounts.ts': ['account', 'oauth_device'],
  'src/oauth/store/tokens.ts': ['account'],
}

const read = (file: string): string => readFileSync(join(root, file), 'utf8')

/** The tables the schemas declare: account.sqlite's Kysely types and sequencer.sqlite's migrations. */
function declaredTables(): string[] {
  const schema = read('src/account/schema.ts')
  const body = schema.slice(schema.indexOf('interface AccountDbSchema {'))
  const account = [...body.slice(0, body.indexOf('}')).matchAll(/^ {2}(\w+):/gm)].map((m) => m[1]!)
  const migrations = read('src/sequencer/migrations.ts')
  const sequencer = [...migrations.matchAll(/(?:createTable\('|CREATE TABLE )(\w+)/g)].map(
    (m) => m[1]!,
  )
  return [...account, ...sequencer].sort()
}

/**
 * The tables a file's SQL names, each with whether it is named by a join: Kysely's query builders,
 * and raw SQL (upper-case keywords, so prose in comments does not count).
 */
function tablesQueried(file: string): Array<{ table: string; joined: boolean }> {
  const source = readFileSync(join(root, file), 'utf8')
  const builder = /\b(selectFrom|updateTable|insertInto|deleteFrom|\w*[jJ]oin)\(\s*'(\w+)/g
  const raw = /\b(FROM|INTO|UPDATE|JOIN)\s+(\w+)/g
  return [...source.matchAll(builder), ...source.matchAll(raw)].map((m) => ({
    table: m[2]!,
    joined: /join/i.test(m[1]!),
  }))
}

describe('source structure', () => {
  it('finds the source files it checks', () => {
    expect(files).toContain(join(src, 'context.ts'))
    expect(importsOf(join(src, 'server.ts'))).toContain(join(src, 'api', 'index.ts'))
  })

  it('has no import cycle among src/ files, type-only imports included', () => {
    expect(importCycles()).toEqual([])
  })

  it(`has no file in src/ over ${MAX_LINES} lines`, () => {
    const oversize = files
      .map((file) => ({ file: name(file), lines: readFileSync(file, 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > MAX_LINES)
    expect(oversize).toEqual([])
  })

  it('registers every handler file under src/api in src/api/index.ts, in sorted order', () => {
    const api = join(src, 'api')
    const index = join(api, 'index.ts')
    // Handlers live in the namespace folders (src/api/com/atproto/…); files beside index.ts are
    // helpers they share.
    const inNamespace = (file: string): boolean =>
      file.startsWith(api + '/') && relative(api, file).includes('/')
    const handlerFiles = files.filter(inNamespace).map((file) => relative(api, file))
    const registered = importsOf(index)
      .filter(inNamespace)
      .map((file) => relative(api, file))
    expect(registered).toEqual(handlerFiles)
    const source = readFileSync(index, 'utf8')
    const imported = [...source.matchAll(/^import (\w+) from '\.\//gm)].map((m) => m[1])
    const list = source.slice(source.indexOf('const handlers'))
    const listed = [...list.matchAll(/^ {2}(\w+),$/gm)].map((m) => m[1])
    expect(listed).toEqual(imported)
  })

  it('maps every account.sqlite and sequencer.sqlite table to an owner that queries it', () => {
    expect(Object.keys(TABLE_OWNERS).sort()).toEqual(declaredTables())
    for (const [table, owner] of Object.entries(TABLE_OWNERS)) {
      expect(tablesQueried(owner).map((use) => use.table)).toContain(table)
    }
  })

  it("queries each table only in its owner's file", () => {
    // Schema definitions and migrations are not queries.
    const isSchema = (file: string): boolean =>
      file.includes('/migrations') || file === 'src/account/schema.ts'
    const strays = files
      .map(name)
      .filter((file) => !isSchema(file))
      .flatMap((file) =>
        tablesQueried(file)
          .filter(({ table }) => table in TABLE_OWNERS && TABLE_OWNERS[table] !== file)
          .filter(({ table, joined }) => !(joined && READ_JOINS[file]?.includes(table)))
          .map(({ table }) => `${table} in ${file}`),
      )
    expect([...new Set(strays)]).toEqual([])
  })
})
