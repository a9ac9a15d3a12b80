import { BlobRef } from '@atproto/lexicon'
import { CID } from 'multiformats/cid'
import type { Server } from '../../../../../generated/index.js'
import { blobTooLarge } from '../../../../blobs/upload.ts'
import type { AppContext } from '../../../../context.ts'

export default function (server: Server, ctx: AppContext): void {
  server.com.atproto.repo.uploadBlob({
    // Deactivated accounts may upload: a migrating account uploads its blobs before activation.
    auth: ctx.auth.accessStandard(),
    // The body reaches the handler as the request stream itself: with no blobLimit (see
    // server.ts) xrpc-server adds no size check of its own, and the upload pipeline enforces
    // TEMPEST_BLOB_MAX_BYTES, answering BlobTooLarge.
    handler: async ({ auth, input, req }) => {
      const declared = Number(req.headers['content-length'])
      if (declared > ctx.blobs.maxBytes) throw blobTooLarge(ctx.blobs.maxBytes)
      const blob = await ctx.blobs.upload(auth.credentials.did, input.body, input.encoding)
      ctx.metrics.blobUploads.inc()
      ctx.metrics.blobUploadBytes.inc(blob.size)
      return {
        encoding: 'application/json',
        body: { blob: new BlobRef(CID.parse(blob.cid), blob.mimeType, blob.size) },
      }
    },
  })
}
