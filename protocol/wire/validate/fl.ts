/** validateBasic for medmesh.fl.v1. */
import type { medmesh } from "../types.ts"
import { fl } from "../types.ts"
import { MAX_FL_ATTEMPTS, MAX_FL_CHUNK_BYTES, MAX_FL_CHUNKS, MAX_FL_ROUNDS, MAX_HE_PUBLIC_KEY_BYTES, MAX_MEMBERS, MAX_MODEL_BYTES, MAX_REASON_CHARS } from "../limits.ts"
import { type Ctx, bool, bytesInRange, distinct, ed25519Key, enumValue, fail, hash, list, optionalHash, orgId, rootCtx, signature, text, uint } from "./check.ts"

type RoundStart = medmesh.fl.v1.RoundStart.$Properties
type MaskedUpdate = medmesh.fl.v1.MaskedUpdate.$Properties
type AggregateSum = medmesh.fl.v1.AggregateSum.$Properties
type RoundResult = medmesh.fl.v1.RoundResult.$Properties
type FlAck = medmesh.fl.v1.FlAck.$Properties

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
