#!/usr/bin/env node
// The CLI's entry: nothing but the Node version check, so that it runs before anything native
// (better-sqlite3, argon2) loads. Static imports are hoisted in ES modules; the CLI proper is
// imported only once the check has passed. Older Nodes crash on addons built for this one.

// A namespace import: it links on any Node, so the check below still runs on an old one.
import * as nodeModule from 'node:module'

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
// V8's compiled code for the bundle is kept on disk (Node's own cache: NODE_COMPILE_CACHE names
// its directory, by default in the OS temp directory; NODE_DISABLE_COMPILE_CACHE=1 turns it off),
// so a restart skips parsing ~8 MB of JavaScript: ~80 ms of `tempest serve`'s start-up.
nodeModule.enableCompileCache()
await import('./main.ts')
