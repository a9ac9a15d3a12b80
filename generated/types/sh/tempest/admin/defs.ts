/**
 * GENERATED CODE - DO NOT MODIFY
 */
import { type ValidationResult, BlobRef } from '@atproto/lexicon'
import { CID } from 'multiformats/cid'
import { validate as _validate } from '../../../../lexicons.js'
import {
  type $Typed,
  is$typed as _is$typed,
  type OmitKey,
} from '../../../../util.js'

const is$typed = _is$typed,
  validate = _validate
const id = 'sh.tempest.admin.defs'

/** One stored backup archive. */
export interface BackupInfo {
  $type?: 'sh.tempest.admin.defs#backupInfo'
  /** Archive file name (also its key in the backup store). */
  name: string
  createdAt: string
  /** Archive size in bytes. */
  size: number
  store: 'local' | 's3' | (string & {})
  /** Sequencer head seq at snapshot time. */
  sequencerHead?: number
}

const hashBackupInfo = 'backupInfo'

export function isBackupInfo<V>(v: V) {
  return is$typed(v, id, hashBackupInfo)
}

export function validateBackupInfo<V>(v: V) {
  return validate<BackupInfo & V>(v, id, hashBackupInfo)
}
