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
})
