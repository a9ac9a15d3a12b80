import { afterAll, beforeAll, expect, it } from 'vitest'
import { createUser } from '../account/helpers.ts'
import { startTestPds, type TestPds } from '../helpers/harness.ts'
import { FirehoseClient } from './firehose-client.ts'

let pds: TestPds
beforeAll(async () => {
  pds = await startTestPds()
})
afterAll(() => pds.close())

it('answers a plain GET on subscribeRepos with 426 and an XRPC error naming the upgrade', async () => {
  const res = await fetch(`${pds.url}/xrpc/com.atproto.sync.subscribeRepos`)
  expect(res.status).toBe(426)
  expect(res.headers.get('upgrade')).toBe('websocket')
  const body = (await res.json()) as { error: string; message: string }
  expect(body.error).toBe('InvalidRequest')
  expect(body.message).toMatch(/WebSocket/)
})

it('still streams to a WebSocket client on the same path', async () => {
  const firehose = new FirehoseClient(pds.url)
  try {
    await new Promise((resolve) => firehose.ws.once('open', resolve))
    const user = await createUser(pds, 'streamed')
    await firehose.until(() => firehose.messages.some((m) => m.body.did === user.did))
  } finally {
    await firehose.close()
  }
})
