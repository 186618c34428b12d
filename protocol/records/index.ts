/**
 * `/medmesh/<chainId>/records/1.0.0`: one RecordRequest → one RecordResponse per stream
 * (protocol/stream's request/response helpers). The service only moves bytes within size and time
 * limits; decoding, checks, audit and encryption are the node's handler (node/records/requestHandler.ts).
 */
import type { Connection, PeerId, Stream } from "@libp2p/interface"
import { deadline, respondOnce, sendRequest } from "../stream/requestResponse.ts"
import { type ProtocolComponents, ProtocolService, type ProtocolServiceFactory, type ProtocolServiceInit, protocolId } from "../stream/service.ts"
import {
  MAX_RECORD_REQUEST_BYTES,
  MAX_RECORD_RESPONSE_BYTES,
  RECORD_REQUEST_TIMEOUT_MS,
  RECORDS_MAX_INBOUND_STREAMS,
  RECORDS_MAX_OUTBOUND_STREAMS,
  RECORDS_PROTOCOL_NAME,
  RECORDS_PROTOCOL_VERSION,
} from "./constants.ts"

export * from "./constants.ts"

/** The holder's side: encoded RecordRequest in, encoded RecordResponse out. Never throws for a bad request. */
export type RecordRequestResponder = (request: Uint8Array, ctx: { remotePeer: string; signal: AbortSignal }) => Promise<Uint8Array>

export type RecordExchangeInit = ProtocolServiceInit & {
  /** absent on a node that only requests (it then refuses inbound streams by not registering) */
  respond?: RecordRequestResponder
  timeoutMs?: number
}

export interface RecordExchange {
  readonly protocol: string
  /** Sends one encoded RecordRequest to `peer`; returns the encoded RecordResponse (StreamError on failure). */
  request(peer: PeerId, request: Uint8Array, opts?: { signal?: AbortSignal }): Promise<Uint8Array>
}

export function recordExchange(init: RecordExchangeInit): ProtocolServiceFactory<RecordExchange & ProtocolService> {
  return (components) => new RecordExchangeService(components, init)
}

class RecordExchangeService extends ProtocolService implements RecordExchange {
  readonly protocol: string
  readonly maxInboundStreams = RECORDS_MAX_INBOUND_STREAMS
  override readonly maxOutboundStreams = RECORDS_MAX_OUTBOUND_STREAMS
  private readonly respond: RecordRequestResponder | undefined
  private readonly timeoutMs: number

  constructor(components: ProtocolComponents, init: RecordExchangeInit) {
    super(components, init)
    this.protocol = protocolId(init.protocolPrefix, RECORDS_PROTOCOL_NAME, RECORDS_PROTOCOL_VERSION)
    this.respond = init.respond
    this.timeoutMs = init.timeoutMs ?? RECORD_REQUEST_TIMEOUT_MS
  }

  protected async handleStream(stream: Stream, connection: Connection): Promise<void> {
    const respond = this.respond
    if (respond === undefined) throw new Error("this node answers no record requests")
    const remotePeer = connection.remotePeer.toString()
    await respondOnce(stream, (request, signal) => respond(request, { remotePeer, signal }), {
      maxRequestBytes: MAX_RECORD_REQUEST_BYTES,
      maxResponseBytes: MAX_RECORD_RESPONSE_BYTES,
      signal: deadline(this.shutdown, this.timeoutMs),
    })
  }

  async request(peer: PeerId, request: Uint8Array, opts: { signal?: AbortSignal } = {}): Promise<Uint8Array> {
    const signal = deadline(this.shutdown, this.timeoutMs, opts.signal)
    const stream = await this.openStream(peer, signal)
    return sendRequest(stream, request, { maxRequestBytes: MAX_RECORD_REQUEST_BYTES, maxResponseBytes: MAX_RECORD_RESPONSE_BYTES, signal })
  }
}

export { findLocatorProviders, locatorCid, provideLocator, recordLocate, LOCATE_MAX_INBOUND_STREAMS, LOCATE_TIMEOUT_MS, type LocateService, type LocateServiceInit, type ProviderDht } from "./locate.ts"
