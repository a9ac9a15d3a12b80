/**
 * GENERATED CODE - DO NOT MODIFY
 */
import stream from 'node:stream'
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
const id = 'app.bsky.video.uploadPart'

export type QueryParams = {
  jobId: string
  partNumber: number
}
export type InputSchema = string | Uint8Array | Blob

export interface OutputSchema {
  partNumber: number
  sizeBytes: number
}

export interface HandlerInput {
  encoding: 'application/octet-stream'
  body: stream.Readable
}

export interface HandlerSuccess {
  encoding: 'application/json'
  body: OutputSchema
  headers?: { [key: string]: string }
}

export interface HandlerError {
  status: number
  message?: string
  error?:
    | 'UploadNotFound'
    | 'UploadExpired'
    | 'InvalidPartNumber'
    | 'PartSizeMismatch'
    | 'UploadNotReady'
    | 'UploadFailed'
    | 'UploadAborted'
    | 'UploadAlreadyCompleted'
    | 'ServiceOverloaded'
}

export type HandlerOutput = HandlerError | HandlerSuccess
