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
const id = 'app.bsky.video.startUpload'

export type QueryParams = {}

export interface InputSchema {
  /** Exact byte size of the complete upload-ready video file before it is split into parts. */
  sizeBytes: number
  /** Declared MIME type of the video. */
  mimeType: string
  /** Optional client-provided file name. */
  name?: string
  /** Advisory, non-authoritative duration used only for early failure; the authoritative probe runs asynchronously after upload. */
  durationMs?: number
  /** Advisory, non-authoritative width used only for early failure; the authoritative probe runs asynchronously after upload. */
  width?: number
  /** Advisory, non-authoritative height used only for early failure; the authoritative probe runs asynchronously after upload. */
  height?: number
}

export interface OutputSchema {
  jobId: string
  partSizeBytes: number
  partCount: number
  expiresAt: string
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
  error?:
    | 'UnsupportedContentType'
    | 'VideoTooLarge'
    | 'VideoTooLong'
    | 'BadAspectRatio'
    | 'DailyLimitExceeded'
    | 'TooManyOpenUploads'
    | 'UploadForbidden'
    | 'ServiceOverloaded'
}

export type HandlerOutput = HandlerError | HandlerSuccess
