import type { Server } from '../../generated/index.js'
import type { AppContext } from '../context.ts'
import getPreferences from './app/bsky/actor/getPreferences.ts'
import getProfile from './app/bsky/actor/getProfile.ts'
import getProfiles from './app/bsky/actor/getProfiles.ts'
import putPreferences from './app/bsky/actor/putPreferences.ts'
import getActorLikes from './app/bsky/feed/getActorLikes.ts'
import getAuthorFeed from './app/bsky/feed/getAuthorFeed.ts'
import getFeed from './app/bsky/feed/getFeed.ts'
import getPostThread from './app/bsky/feed/getPostThread.ts'
import getTimeline from './app/bsky/feed/getTimeline.ts'
import registerPush from './app/bsky/notification/registerPush.ts'
import unregisterPush from './app/bsky/notification/unregisterPush.ts'
import adminDeleteAccount from './com/atproto/admin/deleteAccount.ts'
import adminDisableAccountInvites from './com/atproto/admin/disableAccountInvites.ts'
import adminDisableInviteCodes from './com/atproto/admin/disableInviteCodes.ts'
import adminEnableAccountInvites from './com/atproto/admin/enableAccountInvites.ts'
import adminGetAccountInfo from './com/atproto/admin/getAccountInfo.ts'
import adminGetAccountInfos from './com/atproto/admin/getAccountInfos.ts'
import adminGetInviteCodes from './com/atproto/admin/getInviteCodes.ts'
import adminGetSubjectStatus from './com/atproto/admin/getSubjectStatus.ts'
import adminSearchAccounts from './com/atproto/admin/searchAccounts.ts'
import adminSendEmail from './com/atproto/admin/sendEmail.ts'
import adminUpdateAccountEmail from './com/atproto/admin/updateAccountEmail.ts'
import adminUpdateAccountHandle from './com/atproto/admin/updateAccountHandle.ts'
import adminUpdateAccountPassword from './com/atproto/admin/updateAccountPassword.ts'
import adminUpdateSubjectStatus from './com/atproto/admin/updateSubjectStatus.ts'
import getRecommendedDidCredentials from './com/atproto/identity/getRecommendedDidCredentials.ts'
import requestPlcOperationSignature from './com/atproto/identity/requestPlcOperationSignature.ts'
import resolveHandle from './com/atproto/identity/resolveHandle.ts'
import signPlcOperation from './com/atproto/identity/signPlcOperation.ts'
import submitPlcOperation from './com/atproto/identity/submitPlcOperation.ts'
import updateHandle from './com/atproto/identity/updateHandle.ts'
import applyWrites from './com/atproto/repo/applyWrites.ts'
import createRecord from './com/atproto/repo/createRecord.ts'
import deleteRecord from './com/atproto/repo/deleteRecord.ts'
import describeRepo from './com/atproto/repo/describeRepo.ts'
import getRecord from './com/atproto/repo/getRecord.ts'
import importRepo from './com/atproto/repo/importRepo.ts'
import listMissingBlobs from './com/atproto/repo/listMissingBlobs.ts'
import listRecords from './com/atproto/repo/listRecords.ts'
import putRecord from './com/atproto/repo/putRecord.ts'
import uploadBlob from './com/atproto/repo/uploadBlob.ts'
import activateAccount from './com/atproto/server/activateAccount.ts'
import checkAccountStatus from './com/atproto/server/checkAccountStatus.ts'
import confirmEmail from './com/atproto/server/confirmEmail.ts'
import createAccount from './com/atproto/server/createAccount.ts'
import createAppPassword from './com/atproto/server/createAppPassword.ts'
import createInviteCode from './com/atproto/server/createInviteCode.ts'
import createInviteCodes from './com/atproto/server/createInviteCodes.ts'
import createSession from './com/atproto/server/createSession.ts'
import deactivateAccount from './com/atproto/server/deactivateAccount.ts'
import deleteAccount from './com/atproto/server/deleteAccount.ts'
import deleteSession from './com/atproto/server/deleteSession.ts'
import describeServer from './com/atproto/server/describeServer.ts'
import getAccountInviteCodes from './com/atproto/server/getAccountInviteCodes.ts'
import getServiceAuth from './com/atproto/server/getServiceAuth.ts'
import getSession from './com/atproto/server/getSession.ts'
import listAppPasswords from './com/atproto/server/listAppPasswords.ts'
import refreshSession from './com/atproto/server/refreshSession.ts'
import requestAccountDelete from './com/atproto/server/requestAccountDelete.ts'
import requestEmailConfirmation from './com/atproto/server/requestEmailConfirmation.ts'
import requestEmailUpdate from './com/atproto/server/requestEmailUpdate.ts'
import requestPasswordReset from './com/atproto/server/requestPasswordReset.ts'
import reserveSigningKey from './com/atproto/server/reserveSigningKey.ts'
import resetPassword from './com/atproto/server/resetPassword.ts'
import revokeAppPassword from './com/atproto/server/revokeAppPassword.ts'
import updateEmail from './com/atproto/server/updateEmail.ts'
import getBlob from './com/atproto/sync/getBlob.ts'
import getBlocks from './com/atproto/sync/getBlocks.ts'
import getCheckout from './com/atproto/sync/getCheckout.ts'
import getHead from './com/atproto/sync/getHead.ts'
import getLatestCommit from './com/atproto/sync/getLatestCommit.ts'
import syncGetRecord from './com/atproto/sync/getRecord.ts'
import getRepo from './com/atproto/sync/getRepo.ts'
import getRepoStatus from './com/atproto/sync/getRepoStatus.ts'
import listBlobs from './com/atproto/sync/listBlobs.ts'
import listRepos from './com/atproto/sync/listRepos.ts'
import notifyOfUpdate from './com/atproto/sync/notifyOfUpdate.ts'
import requestCrawl from './com/atproto/sync/requestCrawl.ts'
import subscribeRepos from './com/atproto/sync/subscribeRepos.ts'
import createBackup from './sh/tempest/admin/createBackup.ts'
import listBackups from './sh/tempest/admin/listBackups.ts'
import verifyBackup from './sh/tempest/admin/verifyBackup.ts'

