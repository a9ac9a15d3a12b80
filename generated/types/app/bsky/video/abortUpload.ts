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
const id = 'app.bsky.video.abortUpload'

export type QueryParams = {}

export interface InputSchema {
  jobId: string
}

export interface OutputSchema {
  state: 'aborted' | 'completed' | 'failed' | 'expired' | (string & {})
  /** Present only when state is completed. */
  completedJobId?: string
  /** Present only when state is failed. */
  failureReason?: string
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
  error?: 'UploadNotFound' | 'UploadNotReady'
}

export type HandlerOutput = HandlerError | HandlerSuccess
