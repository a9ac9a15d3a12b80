// Bundles the CLI (and the server it starts) into dist/bin/ with esbuild. Loading one bundle
// instead of ~1,400 ES modules from node_modules halves `tempest serve`'s start-up and takes
// ~25 MB off its idle memory (module records and resolution caches). Commands and subsystems
// that are imported on first use become chunks of their own, so they still load lazily.
//
// Only what cannot be bundled stays in node_modules; the packages the bundle imports at run time
// are written to dist/external-packages.json, from which scripts/runtime-modules.ts assembles the
// image's node_modules. A new pure-JavaScript dependency is bundled (or kept external when it is
// CommonJS imported with import()), a new native addon is found by its binding.gyp: none needs an
// edit here.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { isBuiltin } from 'node:module'
import { rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { build, type Metafile } from 'esbuild'

const OUT_DIR = 'dist/bin'
const EXTERNALS_FILE = 'dist/external-packages.json'

/**
 * Packages that must load from node_modules for reasons of their own: worker threads started from
 * a file path (pino's transports), and the development-only PLC directory (a dev dependency, so
 * it is not installed in the image).
 */
const EXTERNAL = ['pino', '@did-plc/server']

/**
 * Packages whose files are read rather than imported (the OAuth sign-in UI's assets, found with
 * require.resolve): the files are needed, the package's own dependencies are not.
 */
const RESOLVED_AT_RUN_TIME = ['@atproto/oauth-provider-ui']

/**
 * Installed packages with a compiled addon, nested copies included: they load a `.node` file
 * relative to themselves.
 */
function nativeAddons(): string[] {
  const names = new Set<string>()
  const visit = (dir: string, scope = '') => {
    if (!existsSync(dir)) return
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() && !entry.isSymbolicLink()) continue
      const full = path.join(dir, entry.name)
      if (scope === '' && entry.name.startsWith('@')) {
        visit(full, entry.name)
        continue
      }
      if (isNative(full)) names.add(scope ? `${scope}/${entry.name}` : entry.name)
      visit(path.join(full, 'node_modules'))
    }
  }
  visit('node_modules')
  return [...names].sort()
}

/**
 * CommonJS packages that src/ imports with import() (on first use): in a split bundle esbuild
 * hands such a chunk over without its named exports (`sdk.S3Client is not a constructor`), so
 * they load from node_modules, where Node's own loader gives them their names.
 */
function dynamicCommonJs(): string[] {
  const names = new Set<string>()
  for (const file of readdirSync('src', { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts')) continue
    const source = readFileSync(path.join('src', file), 'utf8')
    for (const [, specifier = ''] of source.matchAll(/\bimport\('([^.'][^']*)'\)/g)) {
      const name = packageName(specifier)
      const manifest = JSON.parse(
        readFileSync(path.join('node_modules', name, 'package.json'), 'utf8'),
      ) as { type?: string }
      if (manifest.type !== 'module') names.add(name)
    }
  }
  return [...names].sort()
}

function isNative(dir: string): boolean {
  if (existsSync(path.join(dir, 'binding.gyp'))) return true
  try {
    return JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).gypfile === true
  } catch {
    return false
  }
}

/** `pkg` or `@scope/pkg` of a bare import (`pkg/sub/path` -> `pkg`). */
function packageName(specifier: string): string {
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier)
}

type Use = 'static' | 'dynamic' | 'files'

/** Each package the bundle loads at run time: imported statically, only dynamically, or read. */
function externalImports(metafile: Metafile): Record<string, Use> {
  const found: Record<string, Use> = {}
  for (const output of Object.values(metafile.outputs)) {
    for (const imp of output.imports) {
      if (!imp.external || isBuiltin(imp.path) || imp.path.startsWith('.')) continue
      const name = packageName(imp.path)
      if (imp.kind !== 'dynamic-import') found[name] = 'static'
      else found[name] ??= 'dynamic'
    }
  }
  for (const name of RESOLVED_AT_RUN_TIME) found[name] = 'files'
  return Object.fromEntries(Object.entries(found).sort(([a], [b]) => a.localeCompare(b)))
}

await rm(OUT_DIR, { recursive: true, force: true })
const result = await build({
  entryPoints: { tempest: 'src/bin/tempest.ts' },
  outdir: OUT_DIR,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node22',
  // Node's built-ins (including bare `fs`, `crypto` from CommonJS packages) are external too.
  external: [...EXTERNAL, ...dynamicCommonJs(), ...nativeAddons()],
  // Whitespace and syntax only: names stay readable in stack traces and logs.
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: 'linked',
  metafile: true,
  // CommonJS dependencies call require(); an ES module bundle has to provide one.
  banner: {
    js: "import { createRequire as __tempestRequire } from 'node:module'; const require = __tempestRequire(import.meta.url);",
  },
  logLevel: 'warning',
})
await writeFile(EXTERNALS_FILE, JSON.stringify(externalImports(result.metafile), null, 2) + '\n')
