import { text } from 'node:stream/consumers'
import { parseArgs } from 'node:util'
import { ConfigError } from '../config.ts'
import { CHECK_USAGE } from '../cli/check-usage.ts'
import { reexecWithServeFlags } from '../cli/heap-flags.ts'

interface Command {
  usage: string
  summary: string
  /** How many words must follow the command; with fewer, the usage line is the error. */
  words?: number
  /** `args`: the words after the command (at least `words` of them); `argv`: everything, for commands with options. */
  run(args: string[], argv: string[]): Promise<void>
}

// Each command imports its module when it runs, so `serve` starts without loading the CLI tools.
const COMMANDS: Record<string, Command> = {
  serve: {
    usage: 'tempest serve',
    summary: 'Run the PDS (configuration from the environment; see conf/.env.example).',
    run: async () => {
      reexecWithServeFlags()
      const { serve } = await import('../cli/serve.ts')
      await serve()
    },
  },
  argon: {
    usage: 'tempest argon [TOKEN]',
    summary:
      'Print the argon2id hash of an admin token for TEMPEST_ADMIN_TOKEN_HASH (reads the token from stdin when no argument is given).',
    run: async (args) => {
      const { hashAdminToken } = await import('../cli/keys.ts')
      console.log(await hashAdminToken(args[0]))
    },
  },
  secret: {
    usage: 'tempest secret',
    summary: 'Print a fresh random secret for SECRET_KEY_BASE.',
    run: async () => {
      const { newSecret } = await import('../cli/keys.ts')
      console.log(newSecret())
    },
  },
  crawl: {
    usage: 'tempest crawl [RELAY_URL...]',
    summary:
      'Ask relays (TEMPEST_CRAWLERS, or the URLs given) to crawl this PDS now (com.atproto.sync.requestCrawl).',
    run: async (args) => {
      const { crawl } = await import('../cli/crawl.ts')
      const results = await crawl(args)
      for (const r of results) {
        console.log(`${r.url}: ${r.ok ? `ok (HTTP ${r.status})` : `failed: ${r.error}`}`)
      }
      if (results.some((r) => !r.ok)) throw new Error('some crawl requests failed')
    },
  },
  check: {
    usage: CHECK_USAGE,
    summary:
      'Run the release gates against a deployment (health, admin, firehose, identity, relays, a real-client flow, backup) and print a table or --json; exits 0 only when every required gate passes.',
    run: async (_args, argv) => {
      const { releaseCheck } = await import('../cli/check.ts')
      const report = await releaseCheck(argv)
      if (!report.passed) process.exitCode = 1
    },
  },
  'blob gc': {
    usage: 'tempest blob gc',
    summary:
      'Delete uploaded blobs no record referenced within TEMPEST_BLOB_TEMP_GRACE_SECONDS, and staging files of interrupted uploads; prints what was removed.',
    run: async () => {
      const { blobGc, formatSweep } = await import('../cli/blob.ts')
      console.log(formatSweep(await blobGc()))
    },
  },
  'repo export': {
    usage: 'tempest repo export <did> <file.car>',
    summary: "Write an account's repo to a CAR file (safe beside a running server).",
    words: 2,
    run: async (args) => {
      const { repoExport } = await import('../cli/repo.ts')
      const [did, file] = args as [string, string]
      const { commit, rev } = await repoExport(did, file)
      console.log(`wrote ${file}: commit ${commit} (rev ${rev})`)
    },
  },
  'repo verify': {
    usage: 'tempest repo verify <file.car|did>',
    summary:
      "Check a repo CAR (or a hosted account's repo): every block's CID, the complete MST and the commit signature.",
    words: 1,
    run: async ([target]) => {
      const { formatVerifyReport, repoVerify } = await import('../cli/repo.ts')
      console.log(formatVerifyReport(await repoVerify(target as string)))
    },
  },
  'repo import': {
    usage: 'tempest repo import <did> <file.car>',
    summary:
      "Replace a hosted account's repo with a CAR, re-signed with the account key (stop the server first).",
    words: 2,
    run: async (args) => {
      const { repoImport } = await import('../cli/repo.ts')
      const [did, file] = args as [string, string]
      const { commit, rev, records } = await repoImport(did, file)
      console.log(`imported ${records} records into ${did}: commit ${commit} (rev ${rev})`)
    },
  },
  'backup create': {
    usage: 'tempest backup create [--upload]',
    summary:
      'Make a consistent backup while the server runs: under backups/ in the data dir, or uploaded to the TEMPEST_BACKUP_S3_* bucket with --upload. Keeps the newest TEMPEST_BACKUP_RETAIN.',
    run: async (_args, argv) => {
      const { backupCreate } = await import('../cli/backup.ts')
      const result = await backupCreate(argv)
      console.log(
        `stored ${result.name} (${result.size} bytes, ${result.store}), sequencer head ${result.sequencerHead}`,
      )
    },
  },
  'backup list': {
    usage: 'tempest backup list',
    summary: 'List backup archives, newest first (local, and the backup bucket when configured).',
    run: async () => {
      const { backupList } = await import('../cli/backup.ts')
      for (const b of await backupList()) console.log(`${b.name}\t${b.size}\t${b.store}`)
    },
  },
  'backup verify': {
    usage: 'tempest backup verify <archive>',
    summary:
      'Check an archive (a file, or a stored archive by name): checksums, SQLite integrity, and every repo (blocks, MST, signature).',
    run: async (_args, argv) => {
      const { backupVerify, formatManifest } = await import('../cli/backup.ts')
      const manifest = await backupVerify(argv)
      console.log(`backup is valid: ${formatManifest(manifest)}`)
    },
  },
  'backup restore': {
    usage: 'tempest backup restore <archive> --target <dir>',
    summary:
      'Restore an archive into an empty directory (verified before and after); point TEMPEST_DATA_DIR at it and start the server.',
    run: async (_args, argv) => {
      const { backupRestore, formatManifest } = await import('../cli/backup.ts')
      const manifest = await backupRestore(argv)
      console.log(`restored: ${formatManifest(manifest)}`)
    },
  },
  'identity show': {
    usage: 'tempest identity show <did>',
    summary:
      'Print the DID document as the PLC directory (or did:web host) serves it, and whether it names this server and the account key held here.',
    words: 1,
    run: async ([did]) => {
      const { formatIdentityReport, identityShow } = await import('../cli/identity.ts')
      console.log(formatIdentityReport(await identityShow(did as string)))
    },
  },
  'account migrate-in': {
    usage:
      'tempest account migrate-in <handle> [--from URL] [--plc-token CODE] [--handle H] [--email E] [--to URL]',
    summary:
      "Move an account from its old PDS to this server (the account's password on stdin): create, import, blobs, PLC, activate, deactivate the old one. Safe to run again after a failure; without --plc-token it stops after the old server emails the code.",
    run: async (_args, argv) => {
      const { formatStatus, migrateIn, migrateInArgs, MigrationPaused } =
        await import('../cli/migrate-in.ts')
      const password = (await text(process.stdin)).split('\n')[0]?.trim() ?? ''
      const opts = migrateInArgs(argv, password, (line) => console.log(line))
      try {
        const status = await migrateIn(opts)
        console.log(`migration complete; checkAccountStatus:\n${formatStatus(status)}`)
      } catch (err) {
        if (!(err instanceof MigrationPaused)) throw err
        console.log(`paused: ${err.message}`)
      }
    },
  },
  'storage setup': {
    usage: 'tempest storage setup',
    summary: 'Create and migrate the data dir (TEMPEST_DATA_DIR) without serving.',
    run: async () => {
      const { storageSetup } = await import('../cli/storage.ts')
      console.log(`data dir ready: ${await storageSetup()}`)
    },
  },
}

