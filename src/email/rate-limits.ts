const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR

/** Methods that email the caller, limited per account as the reference PDS (each is a message). */
export function perAccountEmailLimits() {
  const byAccount = ({ auth }: { auth: { credentials: { did: string } } }) => auth.credentials.did
  return [
    { durationMs: DAY, points: 15, calcKey: byAccount },
    { durationMs: HOUR, points: 5, calcKey: byAccount },
  ]
}
