import { check } from '@atproto/common'
import type * as PlcLib from '@did-plc/lib'
import { InvalidRequestError, UpstreamFailureError } from '@atproto/xrpc-server'
import type { AppContext } from '../context.ts'

/** What the PLC operation flows use of the context. */
type PlcOperationDeps = Pick<
  AppContext,
  'accounts' | 'cfg' | 'identity' | 'logger' | 'mailer' | 'rotationKey' | 'sequencer'
>

/** What a DID document must say for an account to be hosted here (getRecommendedDidCredentials). */
export interface DidCredentials {
  alsoKnownAs: string[]
  verificationMethods: Record<string, string>
  rotationKeys: string[]
  services: Record<string, { type: string; endpoint: string }>
}

/** Fields a caller of signPlcOperation may replace; the rest is kept from the current operation. */
export interface PlcOperationChanges {
  rotationKeys?: string[]
  alsoKnownAs?: string[]
  verificationMethods?: unknown
  services?: unknown
}

export async function recommendedDidCredentials(
  ctx: PlcOperationDeps,
  did: string,
): Promise<DidCredentials> {
  const [account, key] = await Promise.all([
    ctx.accounts.getAccount(did),
    ctx.accounts.getSigningKey(did),
  ])
  return {
    alsoKnownAs: account ? [`at://${account.handle}`] : [],
    verificationMethods: { atproto: key.did() },
    rotationKeys: [ctx.rotationKey.did()],
    services: {
      atproto_pds: { type: 'AtprotoPersonalDataServer', endpoint: ctx.cfg.publicUrl },
    },
  }
}

/**
 * Issues the single-use code signPlcOperation asks for and emails it. Without SMTP the code goes
 * to the operator's log instead (at warn, so the default level shows it) and the request still
 * succeeds: the operator passes the code on, as docs/reference/migration.md describes.
 */
export async function requestPlcOperationToken(ctx: PlcOperationDeps, did: string): Promise<void> {
  const account = await ctx.accounts.getAccount(did)
  if (!account) throw new InvalidRequestError('account not found', 'AccountNotFound')
  if (!account.email) throw new InvalidRequestError('account does not have an email address')
  const code = await ctx.accounts.emailTokens.create(did, 'plc_operation')
  if (ctx.mailer.enabled) {
    await ctx.mailer.sendPlcOperationToken(account.email, code)
    return
  }
  ctx.logger.warn(
    { did, handle: account.handle },
    `PLC operation code for ${account.handle} (SMTP is off, so it is not emailed; pass it on): ${code}`,
  )
}

/**
 * Builds the next operation of the DID's PLC log with the requested changes, signed with this
 * server's rotation key, after consuming the emailed code. It is returned, not submitted: the
 * new PDS submits it (submitPlcOperation) once it holds the account.
 */
export async function signPlcOperation(
  ctx: PlcOperationDeps,
  did: string,
  token: string | undefined,
  changes: PlcOperationChanges,
): Promise<PlcLib.Operation> {
  if (!did.startsWith('did:plc:')) {
    throw new InvalidRequestError('Only did:plc identities have PLC operations to sign')
  }
  if (!token) {
    throw new InvalidRequestError('email confirmation token required to sign PLC operations')
  }
  await ctx.accounts.emailTokens.consume(did, 'plc_operation', token)
  const { plc, client } = await ctx.identity.plcDirectory()
  const lastOp = await plcCall(plc, 'read the PLC log', () => client.getLastOp(did))
  if (check.is(lastOp, plc.def.tombstone)) throw new InvalidRequestError('Did is tombstoned')
  const current = plc.normalizeOp(lastOp)
  if (!current.rotationKeys.includes(ctx.rotationKey.did())) {
    throw new InvalidRequestError(
      "This server's rotation key is not among the DID's rotation keys, so it cannot sign for it",
    )
  }
  const { shape } = plc.def.operation
  const verificationMethods = shape.verificationMethods.safeParse(
    changes.verificationMethods ?? current.verificationMethods,
  )
  if (!verificationMethods.success) {
    throw new InvalidRequestError('verificationMethods must map names to did:key strings')
  }
  const services = shape.services.safeParse(changes.services ?? current.services)
  if (!services.success) {
    throw new InvalidRequestError('services must map names to { type, endpoint }')
  }
  const op = await plc.createUpdateOp(lastOp, ctx.rotationKey, () => ({
    type: 'plc_operation',
    rotationKeys: changes.rotationKeys ?? current.rotationKeys,
    alsoKnownAs: changes.alsoKnownAs ?? current.alsoKnownAs,
    verificationMethods: verificationMethods.data,
    services: services.data,
  }))
  await plcCall(plc, 'check the operation', () => plc.assureValidOp(op))
  return op
}

