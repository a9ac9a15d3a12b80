import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoFileName, repoFilePath } from '../../src/repo/repo-file.ts'

const HOSTILE = [
  'did:plc:abc',
  'did:plc:ABC',
  'did:plc:abc_3a',
  'did:plc:abc:',
  '../../etc/passwd',
  'did:web:..%2F..%2Fetc',
  'did:web:a/b',
  'did:web:a\\b',
  'did:web:evil\u0000.sqlite',
  '.',
  '..',
  '',
  'did:web:caf\u00e9.example',
  'did:web:cafe\u0301.example',
  'sha256=deadbeef',
  `did:web:${'a'.repeat(300)}`,
  `did:web:${'a'.repeat(299)}b`,
]

describe('repo file names', () => {
  it('keeps plain DIDs readable', () => {
    expect(repoFileName('did:plc:ewvi7nxzyoun6zhxrhs64oiz')).toBe(
      'did_3aplc_3aewvi7nxzyoun6zhxrhs64oiz.sqlite',
    )
  })

  it('maps distinct DIDs to distinct names, even on case-insensitive file systems', () => {
    const names = HOSTILE.map((did) => repoFileName(did).toLowerCase())
    expect(new Set(names).size).toBe(HOSTILE.length)
  })

  it('never leaves the repos directory or makes a hidden, empty or overlong name', () => {
    const dir = path.join('/data', 'repos')
    for (const did of HOSTILE) {
      const name = repoFileName(did)
      expect(name).toMatch(/^[a-z0-9_=-]+\.sqlite$/)
      expect(name.length).toBeLessThanOrEqual(255)
      expect(path.dirname(repoFilePath(dir, did))).toBe(dir)
    }
  })
})
