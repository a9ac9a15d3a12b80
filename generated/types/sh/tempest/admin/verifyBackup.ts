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
const id = 'sh.tempest.admin.verifyBackup'

export type QueryParams = {}

export interface InputSchema {
  /** Archive name as listed by listBackups. */
  name: string
}

export interface OutputSchema {
  ok: boolean
  /** Files checked (when the manifest could be read). */
  files?: number
  /** What failed, naming the file. */
  problems: string[]
}

export interface HandlerInput {
  encoding: 'application/json'
  body: InputSchema
}

export interface HandlerSuccess {
  encoding: 'application/json'
  body: OutputSchema
  headers?: { [key: string]: string }
}

export interface HandlerError {
  status: number
  message?: string
  error?: 'BackupNotFound'
}

export type HandlerOutput = HandlerError | HandlerSuccess
