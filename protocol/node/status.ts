/**
 * `/medmesh/<chainId>/status/1.0.0`: ask a member who it is and what it runs. A small JSON
 * request/response (node metadata only, never patient data) and the reference use of
 * protocol/stream: factory, Startable service, inbound stream limit, size limits, deadlines.
 */
import type { Connection, PeerId, Stream } from "@libp2p/interface"
import { utf8 } from "../../common/bytes.ts"
import { StreamError } from "../stream/errors.ts"
import { deadline, respondOnce, sendRequest } from "../stream/requestResponse.ts"
import { type ProtocolComponents, ProtocolService, type ProtocolServiceFactory, type ProtocolServiceInit, protocolId } from "../stream/service.ts"

/** a status is a few short strings; 4 KiB leaves room and bounds what a peer can make us parse */
export const MAX_STATUS_MESSAGE_BYTES = 4096
/** a status answer needs no disk or consensus work: 5 s is generous even across continents */
export const STATUS_REQUEST_TIMEOUT_MS = 5000
/** one status query per peer at a time is all an honest node sends; 4 leaves slack for redials */
export const STATUS_MAX_INBOUND_STREAMS = 4

export type NodeStatus = {
  org: string
  name: string
  country: string
  version: string
  chainId: string
  uptimeSeconds: number
}

export type StatusServiceInit = ProtocolServiceInit & {
  /** called for each request, so the answer is current */
  getStatus: () => NodeStatus
}

export interface StatusService {
  readonly protocol: string
  /** Asks `peer` for its status; throws StreamError on timeout, oversize or malformed answers. */
  query(peer: PeerId, opts?: { signal?: AbortSignal }): Promise<NodeStatus>
}

export function nodeStatus(init: StatusServiceInit): ProtocolServiceFactory<StatusService & ProtocolService> {
  return (components) => new NodeStatusService(components, init)
}

class NodeStatusService extends ProtocolService implements StatusService {
  readonly protocol: string
  readonly maxInboundStreams = STATUS_MAX_INBOUND_STREAMS
  private readonly getStatus: () => NodeStatus

  constructor(components: ProtocolComponents, init: StatusServiceInit) {
    super(components, init)
    this.protocol = protocolId(init.protocolPrefix, "status", "1.0.0")
    this.getStatus = init.getStatus
  }

  protected async handleStream(stream: Stream, _connection: Connection): Promise<void> {
    await respondOnce(stream, async () => utf8.encode(JSON.stringify(this.getStatus())), {
      maxRequestBytes: MAX_STATUS_MESSAGE_BYTES,
      maxResponseBytes: MAX_STATUS_MESSAGE_BYTES,
      signal: deadline(this.shutdown, STATUS_REQUEST_TIMEOUT_MS),
    })
  }

  async query(peer: PeerId, opts: { signal?: AbortSignal } = {}): Promise<NodeStatus> {
    const signal = deadline(this.shutdown, STATUS_REQUEST_TIMEOUT_MS, opts.signal)
    const stream = await this.openStream(peer, signal)
    const bytes = await sendRequest(stream, utf8.encode("{}"), { maxRequestBytes: MAX_STATUS_MESSAGE_BYTES, maxResponseBytes: MAX_STATUS_MESSAGE_BYTES, signal })
    return decodeNodeStatus(bytes, this.protocol)
  }
}

export function decodeNodeStatus(bytes: Uint8Array, protocol = "status"): NodeStatus {
  const malformed = (): StreamError => new StreamError({ code: "STREAM_REMOTE_ERROR", protocol, reason: "malformed status" }, `${protocol}: malformed status answer`)
  let v: unknown
  try {
    v = JSON.parse(utf8.decode(bytes))
  } catch {
    throw malformed()
  }
  if (typeof v !== "object" || v === null) throw malformed()
  const o = v as Record<string, unknown>
  for (const k of ["org", "name", "country", "version", "chainId"] as const) if (typeof o[k] !== "string") throw malformed()
  if (typeof o.uptimeSeconds !== "number" || !Number.isFinite(o.uptimeSeconds)) throw malformed()
  return { org: o.org as string, name: o.name as string, country: o.country as string, version: o.version as string, chainId: o.chainId as string, uptimeSeconds: o.uptimeSeconds }
}
