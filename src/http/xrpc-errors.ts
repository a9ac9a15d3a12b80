import { InvalidRequestError, ResponseType, XRPCError } from '@atproto/xrpc-server'

/** The lexicon check's wording for a malformed `handle` field in a request body. */
const LEXICON_HANDLE_ERROR = /^Input\/handle must be a valid handle/

/**
 * XRPC error rendering, normalising two errors raised before any handler runs: a handle refused
 * by the lexicon's format check answers `InvalidHandle` (as the handlers' own handle checks do),
 * and a JSON body over the limit answers `PayloadTooLarge` (the body parser names it
 * `PayloadTooLargeError`), as blob uploads over the limit do.
 */
export function parseXrpcError(err: unknown): XRPCError {
  const xrpcError = XRPCError.fromError(err)
  // A handler's own name (uploadBlob's BlobTooLarge) is kept; only the body parser's generic
  // class name is replaced.
  const generic = [undefined, 'PayloadTooLargeError'].includes(xrpcError.customErrorName)
  if (xrpcError.type === ResponseType.PayloadTooLarge && generic) {
    return new XRPCError(ResponseType.PayloadTooLarge, 'request entity too large', undefined, {
      cause: err,
    })
  }
  if (
    xrpcError.customErrorName === undefined &&
    xrpcError.error === 'InvalidRequest' &&
    LEXICON_HANDLE_ERROR.test(xrpcError.errorMessage ?? '')
  ) {
    return new InvalidRequestError(xrpcError.errorMessage, 'InvalidHandle', { cause: err })
  }
  return xrpcError
}
