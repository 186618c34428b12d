/**
 * `/medmesh/<chainId>/fl/1.0.0`: one FlRequest → one FlResponse per stream (protocol/stream's
 * request/response helpers), carrying the federated round messages between member nodes
 * (docs/federated-rounds.md). The service only moves bytes within size and time limits; decoding,
 * signature checks and the round logic are the node's (node/federated), which implements the
 * round protocol's FlTransport on top of `request`.
 */
import type { Connection, PeerId, Stream } from "@libp2p/interface"
import { deadline, respondOnce, sendRequest } from "../stream/requestResponse.ts"
import { type ProtocolComponents, ProtocolService, type ProtocolServiceFactory, type ProtocolServiceInit, protocolId } from "../stream/service.ts"
import { FL_MAX_INBOUND_STREAMS, FL_MAX_OUTBOUND_STREAMS, FL_PROTOCOL_NAME, FL_PROTOCOL_VERSION, FL_REQUEST_TIMEOUT_MS, MAX_FL_REQUEST_BYTES, MAX_FL_RESPONSE_BYTES } from "./constants.ts"

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
    await respondOnce(stream, (request, signal) => this.respond(request, { remotePeer, signal }), {
      maxRequestBytes: MAX_FL_REQUEST_BYTES,
      maxResponseBytes: MAX_FL_RESPONSE_BYTES,
      signal: deadline(this.shutdown, this.timeoutMs),
    })
  }

  async request(peer: PeerId, request: Uint8Array, opts: { signal?: AbortSignal } = {}): Promise<Uint8Array> {
    const signal = deadline(this.shutdown, this.timeoutMs, opts.signal)
    const stream = await this.openStream(peer, signal)
    return sendRequest(stream, request, { maxRequestBytes: MAX_FL_REQUEST_BYTES, maxResponseBytes: MAX_FL_RESPONSE_BYTES, signal })
  }
}
export * from "./messages.ts"
