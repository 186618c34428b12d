/**
 * Limits of `/medmesh/<chainId>/fl/1.0.0`. Byte limits come from protocol/wire/limits.ts: one
 * FlRequest frame holds a whole message, so the largest (a RoundStart with a 16 M-parameter model
 * and the HE public key, or an AggregateSum of MAX_FL_CHUNKS × 4 MiB) fits. A 1 M-parameter
 * secure update is ~32 MB (BFV ciphertexts): one frame, well inside MAX_FL_REQUEST_BYTES.
 */
export { MAX_FL_REQUEST_BYTES, MAX_FL_RESPONSE_BYTES } from "../wire/limits.ts"

export const FL_PROTOCOL_NAME = "fl"
export const FL_PROTOCOL_VERSION = "1.0.0"
/**
 * Default deadline of one request, end to end. A participant answers RoundStart only once the
 * aggregator accepted its update, so the reply may take a whole round deadline (local training,
 * encryption, upload); callers pass a tighter signal derived from the job's deadline. This bound
 * only stops a hung peer from holding a stream forever.
 */
export const FL_REQUEST_TIMEOUT_MS = 15 * 60_000
/**
 * Concurrent inbound FL streams per connection. Per job a peer sends at most one RoundPrepare or
 * RoundStart and one MaskedUpdate or AggregateSum or RoundResult at a time; 32 leaves room for a
 * few concurrent jobs. Above it the stream is refused, never queued: an update is tens of MB.
 */
export const FL_MAX_INBOUND_STREAMS = 32
export const FL_MAX_OUTBOUND_STREAMS = 32
/**
 * Messages travel in frames of at most this size (a length header frame, then the data): the
 * stream layer below (yamux, 4 MiB read buffer per stream) is not made for single frames of tens
 * of MB, and a bounded frame keeps every read's memory and deadline small.
 */
export const FL_FRAME_BYTES = 1024 * 1024
/** The header frame: the message's total length, u32 big-endian (limits are far below 4 GiB). */
export const FL_HEADER_BYTES = 4
/**
 * Per-stream read buffer (libp2p's default is 4 MiB): an update arrives while this node may be
 * busy encrypting or training on the event loop, so the stream must be able to hold a whole
 * message unread rather than be reset. Memory is bounded by the message limits anyway.
 */
export const FL_STREAM_READ_BUFFER_BYTES = 80 * 1024 * 1024
