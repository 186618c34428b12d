/** Limits of `/medmesh/<chainId>/records/1.0.0`. Byte limits come from protocol/wire/limits.ts. */
export { MAX_RECORD_REQUEST_BYTES, MAX_RECORD_RESPONSE_BYTES } from "../wire/limits.ts"

export const RECORDS_PROTOCOL_NAME = "records"
export const RECORDS_PROTOCOL_VERSION = "1.0.0"
/**
 * End-to-end deadline of one record request: the holder waits for its access event to commit
 * (a block or two, ~1–3 s on a healthy consortium) and exports up to MAX_RECORD_RESPONSE_BYTES;
 * 30 s leaves room for a round change without letting a stuck holder hold the requester forever.
 */
export const RECORD_REQUEST_TIMEOUT_MS = 30_000
/**
 * Concurrent inbound record streams per connection: a requesting hospital fans out one request per
 * holder per query, so dozens of clinicians at one member stay well below this; above it the
 * stream is refused rather than queued behind the ledger.
 */
export const RECORDS_MAX_INBOUND_STREAMS = 128
export const RECORDS_MAX_OUTBOUND_STREAMS = 128