/**
 * Sends a signed operation to the PLC directory on the account's behalf, after checking that it
 * keeps the DID hosted here: this server's rotation key, its endpoint as `#atproto_pds`, the
 * account's signing key and handle. Then tells the firehose (`#identity`).
 */
export async function submitPlcOperation(
  ctx: PlcOperationDeps,
  did: string,
  op: unknown,
): Promise<void> {
  if (!did.startsWith('did:plc:')) {
    throw new InvalidRequestError('Only did:plc identities take PLC operations')
  }
  const { plc, client } = await ctx.identity.plcDirectory()
  if (!check.is(op, plc.def.operation)) throw new InvalidRequestError('Invalid operation')
  if (!op.rotationKeys.includes(ctx.rotationKey.did())) {
    throw new InvalidRequestError("Rotation keys do not include server's rotation key")
  }
  const pds = op.services['atproto_pds']
  if (pds?.type !== 'AtprotoPersonalDataServer') {
    throw new InvalidRequestError('Incorrect type on atproto_pds service')
  }
  if (pds.endpoint !== ctx.cfg.publicUrl) {
    throw new InvalidRequestError(
      `Incorrect endpoint on atproto_pds service: expected ${ctx.cfg.publicUrl}`,
    )
  }
  const [account, key] = await Promise.all([
    ctx.accounts.getAccount(did),
    ctx.accounts.getSigningKey(did),
  ])
  if (op.verificationMethods['atproto'] !== key.did()) {
    throw new InvalidRequestError(
      `Incorrect signing key: this server signs for the account with ${key.did()}`,
    )
  }
  if (account && op.alsoKnownAs[0] !== `at://${account.handle}`) {
    throw new InvalidRequestError('Incorrect handle in alsoKnownAs')
  }
  await plcCall(plc, 'accept the operation', () => client.sendOperation(did, op))
  await ctx.identity.resolveDidDoc(did, true)
  await ctx.sequencer.sequenceIdentity(did, account?.handle)
}

/**
 * Every atproto signing key the DID has had (the current one last): a repo exported by a PDS
 * that has not written since the DID moved is still signed by an earlier key, and is genuine.
 */
export async function historicalSigningKeys(
  ctx: Pick<AppContext, 'identity'>,
  did: string,
): Promise<string[]> {
  const keys = new Set<string>()
  if (did.startsWith('did:plc:')) {
    const { plc, client } = await ctx.identity.plcDirectory()
    const log = await plcCall(plc, 'read the PLC log', () => client.getOperationLog(did))
    for (const op of log) {
      if (check.is(op, plc.def.tombstone)) continue
      const key = plc.normalizeOp(op).verificationMethods['atproto']
      if (key) keys.add(key)
    }
  }
  const resolver = await ctx.identity.resolver()
  const current = await resolver.did.resolveAtprotoKey(did, true).catch(() => null)
  if (current) {
    keys.delete(current)
    keys.add(current)
  }
  return [...keys]
}

/**
 * Runs a PLC directory call: what the directory refuses (or the PLC library rejects) becomes
 * InvalidRequest with its reason; an unreachable directory is an upstream failure.
 */
async function plcCall<T>(plc: typeof PlcLib, what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (err) {
    if (err instanceof plc.PlcClientError && err.status >= 400 && err.status < 500) {
      const reason = (err.data as { message?: string } | undefined)?.message ?? err.message
      throw new InvalidRequestError(`The PLC directory would not ${what}: ${reason}`)
    }
    if (err instanceof plc.PlcError) {
      throw new InvalidRequestError(`Invalid PLC operation: ${err.message}`)
    }
    throw new UpstreamFailureError(
      `The PLC directory could not ${what}; try again later`,
      undefined,
      {
        cause: err,
      },
    )
  }
}
