// Assembles what the server needs at run time into one directory, the image's /app:
//
//   node scripts/runtime-modules.ts <dest>     (after `npm run build`)
//
// <dest> gets package.json, the bundle (dist/bin, without source maps: nothing loads them) and a
// node_modules holding only the packages the bundle imports at run time
// (dist/external-packages.json, written by scripts/bundle.ts) with their production
// dependencies, laid out as npm installed them. Development-only packages are left out, so they
// must only be imported dynamically, on development paths. Build inputs of native addons and
// their prebuilt binaries for other platforms are dropped.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'

const dest = process.argv[2]
if (dest === undefined) throw new Error('usage: node scripts/runtime-modules.ts <dest>')

interface Manifest {
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}
const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T

const externals = readJson<Record<string, string>>('dist/external-packages.json')
const lock = readJson<{ packages: Record<string, { dev?: boolean }> }>('package-lock.json')

/** The directory `name` resolves to from a package in `from`, as Node looks it up. */
function resolvePackage(from: string, name: string): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (path.basename(dir) !== 'node_modules') {
      const candidate = path.join(dir, 'node_modules', name)
      if (existsSync(path.join(candidate, 'package.json'))) return candidate
    }
    if (dir === '.' || dir === path.dirname(dir)) return undefined
  }
}

const packages = new Set<string>()
function include(dir: string, withDependencies = true): void {
  if (packages.has(dir)) return
  packages.add(dir)
  if (!withDependencies) return
  const manifest = readJson<Manifest>(path.join(dir, 'package.json'))
  const names = Object.keys({
    ...manifest.dependencies,
    ...manifest.optionalDependencies,
    ...manifest.peerDependencies,
  })
  // Optional and peer dependencies that npm did not install are absent on purpose.
  for (const name of names) {
    const found = resolvePackage(dir, name)
    if (found !== undefined) include(found)
  }
}

const left: string[] = []
for (const [name, use] of Object.entries(externals)) {
  const dir = resolvePackage('.', name)
  if (dir === undefined || lock.packages[`node_modules/${name}`]?.dev === true) left.push(name)
  else include(dir, use !== 'files')
}

const platformBuild = `${process.platform}-${process.arch}`
/** Build inputs and intermediate files of native addons; nothing loads them. */
const BUILD_INPUT = /\.(c|cc|cpp|h|hpp|gyp|gypi|mk|o|a|d|tar\.gz)$|(^|\/)Makefile$/

function keep(packageDir: string, native: boolean, file: string): boolean {
  const rel = path.relative(packageDir, file)
  // Nested node_modules are packages of their own, copied only when needed.
  if (rel.split(path.sep).includes('node_modules')) return false
  if (/\.d\.[cm]?ts$|\.map$|\.md$/.test(rel)) return false
  if (!native) return true
  const [top, entry] = rel.split(path.sep)
  if (top === 'prebuilds' && entry !== undefined && !entry.startsWith(platformBuild)) return false
  if (top === 'build' && statSync(file).isFile() && !rel.endsWith('.node')) return false
  return !BUILD_INPUT.test(rel)
}

const isNative = (dir: string) => existsSync(path.join(dir, 'binding.gyp'))

rmSync(dest, { recursive: true, force: true })
mkdirSync(path.join(dest, 'dist'), { recursive: true })
cpSync('package.json', path.join(dest, 'package.json'))
cpSync('dist/bin', path.join(dest, 'dist/bin'), {
  recursive: true,
  filter: (file) => !file.endsWith('.map'),
})
for (const dir of [...packages].sort()) {
  const native = isNative(dir)
  cpSync(dir, path.join(dest, dir), {
    recursive: true,
    filter: (file) => keep(dir, native, file),
  })
}

console.log(
  `runtime-modules: ${packages.size} packages into ${path.join(dest, 'node_modules')}` +
    (left.length > 0 ? `; left out (development-only or not installed): ${left.join(', ')}` : ''),
)
