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
import type * as AppBskyVideoDefs from './defs.js'

const is$typed = _is$typed,
  validate = _validate
const id = 'app.bsky.video.finishUpload'

export type QueryParams = {}

export interface InputSchema {
  jobId: string
}

export interface OutputSchema {
  /** The processing job to poll with getJobStatus; on deduplication this may differ from the input jobId. */
  completedJobId: string
  jobStatus: AppBskyVideoDefs.JobStatus
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
    | 'UploadNotFound'
    | 'UploadExpired'
    | 'MissingParts'
    | 'UploadNotReady'
    | 'UnsupportedContentType'
    | 'UploadFailed'
    | 'UploadAborted'
    | 'ServiceOverloaded'
}

export type HandlerOutput = HandlerError | HandlerSuccess
