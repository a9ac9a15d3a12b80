import { AtpAgent } from '@atproto/api'
import { Secp256k1Keypair } from '@atproto/crypto'
import * as ui8 from 'uint8arrays'

/** What the guide's script has its user fill in at the top, plus the emailed code. */
export interface GuideInputs {
  OLD_PDS_URL: string
  NEW_PDS_URL: string
  CURRENT_HANDLE: string
  CURRENT_PASSWORD: string
  NEW_HANDLE: string
  NEW_ACCOUNT_EMAIL: string
  NEW_ACCOUNT_PASSWORD: string
  NEW_PDS_INVITE_CODE: string
  /** The out-of-band step: the code requestPlcOperationSignature emailed to the user. */
  readToken(did: string): Promise<string>
}

/**
 * The example script of the official account-migration write-up (bluesky-social/pds
 * ACCOUNT_MIGRATION.md, linked from atproto.com/guides/account-migration), step for step,
 * including its `.api` accessors and its `login` on the new PDS right after createAccount.
 * The only additions are the guide's own recommendations that the script leaves out (look for
 * missing blobs, check the account status before activating), each marked.
 */
export async function migrateAsTheGuide(input: GuideInputs) {
  const oldAgent = new AtpAgent({ service: input.OLD_PDS_URL })
  const newAgent = new AtpAgent({ service: input.NEW_PDS_URL })

  await oldAgent.login({
    identifier: input.CURRENT_HANDLE,
    password: input.CURRENT_PASSWORD,
  })

  const accountDid = oldAgent.session?.did
  if (!accountDid) {
    throw new Error('Could not get DID for old account')
  }

  // Create account
  // ------------------

  const describeRes = await newAgent.api.com.atproto.server.describeServer()
  const newServerDid = describeRes.data.did

  const serviceJwtRes = await oldAgent.com.atproto.server.getServiceAuth({
    aud: newServerDid,
    lxm: 'com.atproto.server.createAccount',
  })
  const serviceJwt = serviceJwtRes.data.token

  await newAgent.api.com.atproto.server.createAccount(
    {
      handle: input.NEW_HANDLE,
      email: input.NEW_ACCOUNT_EMAIL,
      password: input.NEW_ACCOUNT_PASSWORD,
      did: accountDid,
      inviteCode: input.NEW_PDS_INVITE_CODE,
    },
    {
      headers: { authorization: `Bearer ${serviceJwt}` },
      encoding: 'application/json',
    },
  )
  await newAgent.login({
    identifier: input.NEW_HANDLE,
    password: input.NEW_ACCOUNT_PASSWORD,
  })

  // Migrate Data
  // ------------------

  const repoRes = await oldAgent.com.atproto.sync.getRepo({ did: accountDid })
  await newAgent.com.atproto.repo.importRepo(repoRes.data, {
    encoding: 'application/vnd.ipld.car',
  })

  let blobCursor: string | undefined = undefined
  do {
    const listedBlobs = await oldAgent.com.atproto.sync.listBlobs({
      did: accountDid,
      cursor: blobCursor,
    })
    for (const cid of listedBlobs.data.cids) {
      const blobRes = await oldAgent.com.atproto.sync.getBlob({
        did: accountDid,
        cid,
      })
      await newAgent.com.atproto.repo.uploadBlob(blobRes.data, {
        encoding: blobRes.headers['content-type'],
      })
    }
    blobCursor = listedBlobs.data.cursor
  } while (blobCursor)

  // The guide: "If you find you are missing blobs and are not sure which, you may use
  // com.atproto.repo.listMissingBlobs on your new PDS to find them."
  const missing = await newAgent.com.atproto.repo.listMissingBlobs({})

  const prefs = await oldAgent.api.app.bsky.actor.getPreferences()
  await newAgent.api.app.bsky.actor.putPreferences(prefs.data)

  // Migrate Identity
  // ------------------

  const recoveryKey = await Secp256k1Keypair.create({ exportable: true })
  const privateKeyBytes = await recoveryKey.export()
  const privateKey = ui8.toString(privateKeyBytes, 'hex')

  await oldAgent.com.atproto.identity.requestPlcOperationSignature()

  const getDidCredentials = await newAgent.com.atproto.identity.getRecommendedDidCredentials()
  const rotationKeys = getDidCredentials.data.rotationKeys ?? []
  if (!rotationKeys) {
    throw new Error('No rotation key provided')
  }
  const credentials = {
    ...getDidCredentials.data,
    rotationKeys: [recoveryKey.did(), ...rotationKeys],
  }

  // @NOTE, this token will need to come from the email from the previous step
  const TOKEN = await input.readToken(accountDid)

  const plcOp = await oldAgent.com.atproto.identity.signPlcOperation({
    token: TOKEN,
    ...credentials,
  })

  await newAgent.com.atproto.identity.submitPlcOperation({
    operation: plcOp.data.operation,
  })

  // The guide: "We recommend doing a final check of com.atproto.server.checkAccountStatus".
  const statusBeforeActivation = await newAgent.com.atproto.server.checkAccountStatus()

  // Finalize Migration
  // ------------------

  await newAgent.com.atproto.server.activateAccount()
  await oldAgent.com.atproto.server.deactivateAccount({})

  return {
    did: accountDid,
    oldAgent,
    newAgent,
    car: repoRes.data,
    missingBlobs: missing.data.blobs,
    statusBeforeActivation: statusBeforeActivation.data,
    recoveryKey: recoveryKey.did(),
    privateKey,
  }
}

