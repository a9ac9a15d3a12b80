/** Kept apart from check.ts so the command list can show it without loading the release gates. */
export const CHECK_USAGE =
  'tempest check --url <public url> [--admin-token T] [--handle H --password P] [--relay URL]... ' +
  '[--plc-url URL] [--insecure] [--connect-to HOST:PORT:ADDR:PORT2]... [--skip GATE]... [--json] [--out FILE]'
