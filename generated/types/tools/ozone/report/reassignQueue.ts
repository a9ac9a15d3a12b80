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
import type * as ToolsOzoneReportDefs from './defs.js'

const is$typed = _is$typed,
  validate = _validate
const id = 'tools.ozone.report.reassignQueue'

export type QueryParams = {}

export interface InputSchema {
  /** ID of the report to reassign */
  reportId: number
  /** Target queue ID. Use -1 to unassign from any queue. */
  queueId: number
  /** Optional moderator-only note recorded on the resulting queueActivity as internalNote. */
  comment?: string
}

export interface OutputSchema {
  report: ToolsOzoneReportDefs.ReportView
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
    | 'ReportNotFound'
    | 'ReportClosed'
    | 'AlreadyInTargetQueue'
    | 'QueueNotFound'
    | 'QueueDisabled'
}

export type HandlerOutput = HandlerError | HandlerSuccess
