#!/usr/bin/env node
import { parseArgs } from 'node:util'
import { ConfigError } from '../config.ts'
import { hashAdminToken, newSecret } from '../cli/keys.ts'
import { serve } from '../cli/serve.ts'
import { storageSetup } from '../cli/storage.ts'

interface Command {
  usage: string
  summary: string
  run(args: string[]): Promise<void>
}

const COMMANDS: Record<string, Command> = {
  serve: {
    usage: 'tempest serve',
    summary: 'Run the PDS (configuration from the environment; see conf/.env.example).',
    run: () => serve(),
  },
  argon: {
    usage: 'tempest argon [TOKEN]',
    summary:
      'Print the argon2id hash of an admin token for TEMPEST_ADMIN_TOKEN_HASH (reads the token from stdin when no argument is given).',
    run: async (args) => console.log(await hashAdminToken(args[0])),
  },
  secret: {
    usage: 'tempest secret',
    summary: 'Print a fresh random secret for SECRET_KEY_BASE.',
    run: async () => console.log(newSecret()),
  },
  'storage setup': {
    usage: 'tempest storage setup',
    summary: 'Create and migrate the data dir (TEMPEST_DATA_DIR) without serving.',
    run: async () => console.log(`data dir ready: ${await storageSetup()}`),
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
  await command.run(positionals.slice(name.split(' ').length))
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
