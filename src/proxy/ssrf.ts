import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns'
import { isIP } from 'node:net'
import ipaddr from 'ipaddr.js'
import { InvalidRequestError } from '@atproto/xrpc-server'

/** Raised while connecting when a guarded host resolves to an address that is not public. */
export class NonPublicAddressError extends Error {
  readonly code = 'ERR_NON_PUBLIC_ADDRESS'
  constructor(hostname: string, address: string) {
    super(`${hostname} resolves to ${address}, which is not a public address`)
  }
}

/**
 * Public unicast only: loopback, private, link-local, carrier-grade NAT, multicast, reserved and
 * the IPv6 transition ranges that can embed such addresses (6to4, Teredo, NAT64) are all refused.
 * IPv4-mapped IPv6 addresses are judged as the IPv4 address they carry.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false
  return ipaddr.process(address).range() === 'unicast'
}

function bareHost(hostname: string): string {
  return hostname.startsWith('[') ? hostname.slice(1, -1) : hostname
}

/**
 * Checks an endpoint found in a DID document before anything is sent to it: https only, and a
 * literal IP must be public. Host names are checked again when they are resolved
 * (`publicOnlyLookup`), so a DNS answer cannot point the request inside the network.
 */
export function assertPublicEndpoint(endpoint: URL): void {
  if (endpoint.protocol !== 'https:') {
    throw new InvalidRequestError(`proxy target ${endpoint.origin} must use https`)
  }
  const host = bareHost(endpoint.hostname)
  if (isIP(host) !== 0 && !isPublicAddress(host)) {
    throw new InvalidRequestError(`proxy target ${endpoint.origin} is not a public address`)
  }
  if (host === 'localhost' || host.endsWith('.localhost')) {
    throw new InvalidRequestError(`proxy target ${endpoint.origin} is not a public address`)
  }
}

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void

/**
 * A `lookup` for sockets to discovered endpoints: resolves every address of the host and refuses
 * the connection when any of them is not public (the socket connects to a checked address).
 */
export function publicOnlyLookup(
  hostname: string,
  options: LookupOptions,
  callback: LookupCallback,
): void {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, [])
    const bad = addresses.find((a) => !isPublicAddress(a.address))
    if (bad) return callback(new NonPublicAddressError(hostname, bad.address), [])
    if (options.all) return callback(null, addresses)
    const first = addresses[0]
    if (!first)
      return callback(
        Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }),
        [],
      )
    callback(null, first.address, first.family)
  })
}
