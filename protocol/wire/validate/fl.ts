/** validateBasic for medmesh.fl.v1. */
import type { medmesh } from "../types.ts"
import { fl } from "../types.ts"
import { MAX_CODE_CHARS, MAX_FEATURE_VECTOR_BYTES, MAX_FEATURES, MAX_FL_ATTEMPTS, MAX_FL_CHUNK_BYTES, MAX_FL_CHUNKS, MAX_FL_ROUNDS, MAX_HE_PUBLIC_KEY_BYTES, MAX_MEMBERS, MAX_MODEL_BYTES, MAX_ONNX_GRAPH_BYTES, MAX_REASON_CHARS, X25519_KEY_BYTES } from "../limits.ts"
import { type Ctx, at, bool, bytesInRange, bytesOfLength, distinct, ed25519Key, enumValue, fail, hash, list, optionalHash, orgId, rootCtx, signature, text, uint } from "./check.ts"

type RoundStart = medmesh.fl.v1.RoundStart.$Properties
type MaskedUpdate = medmesh.fl.v1.MaskedUpdate.$Properties
type AggregateSum = medmesh.fl.v1.AggregateSum.$Properties
type RoundResult = medmesh.fl.v1.RoundResult.$Properties
type FlAck = medmesh.fl.v1.FlAck.$Properties
type RoundPrepare = medmesh.fl.v1.RoundPrepare.$Properties
type RoundJoin = medmesh.fl.v1.RoundJoin.$Properties
type FeatureStatsRequest = medmesh.fl.v1.FeatureStatsRequest.$Properties
type FeatureStats = medmesh.fl.v1.FeatureStats.$Properties
type JobSetup = medmesh.fl.v1.JobSetup.$Properties
type GraphRequest = medmesh.fl.v1.GraphRequest.$Properties
type FlRequest = medmesh.fl.v1.FlRequest.$Properties
type FlResponse = medmesh.fl.v1.FlResponse.$Properties

function roundId(ctx: Ctx, m: { jobId?: Uint8Array | null; round?: number | null; attempt?: number | null }): void {
  hash(ctx, "jobId", m.jobId)
  uint(ctx, "round", m.round, 0, MAX_FL_ROUNDS)
  uint(ctx, "attempt", m.attempt, 0, MAX_FL_ATTEMPTS)
}

/** Flat float32 little-endian weights: a whole number of 4-byte words. */
function weights(ctx: Ctx, field: string, w: Uint8Array | null | undefined): void {
  bytesInRange(ctx, field, w, 4, MAX_MODEL_BYTES)
  if ((w?.length ?? 0) % 4 !== 0) fail(ctx, field, "expected a multiple of 4 bytes (float32)")
}

const chunks = (ctx: Ctx, field: string, c: readonly Uint8Array[] | null | undefined): void =>
  list(ctx, field, c, 1, MAX_FL_CHUNKS, (c2, f, b) => bytesInRange(c2, f, b, 1, MAX_FL_CHUNK_BYTES))

export function validateRoundStart(m: RoundStart, ctx: Ctx = rootCtx("RoundStart")): void {
  roundId(ctx, m)
  weights(ctx, "globalWeights", m.globalWeights)
  hash(ctx, "globalWeightsHash", m.globalWeightsHash)
  hash(ctx, "rosterTx", m.rosterTx)
  uint(ctx, "deadline", m.deadline, 1)
  bytesInRange(ctx, "hePublicKey", m.hePublicKey, 0, MAX_HE_PUBLIC_KEY_BYTES)
  ed25519Key(ctx, "coordinator", m.coordinator)
  signature(ctx, "signature", m.signature)
}

export function validateMaskedUpdate(m: MaskedUpdate, ctx: Ctx = rootCtx("MaskedUpdate")): void {
  roundId(ctx, m)
  orgId(ctx, "org", m.org)
  enumValue(ctx, "mode", m.mode, fl.AggregationMode)
  chunks(ctx, "chunks", m.chunks)
  uint(ctx, "exampleCount", m.exampleCount)
  hash(ctx, "updateHash", m.updateHash)
  uint(ctx, "parameterCount", m.parameterCount, 1)
  ed25519Key(ctx, "participant", m.participant)
  signature(ctx, "signature", m.signature)
}

