import type * as PlcLib from '@did-plc/lib'
import type { Keypair } from '@atproto/crypto'
import type { DidDocument, IdResolver } from '@atproto/identity'
import { InvalidRequestError } from '@atproto/xrpc-server'
import type { Config } from '../config.ts'
import {
  directoryDocument,
  plcGenesis,
  submitGenesis,
  type PlcGenesisOperation,
} from './plc-genesis.ts'

/** How long a resolved DID document is trusted before it is re-fetched in the background. */
const DID_CACHE_STALE_MS = 60 * 60 * 1000
const DID_CACHE_MAX_MS = 24 * 60 * 60 * 1000
const RESOLVE_TIMEOUT_MS = 3000

/** The did:plc library (operations, schemas, errors) and the configured directory's client. */
export interface PlcDirectory {
  plc: typeof PlcLib
  client: PlcLib.Client
}

/**
 * DIDs and handles in the outside world (`ctx.identity`): the did:plc directory (genesis and
 * update operations signed with the server's rotation key), DID and handle resolution, and the
 * did:web documents of accounts hosted with `TEMPEST_HOSTED_DID_METHOD=web`.
 */
export class IdentityService {
  private resolverLoaded?: Promise<IdResolver>
  private directoryLoaded?: Promise<PlcDirectory>

  constructor(
    private readonly cfg: Config,
    private readonly plcUrl: string,
    private readonly rotationKey: Keypair,
  ) {}

  /**
   * DID and handle resolution (with the DID document cache). `@atproto/identity` here and
   * `@did-plc/lib` below load on first use (together about 250 ms and 30 MB, three undici copies
   * among them, that a server answering repo reads never needs), each on its own. A signup needs
   * neither: its genesis operation and directory round trips are in `plc-genesis.ts`.
   */
  resolver(): Promise<IdResolver> {
    this.resolverLoaded ??= (async () => {
      const [{ MemoryCache }, { createIdResolver }] = await Promise.all([
        import('@atproto/identity'),
        import('./resolver.ts'),
      ])
      return createIdResolver({
        plcUrl: this.plcUrl,
        env: this.cfg.env,
        timeout: RESOLVE_TIMEOUT_MS,
        didCache: new MemoryCache(DID_CACHE_STALE_MS, DID_CACHE_MAX_MS),
      })
    })()
    return this.resolverLoaded
  }

  plcDirectory(): Promise<PlcDirectory> {
    this.directoryLoaded ??= import('@did-plc/lib').then((plc) => ({
      plc,
      client: new plc.Client(this.plcUrl),
    }))
    return this.directoryLoaded
  }

  /**
   * A signed did:plc genesis operation (not yet submitted) naming this server as the PDS. The
   * caller's `recoveryKey` goes first so it outranks the server's key.
   */
  async plcGenesis(opts: {
    handle: string
    signingKeyDid: string
    recoveryKey: string | undefined
  }): Promise<{ did: string; op: PlcGenesisOperation }> {
    const rotationKeys = [this.rotationKey.did()]
    if (opts.recoveryKey !== undefined) {
      if (!opts.recoveryKey.startsWith('did:key:')) {
        throw new InvalidRequestError('recoveryKey must be a did:key')
      }
      rotationKeys.unshift(opts.recoveryKey)
    }
    return plcGenesis({
      signingKeyDid: opts.signingKeyDid,
      rotationKeys,
      handle: opts.handle,
      pds: this.cfg.publicUrl,
      signer: this.rotationKey,
    })
  }

  submitPlcGenesis(did: string, op: PlcGenesisOperation): Promise<void> {
    return submitGenesis(this.plcUrl, did, op)
  }

  /**
   * The DID document the directory serves now (read directly: the resolver's library is not
   * needed for it), or `undefined` when it cannot be read.
   */
  plcDocument(did: string): Promise<DidDocument | undefined> {
    return directoryDocument(this.plcUrl, did)
  }

  /** Points the DID document's `alsoKnownAs` at the new handle (did:plc); did:web is served live. */
  async publishHandle(did: string, handle: string): Promise<void> {
    if (did.startsWith('did:plc:')) {
      await (await this.plcDirectory()).client.updateHandle(did, this.rotationKey, handle)
    }
    await (await this.resolver()).did.cache?.clearEntry(did)
  }

  /** The DID a handle claims through DNS `_atproto` or `https://<handle>/.well-known/atproto-did`. */
  async resolveExternalHandle(handle: string): Promise<string | undefined> {
    const resolver = await this.resolver()
    return resolver.handle.resolve(handle).catch(() => undefined)
  }

  /** The DID document, or `undefined` when it cannot be resolved right now. */
  async resolveDidDoc(did: string, forceRefresh = false): Promise<DidDocument | undefined> {
    try {
      return (await (await this.resolver()).did.resolve(did, forceRefresh)) ?? undefined
    } catch {
      return undefined
    }
  }

  /** The handle a DID document claims (its `at://` alias). */
  async documentHandle(doc: DidDocument): Promise<string | undefined> {
    const { getHandle } = await import('@atproto/identity')
    return getHandle(doc)
  }

  /** Whether the document's `#atproto_pds` endpoint is this server. */
  async namesThisServer(doc: DidDocument): Promise<boolean> {
    const { getPds } = await import('@atproto/identity')
    const endpoint = getPds(doc)
    return endpoint !== undefined && URL.parse(endpoint)?.origin === this.cfg.publicUrl
  }

  /**
   * Whether Tempest itself serves this DID's document: a did:web under one of the handle
   * domains, made by createAccount in web mode. Its handle and key come from account.sqlite.
   */
  hostsDidDocument(did: string): boolean {
    if (!did.startsWith('did:web:')) return false
    const host = did.slice('did:web:'.length)
    return this.cfg.handleDomains.some((domain) => host.endsWith(domain))
  }

  /** The did:web identifier Tempest gives an account whose handle is `handle`. */
  didWebFor(handle: string): string {
    return `did:web:${handle}`
  }

  /** The did:web document of a hosted account (served at the DID's host). */
  didWebDocument(account: { did: string; handle: string }, signingKeyDid: string): DidDocument {
    return {
      '@context': [
        'https://www.w3.org/ns/did/v1',
        'https://w3id.org/security/multikey/v1',
        'https://w3id.org/security/suites/secp256k1-2019/v1',
      ],
      id: account.did,
      alsoKnownAs: [`at://${account.handle}`],
      verificationMethod: [
        {
          id: `${account.did}#atproto`,
          type: 'Multikey',
          controller: account.did,
          publicKeyMultibase: signingKeyDid.slice('did:key:'.length),
        },
      ],
      service: [
        {
          id: '#atproto_pds',
          type: 'AtprotoPersonalDataServer',
          serviceEndpoint: this.cfg.publicUrl,
        },
      ],
    }
  }
}
