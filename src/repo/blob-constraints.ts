import {
  BlobRef,
  type LexArray,
  type LexBlob,
  type LexObject,
  type LexRef,
  type LexRefUnion,
  type LexUserType,
} from '@atproto/lexicon'
import { lexicons } from '../../generated/lexicons.js'

export interface BlobConstraints {
  maxSize?: number
  accept?: string[]
}

const MAX_DEPTH = 32

/**
 * The size and type limits the record's lexicon puts on each blob it references, by blob CID,
 * found by walking the (already validated) record along its schema: objects, arrays, refs and
 * the union member named by each value's `$type`.
 */
export function blobConstraints(
  type: string,
  record: Record<string, unknown>,
): Map<string, BlobConstraints> {
  const found = new Map<string, BlobConstraints>()
  const main = lexicons.getDef(type)
  if (main?.type === 'record') walk(main.record, record, 0)
  return found

  function walk(def: LexUserType | LexRef | LexRefUnion, value: unknown, depth: number): void {
    if (depth > MAX_DEPTH || value === undefined || value === null) return
    switch (def.type) {
      case 'object':
        if (typeof value !== 'object') return
        for (const [key, prop] of Object.entries((def as LexObject).properties)) {
          walk(prop as LexUserType, (value as Record<string, unknown>)[key], depth + 1)
        }
        return
      case 'array':
        if (Array.isArray(value)) {
          for (const item of value) walk((def as LexArray).items as LexUserType, item, depth + 1)
        }
        return
      case 'ref': {
        const target = lexicons.getDef((def as LexRef).ref)
        if (target) walk(target, value, depth + 1)
        return
      }
      case 'union': {
        const member = (value as { $type?: unknown }).$type
        const target = typeof member === 'string' ? lexicons.getDef(member) : undefined
        if (target) walk(target, value, depth + 1)
        return
      }
      case 'blob': {
        const { maxSize, accept } = def as LexBlob
        if (value instanceof BlobRef && !found.has(value.ref.toString())) {
          found.set(value.ref.toString(), {
            ...(maxSize !== undefined && { maxSize }),
            ...(accept !== undefined && { accept }),
          })
        }
        return
      }
    }
  }
}