/** Every XRPC handler Tempest implements; methods not listed here answer MethodNotImplemented. */
const handlers: Array<(server: Server, ctx: AppContext) => void> = [
  getPreferences,
  getProfile,
  getProfiles,
  putPreferences,
  getActorLikes,
  getAuthorFeed,
  getFeed,
  getPostThread,
  getTimeline,
  registerPush,
  unregisterPush,
  adminDeleteAccount,
  adminDisableAccountInvites,
  adminDisableInviteCodes,
  adminEnableAccountInvites,
  adminGetAccountInfo,
  adminGetAccountInfos,
  adminGetInviteCodes,
  adminGetSubjectStatus,
  adminSearchAccounts,
  adminSendEmail,
  adminUpdateAccountEmail,
  adminUpdateAccountHandle,
  adminUpdateAccountPassword,
  adminUpdateSubjectStatus,
  getRecommendedDidCredentials,
  requestPlcOperationSignature,
  resolveHandle,
  signPlcOperation,
  submitPlcOperation,
  updateHandle,
  applyWrites,
  createRecord,
  deleteRecord,
  describeRepo,
  getRecord,
  importRepo,
  listMissingBlobs,
  listRecords,
  putRecord,
  uploadBlob,
  activateAccount,
  checkAccountStatus,
  confirmEmail,
  createAccount,
  createAppPassword,
  createInviteCode,
  createInviteCodes,
  createSession,
  deactivateAccount,
  deleteAccount,
  deleteSession,
  describeServer,
  getAccountInviteCodes,
  getServiceAuth,
  getSession,
  listAppPasswords,
  refreshSession,
  requestAccountDelete,
  requestEmailConfirmation,
  requestEmailUpdate,
  requestPasswordReset,
  reserveSigningKey,
  resetPassword,
  revokeAppPassword,
  updateEmail,
  getBlob,
  getBlocks,
  getCheckout,
  getHead,
  getLatestCommit,
  syncGetRecord,
  getRepo,
  getRepoStatus,
  listBlobs,
  listRepos,
  notifyOfUpdate,
  requestCrawl,
  subscribeRepos,
  createBackup,
  listBackups,
  verifyBackup,
]

export function registerHandlers(server: Server, ctx: AppContext): void {
  for (const register of handlers) register(server, ctx)
}