export function validateAggregateSum(m: AggregateSum, ctx: Ctx = rootCtx("AggregateSum")): void {
  roundId(ctx, m)
  enumValue(ctx, "mode", m.mode, fl.AggregationMode)
  chunks(ctx, "chunks", m.chunks)
  list(ctx, "orgs", m.orgs, 1, MAX_MEMBERS, (c, f, o) => orgId(c, f, o))
  distinct(ctx, "orgs", m.orgs)
  const n = m.orgs?.length ?? 0
  list(ctx, "updateHashes", m.updateHashes, n, n, hash)
  uint(ctx, "totalExamples", m.totalExamples)
  uint(ctx, "parameterCount", m.parameterCount, 1)
  ed25519Key(ctx, "aggregator", m.aggregator)
  signature(ctx, "signature", m.signature)
}

export function validateRoundResult(m: RoundResult, ctx: Ctx = rootCtx("RoundResult")): void {
  roundId(ctx, m)
  weights(ctx, "globalWeights", m.globalWeights)
  hash(ctx, "globalWeightsHash", m.globalWeightsHash)
  optionalHash(ctx, "aggregateHash", m.aggregateHash)
  ed25519Key(ctx, "keyHolder", m.keyHolder)
  signature(ctx, "signature", m.signature)
}

export function validateFlAck(m: FlAck, ctx: Ctx = rootCtx("FlAck")): void {
  bool(ctx, "ok", m.ok)
  text(ctx, "error", m.error, MAX_REASON_CHARS)
  if (m.ok === true && (m.error ?? "") !== "") fail(ctx, "error", "expected empty when ok")
}

// ---- round preparation, feature statistics, the FL stream envelope ----

export function validateRoundPrepare(m: RoundPrepare, ctx: Ctx = rootCtx("RoundPrepare")): void {
  roundId(ctx, m)
  ed25519Key(ctx, "coordinator", m.coordinator)
  uint(ctx, "issuedAt", m.issuedAt, 1)
  signature(ctx, "signature", m.signature)
}

export function validateRoundJoin(m: RoundJoin, ctx: Ctx = rootCtx("RoundJoin")): void {
  roundId(ctx, m)
  orgId(ctx, "org", m.org)
  bytesOfLength(ctx, "maskKey", m.maskKey, X25519_KEY_BYTES)
  ed25519Key(ctx, "participant", m.participant)
  signature(ctx, "signature", m.signature)
}

/** float64 LE vector: 1..MAX_FEATURES values. */
function float64s(ctx: Ctx, field: string, b: Uint8Array | null | undefined): void {
  bytesInRange(ctx, field, b, 8, MAX_FEATURE_VECTOR_BYTES)
  if ((b?.length ?? 0) % 8 !== 0) fail(ctx, field, "expected a multiple of 8 bytes (float64)")
}

export function validateFeatureStatsRequest(m: FeatureStatsRequest, ctx: Ctx = rootCtx("FeatureStatsRequest")): void {
  hash(ctx, "jobId", m.jobId)
  ed25519Key(ctx, "coordinator", m.coordinator)
  uint(ctx, "featureCount", m.featureCount, 1, MAX_FEATURES)
  list(ctx, "orgs", m.orgs, 1, MAX_MEMBERS, (c, f, o) => orgId(c, f, o))
  distinct(ctx, "orgs", m.orgs)
  uint(ctx, "issuedAt", m.issuedAt, 1)
  signature(ctx, "signature", m.signature)
}

/**
 * A non-DP job's stats are count/mean/m2/columnCounts; a DP job's are dpMoments
 * ([N, Σz (d), Σz² (d), missing (d)]). A site sends one form; which one a coordinator accepts is
 * the job's business (node/federated/stats.ts), here both are only checked for shape.
 */