function helpText(): string {
  const lines = Object.values(COMMANDS).map((c) => `  ${c.usage.padEnd(28)} ${c.summary}`)
  return `Tempest, an AT Protocol PDS.\n\nUsage:\n${lines.join('\n')}\n\nRun \`tempest <command> --help\` for one command.`
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: { help: { type: 'boolean', short: 'h' } },
  })
  const name = [positionals.slice(0, 2).join(' '), positionals[0] ?? ''].find((n) => n in COMMANDS)
  if (name === undefined) {
    if (positionals.length === 0) {
      console.log(helpText())
      return 0
    }
    console.error(`tempest: unknown command "${positionals.join(' ')}"\n\n${helpText()}`)
    return 2
  }
  const command = COMMANDS[name] as Command
  if (values.help) {
    console.log(`Usage: ${command.usage}\n\n${command.summary}`)
    return 0
  }
  const args = positionals.slice(name.split(' ').length)
  const words = command.words ?? 0
  if (args.slice(0, words).filter(Boolean).length < words)
    throw new Error(`usage: ${command.usage}`)
  await command.run(args, argv)
  return 0
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== 0) process.exitCode = code
  },
  (err: unknown) => {
    const message =
      err instanceof ConfigError
        ? `configuration error: ${err.message}`
        : String(err instanceof Error ? err.message : err)
    console.error(`tempest: ${message}`)
    process.exitCode = 1
  },
)
