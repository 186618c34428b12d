/**
 * The round protocol's messages (federated/round FlMessage, FlReply) and the node-level job setup
 * messages (FeatureStatsRequest, JobSetup) as FlRequest / FlResponse envelopes. Decoding runs the
 * wire codec (size limit, validateBasic); signatures are checked by whoever handles the message.
 */
import type { FlMessage, FlReply } from "../../federated/round/ports.ts"
import { decodeFlRequest, decodeFlResponse, encodeFlRequest, encodeFlResponse } from "../wire/codec.ts"
import type { medmesh } from "../wire/types.ts"

export type FeatureStatsRequest = medmesh.fl.v1.FeatureStatsRequest.$Properties
export type FeatureStats = medmesh.fl.v1.FeatureStats.$Properties
export type JobSetup = medmesh.fl.v1.JobSetup.$Properties
export type GraphRequest = medmesh.fl.v1.GraphRequest.$Properties

/** Everything that travels on the FL stream as a request. */
export type FlWireMessage = FlMessage | { readonly type: "FeatureStatsRequest"; readonly body: FeatureStatsRequest } | { readonly type: "JobSetup"; readonly body: JobSetup } | { readonly type: "GraphRequest"; readonly body: GraphRequest }

/** A reply: the round protocol's, one carrying a site's feature statistics, or one carrying an ONNX graph. */
export type FlWireReply = FlReply | { readonly ok: true; readonly stats: FeatureStats } | { readonly ok: true; readonly graph: Uint8Array }

export function encodeFlMessage(message: FlWireMessage): Uint8Array {
  switch (message.type) {
    case "RoundPrepare":
      return encodeFlRequest({ roundPrepare: message.body })
    case "RoundStart":
      return encodeFlRequest({ roundStart: message.body })
    case "MaskedUpdate":
      return encodeFlRequest({ maskedUpdate: message.body })
    case "AggregateSum":
      return encodeFlRequest({ aggregateSum: message.body })
    case "RoundResult":
      return encodeFlRequest({ roundResult: message.body })
    case "FeatureStatsRequest":
      return encodeFlRequest({ featureStatsRequest: message.body })
    case "JobSetup":
      return encodeFlRequest({ jobSetup: message.body })
    case "GraphRequest":
      return encodeFlRequest({ graphRequest: message.body })
  }
}

/** Throws WireError for anything that is not one valid FlRequest. */
export function decodeFlMessage(bytes: Uint8Array): FlWireMessage {
  const r = decodeFlRequest(bytes)
  if (r.roundPrepare != null) return { type: "RoundPrepare", body: r.roundPrepare }
  if (r.roundStart != null) return { type: "RoundStart", body: r.roundStart }
  if (r.maskedUpdate != null) return { type: "MaskedUpdate", body: r.maskedUpdate }
  if (r.aggregateSum != null) return { type: "AggregateSum", body: r.aggregateSum }
  if (r.roundResult != null) return { type: "RoundResult", body: r.roundResult }
  if (r.featureStatsRequest != null) return { type: "FeatureStatsRequest", body: r.featureStatsRequest }
  if (r.graphRequest != null) return { type: "GraphRequest", body: r.graphRequest }
  return { type: "JobSetup", body: r.jobSetup as JobSetup }
}

/** Error texts are bounded on the wire; a longer one is cut, never refused. */
const MAX_ERROR_TEXT = 1_000

export function encodeFlReply(reply: FlWireReply): Uint8Array {
  if (!reply.ok) return encodeFlResponse({ ok: false, code: reply.code.slice(0, 64) || "ROUND_ERROR", error: reply.error.slice(0, MAX_ERROR_TEXT) })
  if ("stats" in reply) return encodeFlResponse({ ok: true, stats: reply.stats })
  if ("graph" in reply) return encodeFlResponse({ ok: true, graph: reply.graph })
  return encodeFlResponse({ ok: true, join: reply.join, result: reply.result })
}

export function decodeFlReply(bytes: Uint8Array): FlWireReply {
  const r = decodeFlResponse(bytes)
  if (r.ok !== true) return { ok: false, code: r.code ?? "ROUND_ERROR", error: r.error ?? "" }
  if (r.stats != null) return { ok: true, stats: r.stats }
  if (r.graph != null && r.graph.length > 0) return { ok: true, graph: r.graph }
  return { ok: true, ...(r.join != null ? { join: r.join } : {}), ...(r.result != null ? { result: r.result } : {}) }
}