export function validateFeatureStats(m: FeatureStats, ctx: Ctx = rootCtx("FeatureStats")): void {
  hash(ctx, "jobId", m.jobId)
  orgId(ctx, "org", m.org)
  uint(ctx, "count", m.count)
  const dp = (m.dpMoments?.length ?? 0) > 0
  if (dp) {
    bytesInRange(ctx, "dpMoments", m.dpMoments, 32, 8 * (1 + 3 * MAX_FEATURES))
    const values = (m.dpMoments?.length ?? 0) / 8
    if (!Number.isInteger(values) || (values - 1) % 3 !== 0) fail(ctx, "dpMoments", "expected 1 + 3d float64 values")
  }
  if (!dp || (m.mean?.length ?? 0) + (m.m2?.length ?? 0) + (m.columnCounts?.length ?? 0) > 0) {
    float64s(ctx, "mean", m.mean)
    float64s(ctx, "m2", m.m2)
    if ((m.mean?.length ?? 0) !== (m.m2?.length ?? 0)) fail(ctx, "m2", "expected as many values as mean")
    float64s(ctx, "columnCounts", m.columnCounts)
    if ((m.mean?.length ?? 0) !== (m.columnCounts?.length ?? 0)) fail(ctx, "columnCounts", "expected as many values as mean")
    if (dp && ((m.dpMoments?.length ?? 0) / 8 - 1) / 3 !== (m.mean?.length ?? 0) / 8) fail(ctx, "dpMoments", "expected d to match mean")
  }
  ed25519Key(ctx, "participant", m.participant)
  signature(ctx, "signature", m.signature)
}

export function validateJobSetup(m: JobSetup, ctx: Ctx = rootCtx("JobSetup")): void {
  hash(ctx, "jobId", m.jobId)
  float64s(ctx, "mean", m.mean)
  float64s(ctx, "std", m.std)
  if ((m.mean?.length ?? 0) !== (m.std?.length ?? 0)) fail(ctx, "std", "expected as many values as mean")
  ed25519Key(ctx, "coordinator", m.coordinator)
  uint(ctx, "count", m.count, 1)
  list(ctx, "orgs", m.orgs, 1, MAX_MEMBERS, (c, f, o) => orgId(c, f, o))
  distinct(ctx, "orgs", m.orgs)
  signature(ctx, "signature", m.signature)
}

export function validateGraphRequest(m: GraphRequest, ctx: Ctx = rootCtx("GraphRequest")): void {
  hash(ctx, "jobId", m.jobId)
  hash(ctx, "graphHash", m.graphHash)
}

const FL_REQUEST_BODIES = ["roundPrepare", "roundStart", "maskedUpdate", "aggregateSum", "roundResult", "featureStatsRequest", "jobSetup", "graphRequest"] as const

/** Exactly one body, and that body valid. */
export function validateFlRequest(m: FlRequest, ctx: Ctx = rootCtx("FlRequest")): void {
  const set = FL_REQUEST_BODIES.filter((k) => m[k] != null)
  if (set.length !== 1) fail(ctx, "body", `expected exactly one body, got ${set.length}`)
  const c = at(ctx, set[0])
  if (m.roundPrepare != null) validateRoundPrepare(m.roundPrepare, c)
  else if (m.roundStart != null) validateRoundStart(m.roundStart, c)
  else if (m.maskedUpdate != null) validateMaskedUpdate(m.maskedUpdate, c)
  else if (m.aggregateSum != null) validateAggregateSum(m.aggregateSum, c)
  else if (m.roundResult != null) validateRoundResult(m.roundResult, c)
  else if (m.featureStatsRequest != null) validateFeatureStatsRequest(m.featureStatsRequest, c)
  else if (m.jobSetup != null) validateJobSetup(m.jobSetup, c)
  else if (m.graphRequest != null) validateGraphRequest(m.graphRequest, c)
}

export function validateFlResponse(m: FlResponse, ctx: Ctx = rootCtx("FlResponse")): void {
  bool(ctx, "ok", m.ok)
  text(ctx, "code", m.code, MAX_CODE_CHARS)
  text(ctx, "error", m.error, MAX_REASON_CHARS)
  if (m.ok === true && ((m.code ?? "") !== "" || (m.error ?? "") !== "")) fail(ctx, "code", "expected empty when ok")
  if (m.ok !== true && (m.code ?? "") === "") fail(ctx, "code", "expected an error code when not ok")
  if (m.join != null) validateRoundJoin(m.join, at(ctx, "join"))
  if (m.result != null) validateRoundResult(m.result, at(ctx, "result"))
  if (m.stats != null) validateFeatureStats(m.stats, at(ctx, "stats"))
  if ((m.graph?.length ?? 0) > 0) {
    bytesInRange(ctx, "graph", m.graph, 1, MAX_ONNX_GRAPH_BYTES)
    if (m.ok !== true) fail(ctx, "graph", "expected empty when not ok")
  }
}
