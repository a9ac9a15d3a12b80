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
import type * as ChatBskyConvoDefs from '../convo/defs.js'

const is$typed = _is$typed,
  validate = _validate
const id = 'chat.bsky.group.createGroup'

export type QueryParams = {}

export interface InputSchema {
  /** The members to add to the group. The owner is automatically added. Implementations may enforce a lower maximum than the 10,000-item schema limit; Bluesky currently supports up to 100 total members. If the owner is included in this list, the list may contain up to the implementation's total member limit. Otherwise, it may contain one fewer. */
  members: string[]
  name: string
}

export interface OutputSchema {
  convo: ChatBskyConvoDefs.ConvoView
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
    | 'AccountSuspended'
    | 'BlockedActor'
    | 'BlockedSubject'
    | 'NewAccountCannotCreateGroup'
    | 'NotFollowedBySender'
    | 'RecipientNotFound'
    | 'UserForbidsGroups'
}

export type HandlerOutput = HandlerError | HandlerSuccess
