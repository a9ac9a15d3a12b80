// Bundles the CLI (and the server it starts) into dist/bin/ with esbuild. Loading one bundle
// instead of ~1,400 ES modules from node_modules halves `tempest serve`'s start-up and takes
// ~25 MB off its idle memory (module records and resolution caches). Commands and subsystems
// that are imported on first use become chunks of their own, so they still load lazily.
import { rm } from 'node:fs/promises'
import { build } from 'esbuild'

const OUT_DIR = 'dist/bin'

/**
 * Packages loaded from node_modules at run time: native addons, packages that read files of
 * their own (the OAuth provider's sign-in UI), worker-thread users (pino), the big optional ones
 * that load on first use anyway (AWS SDK, nodemailer), and the development-only PLC directory.
 */
const EXTERNAL = [
  // CommonJS imported with import(): only Node's own loader gives such a module named exports.
  '@did-plc/lib',
  'better-sqlite3',
  'argon2',
  'secp256k1',
  '@atproto/oauth-provider',
  '@atproto/oauth-provider-*',
  'pino',
  '@aws-sdk/*',
  'nodemailer',
  '@did-plc/server',
]

await rm(OUT_DIR, { recursive: true, force: true })
await build({
  entryPoints: { tempest: 'src/bin/tempest.ts' },
  outdir: OUT_DIR,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node22',
  external: EXTERNAL,
  // Whitespace and syntax only: names stay readable in stack traces and logs.
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: 'linked',
  // CommonJS dependencies call require(); an ES module bundle has to provide one.
  banner: {
    js: "import { createRequire as __tempestRequire } from 'node:module'; const require = __tempestRequire(import.meta.url);",
  },
  logLevel: 'warning',
})