/**
 * The same migration as Go tools (goat's `account migrate`) make it: no `login` on the new PDS,
 * every call there carries the access token createAccount returned, and blobs are found with
 * listMissingBlobs on the new PDS.
 */
export async function migrateAsGoTools(input: GuideInputs) {
  const oldAgent = new AtpAgent({ service: input.OLD_PDS_URL })
  await oldAgent.login({ identifier: input.CURRENT_HANDLE, password: input.CURRENT_PASSWORD })
  const did = oldAgent.assertDid
  const newClient = new AtpAgent({ service: input.NEW_PDS_URL })
  const serverDid = (await newClient.com.atproto.server.describeServer()).data.did
  const serviceJwt = await oldAgent.com.atproto.server.getServiceAuth({
    aud: serverDid,
    lxm: 'com.atproto.server.createAccount',
  })
  const created = await newClient.com.atproto.server.createAccount(
    {
      did,
      handle: input.NEW_HANDLE,
      email: input.NEW_ACCOUNT_EMAIL,
      password: input.NEW_ACCOUNT_PASSWORD,
      inviteCode: input.NEW_PDS_INVITE_CODE,
    },
    { headers: { authorization: `Bearer ${serviceJwt.data.token}` }, encoding: 'application/json' },
  )
  newClient.setHeader('authorization', `Bearer ${created.data.accessJwt}`)

  const car = (await oldAgent.com.atproto.sync.getRepo({ did })).data
  await newClient.com.atproto.repo.importRepo(car, { encoding: 'application/vnd.ipld.car' })
  let cursor: string | undefined
  do {
    const page = await newClient.com.atproto.repo.listMissingBlobs({ cursor, limit: 100 })
    for (const { cid } of page.data.blobs) {
      const blob = await oldAgent.com.atproto.sync.getBlob({ did, cid })
      await newClient.com.atproto.repo.uploadBlob(blob.data, {
        encoding: blob.headers['content-type'],
      })
    }
    cursor = page.data.cursor
  } while (cursor)
  const prefs = await oldAgent.app.bsky.actor.getPreferences()
  await newClient.app.bsky.actor.putPreferences(prefs.data)

  await oldAgent.com.atproto.identity.requestPlcOperationSignature()
  const recommended = await newClient.com.atproto.identity.getRecommendedDidCredentials()
  const signed = await oldAgent.com.atproto.identity.signPlcOperation({
    token: await input.readToken(did),
    ...recommended.data,
  })
  await newClient.com.atproto.identity.submitPlcOperation({ operation: signed.data.operation })
  await newClient.com.atproto.server.activateAccount()
  await oldAgent.com.atproto.server.deactivateAccount({})
  return { did, oldAgent, newAgent: newClient, car, createdDidDoc: created.data.didDoc }
}
