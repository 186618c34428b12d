/**
 * The round protocol's FlTransport over protocol/fl: org → member peer id from the ledger's
 * membership, one stream per message, replies decoded through the wire codec. A message to this
 * node itself (the coordinator is also a participant and the key holder) is dispatched locally,
 * after the same encode/decode round trip. Never rejects: failures are ROUND_UNREACHABLE replies.
 */
import { peerIdFromString } from "@libp2p/peer-id"
import { errorMessage } from "../../common/errors.ts"
import type { FlMessage, FlReply, FlTransport } from "../../federated/round/index.ts"
import { decodeFlMessage, decodeFlReply, encodeFlMessage, encodeFlReply, type FlExchange, type FlWireMessage, type FlWireReply } from "../../protocol/fl/index.ts"

/** Slack after a RoundStart's deadline for the participant's reply (the aggregator's verdict) to arrive. */
export const ROUND_START_REPLY_SLACK_MS = 10_000
/** Other FL requests: an update or sum upload and its check, a key holder's decryption. */
export const FL_MESSAGE_TIMEOUT_MS = 120_000

export type InboundHandler = (from: string, message: FlWireMessage) => Promise<FlWireReply>

export class Libp2pFlTransport implements FlTransport {
  private readonly self: string
  private readonly exchange: () => FlExchange
  private readonly peerOf: (org: string) => string | undefined
  private readonly local: InboundHandler
  private readonly onSent: ((message: FlWireMessage, bytes: number) => void) | undefined
  private readonly onRefused: ((org: string, message: FlWireMessage, code: string, error: string) => void) | undefined
  private readonly onEncoded: ((type: FlWireMessage["type"], seconds: number) => void) | undefined
  private readonly onWire: ((direction: "sent" | "received", kind: FlWireMessage["type"] | `${FlWireMessage["type"]}Reply`, bytes: number) => void) | undefined

  /**
   * onSent: every encoded request, local dispatch included (job traffic for `train status`).
   * onWire: bytes that crossed the network only — a request sent to another member and its reply.
   */
  constructor(opts: {
    self: string
    exchange: () => FlExchange
    peerOf: (org: string) => string | undefined
    local: InboundHandler
    onSent?: (message: FlWireMessage, bytes: number) => void
    onRefused?: (org: string, message: FlWireMessage, code: string, error: string) => void
    onWire?: (direction: "sent" | "received", kind: FlWireMessage["type"] | `${FlWireMessage["type"]}Reply`, bytes: number) => void
    /** Wall time of encoding each request (phase timing). */
    onEncoded?: (type: FlWireMessage["type"], seconds: number) => void
  }) {
    this.self = opts.self
    this.exchange = opts.exchange
    this.peerOf = opts.peerOf
    this.local = opts.local
    this.onSent = opts.onSent
    this.onRefused = opts.onRefused
    this.onWire = opts.onWire
    this.onEncoded = opts.onEncoded
  }

  async send(org: string, message: FlMessage): Promise<FlReply> {
    const reply = await this.request(org, message)
    return "stats" in reply || "graph" in reply ? { ok: false, code: "ROUND_UNEXPECTED_MESSAGE", error: "stats or graph reply to a round message" } : reply
  }

  async request(org: string, message: FlWireMessage): Promise<FlWireReply> {
    const reply = await this.attempt(org, message)
    if (!reply.ok) this.onRefused?.(org, message, reply.code, reply.error)
    return reply
  }

  private async attempt(org: string, message: FlWireMessage): Promise<FlWireReply> {
    try {
      const started = performance.now()
      const bytes = encodeFlMessage(message)
      this.onEncoded?.(message.type, (performance.now() - started) / 1000)
      this.onSent?.(message, bytes.length)
      if (org === this.self) return decodeFlReply(encodeFlReply(await this.local(org, decodeFlMessage(bytes))))
      const peer = this.peerOf(org)
      if (peer === undefined) return { ok: false, code: "ROUND_UNREACHABLE", error: `${org} is not a member with a known peer id` }
      const timeoutMs = message.type === "RoundStart" ? Math.max((message.body.deadline ?? 0) - Date.now(), 0) + ROUND_START_REPLY_SLACK_MS : FL_MESSAGE_TIMEOUT_MS
      this.onWire?.("sent", message.type, bytes.length)
      const answer = await this.exchange().request(peerIdFromString(peer), bytes, { signal: AbortSignal.timeout(timeoutMs) })
      this.onWire?.("received", `${message.type}Reply`, answer.length)
      return decodeFlReply(answer)
    } catch (err) {
      return { ok: false, code: "ROUND_UNREACHABLE", error: `${org}: ${errorMessage(err)}` }
    }
  }
}
