/**
 * `/medmesh/<chainId>/fl/1.0.0`: one FlRequest → one FlResponse per stream (protocol/stream's
 * request/response helpers), carrying the federated round messages between member nodes
 * (docs/federated-rounds.md). The service only moves bytes within size and time limits; decoding,
 * signature checks and the round logic are the node's (node/federated), which implements the
 * round protocol's FlTransport on top of `request`.
 */
import { concatBytes } from "../../common/bytes.ts"
import type { Connection, PeerId, Stream } from "@libp2p/interface"
import { FramedStream, StreamError } from "../stream/index.ts"
import { deadline } from "../stream/requestResponse.ts"
import { type ProtocolComponents, ProtocolService, type ProtocolServiceFactory, type ProtocolServiceInit, protocolId } from "../stream/service.ts"
import { FL_FRAME_BYTES, FL_HEADER_BYTES, FL_STREAM_READ_BUFFER_BYTES, FL_MAX_INBOUND_STREAMS, FL_MAX_OUTBOUND_STREAMS, FL_PROTOCOL_NAME, FL_PROTOCOL_VERSION, FL_REQUEST_TIMEOUT_MS, MAX_FL_REQUEST_BYTES, MAX_FL_RESPONSE_BYTES } from "./constants.ts"

export * from "./constants.ts"

/** The receiving side: encoded FlRequest in, encoded FlResponse out. `remotePeer` is authenticated (Noise). */
export type FlResponder = (request: Uint8Array, ctx: { remotePeer: string; signal: AbortSignal }) => Promise<Uint8Array>

export type FlExchangeInit = ProtocolServiceInit & {
  respond: FlResponder
  /** default deadline of one request (FL_REQUEST_TIMEOUT_MS) */
  timeoutMs?: number
}

export interface FlExchange {
  readonly protocol: string
  /** Sends one encoded FlRequest to `peer`; resolves with the encoded FlResponse (StreamError / AbortError on failure). */
  request(peer: PeerId, request: Uint8Array, opts?: { signal?: AbortSignal }): Promise<Uint8Array>
}

export function flExchange(init: FlExchangeInit): ProtocolServiceFactory<FlExchange & ProtocolService> {
  return (components) => new FlExchangeService(components, init)
}

class FlExchangeService extends ProtocolService implements FlExchange {
  readonly protocol: string
  readonly maxInboundStreams = FL_MAX_INBOUND_STREAMS
  override readonly maxOutboundStreams = FL_MAX_OUTBOUND_STREAMS
  private readonly respond: FlResponder
  private readonly timeoutMs: number

  constructor(components: ProtocolComponents, init: FlExchangeInit) {
    super(components, init)
    this.protocol = protocolId(init.protocolPrefix, FL_PROTOCOL_NAME, FL_PROTOCOL_VERSION)
    this.respond = init.respond
    this.timeoutMs = init.timeoutMs ?? FL_REQUEST_TIMEOUT_MS
  }

  protected async handleStream(stream: Stream, connection: Connection): Promise<void> {
    const remotePeer = connection.remotePeer.toString()
    const signal = deadline(this.shutdown, this.timeoutMs)
    stream.maxReadBufferLength = FL_STREAM_READ_BUFFER_BYTES
    const framed = new FramedStream(stream, { maxMessageBytes: FL_FRAME_BYTES })
    try {
      const request = await readMessage(framed, MAX_FL_REQUEST_BYTES, signal)
      const response = await this.respond(request, { remotePeer, signal })
      await writeMessage(framed, response, MAX_FL_RESPONSE_BYTES, signal)
      await framed.closeWrite({ signal })
    } catch (err) {
      framed.abort(err instanceof Error ? err : new Error(String(err)))
      throw err
    }
  }

  async request(peer: PeerId, request: Uint8Array, opts: { signal?: AbortSignal } = {}): Promise<Uint8Array> {
    const signal = deadline(this.shutdown, this.timeoutMs, opts.signal)
    const stream = await this.openStream(peer, signal)
    stream.maxReadBufferLength = FL_STREAM_READ_BUFFER_BYTES
    const framed = new FramedStream(stream, { maxMessageBytes: FL_FRAME_BYTES })
    try {
      await writeMessage(framed, request, MAX_FL_REQUEST_BYTES, signal)
      await framed.closeWrite({ signal })
      return await readMessage(framed, MAX_FL_RESPONSE_BYTES, signal)
    } catch (err) {
      framed.abort(err instanceof Error ? err : new Error(String(err)))
      throw err
    }
  }
}

/** Pieces of a frame kept as they arrived (Noise delivers ≤ 64 KiB each: ~17 per 1 MiB frame). */
const FL_FRAME_PIECES = 64

/** Header frame (u32be total length), then the message in frames of ≤ FL_FRAME_BYTES, each write awaiting drain. */
async function writeMessage(framed: FramedStream, message: Uint8Array, maxBytes: number, signal: AbortSignal): Promise<void> {
  if (message.length > maxBytes) {
    throw new StreamError({ code: "STREAM_MESSAGE_TOO_LARGE", protocol: framed.protocol, bytes: message.length, maxBytes }, `${framed.protocol}: message of ${message.length} bytes exceeds the limit of ${maxBytes}`)
  }
  const header = new Uint8Array(FL_HEADER_BYTES)
  new DataView(header.buffer).setUint32(0, message.length)
  await framed.write(header, { signal })
  for (let at = 0; at < message.length; at += FL_FRAME_BYTES) await framed.write(message.subarray(at, Math.min(at + FL_FRAME_BYTES, message.length)), { signal })
}

async function readMessage(framed: FramedStream, maxBytes: number, signal: AbortSignal): Promise<Uint8Array> {
  const header = await framed.readRequired({ signal })
  if (header.length !== FL_HEADER_BYTES) throw new StreamError({ code: "STREAM_MALFORMED_FRAME", protocol: framed.protocol }, `${framed.protocol}: bad message header`)
  const total = new DataView(header.buffer, header.byteOffset, header.byteLength).getUint32(0)
  if (total > maxBytes) throw new StreamError({ code: "STREAM_MESSAGE_TOO_LARGE", protocol: framed.protocol, bytes: total, maxBytes }, `${framed.protocol}: incoming message of ${total} bytes exceeds the limit of ${maxBytes}`)
  // Memory grows with the bytes that actually arrive, never with what a header claims: a peer
  // that sends only a header (up to 32 streams per connection) must not make us reserve ~80 MiB each.
  // The frames are kept as the pieces they arrived in (≤ FL_FRAME_PIECES per frame, else joined,
  // so tiny pieces cannot multiply our memory) and copied once, into the message.
  const pieces: Uint8Array[] = []
  let at = 0
  while (at < total) {
    const frame = await framed.readPieces({ signal, maxPieces: FL_FRAME_PIECES })
    if (frame === undefined) throw new StreamError({ code: "STREAM_ENDED", protocol: framed.protocol }, `${framed.protocol}: stream ended before a message arrived`)
    let length = 0
    for (const piece of frame) length += piece.length
    if (at + length > total) throw new StreamError({ code: "STREAM_MALFORMED_FRAME", protocol: framed.protocol }, `${framed.protocol}: message longer than its header`)
    pieces.push(...frame)
    at += length
  }
  return concatBytes(...pieces)
}
export * from "./messages.ts"
