#!/usr/bin/env node
// The CLI's entry: nothing but the Node version check, so that it runs before anything native
// (better-sqlite3, argon2) loads. Static imports are hoisted in ES modules; the CLI proper is
// imported only once the check has passed. Older Nodes crash on addons built for this one.

/** package.json `engines.node`, as a version (test/cli/node-version.test.ts keeps them equal). */
const REQUIRED = '22.12'

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number)
const [needMajor = 0, needMinor = 0] = REQUIRED.split('.').map(Number)
if (major < needMajor || (major === needMajor && minor < needMinor)) {
  console.error(
    `tempest: Node.js ${REQUIRED} or newer is required, this is ${process.version}; install Node.js 24 LTS (https://nodejs.org/en/download, or NodeSource's packages for Debian/Ubuntu) and run tempest with it`,
  )
  process.exit(1)
}
await import('./main.ts')
