/**
 * The key holder (the job's coordinator organisation): holds the BFV secret key, learns the
 * round's global weights from the coordinator's signed RoundStart, and decrypts exactly one
 * AggregateSum per attempt — and only a sum over the whole committed roster, sent by that
 * attempt's aggregator while the attempt is still the one in progress on the ledger. It never
 * receives an individual update; a single masked update would decrypt to uniform noise anyway.
 *
 * new global = global + (Σ weighted updates) / divisor, divisor = Σ example counts (FedAvg) or
 * the number of participants (DP jobs); see update.ts.
 */
import { equalBytes } from "../../common/bytes.ts"
import { aggregateSumSignBytes, roundResultSignBytes, roundStartSignBytes } from "../../protocol/wire/signBytes.ts"
import { decodeEncryptedUpdate, type HeContext, type KeyHolder as HeKeyHolder } from "../he/index.ts"
import { decodeMaskedUpdate, defaultFixedPoint, dequantize, secureFixedPoint } from "../secagg/index.ts"
import { attemptKey, bytesToFloat32, bytesToFloat64, float32ToBytes, hashChunks, hashWeights, joinChunks, modeFromWire, verifyMemberSignature } from "./encoding.ts"
import { failureOf, roundError } from "./errors.ts"
import { loadJob, requireCurrentRoster } from "./jobContext.ts"
import { phaseClock } from "./timing.ts"
import type { AggregateSum, FlReply, RoleDeps, RoundResult, RoundStart } from "./ports.ts"
import { aggregationDivisor } from "./update.ts"

export type KeyHolderOptions = RoleDeps & {
  /** Needed for secure-mode jobs: the context and the job's BFV key holder (federated/he). */
  readonly he?: HeContext
  readonly heKeyHolder?: HeKeyHolder
}

export type KeyHolderRole = {
  /** Records the global weights of an attempt; called by the node for every RoundStart it gets. */
  noteRoundStart(from: string, body: RoundStart): Promise<FlReply>
  handleAggregateSum(from: string, body: AggregateSum): Promise<FlReply>
}

/** Attempts remembered per job; older ones are forgotten. */
const MAX_REMEMBERED = 8

export function createKeyHolderRole(opts: KeyHolderOptions): KeyHolderRole {
  const globals = new Map<string, Float32Array>()
  const decrypted = new Set<string>()

  async function note(from: string, body: RoundStart): Promise<FlReply> {
    const jobId = body.jobId ?? new Uint8Array(0)
    const job = await loadJob(opts.ledger, jobId)
    if (job.roles.keyHolder !== opts.signer.org) return { ok: true }
    if (from !== job.roles.coordinator) throw roundError("ROUND_WRONG_SENDER", `RoundStart from ${from}, the coordinator is ${job.roles.coordinator}`, { org: from })
    verifyMemberSignature(opts.members, from, body.coordinator, roundStartSignBytes(opts.chainId, body), body.signature, "RoundStart")
    const weights = bytesToFloat32(body.globalWeights ?? new Uint8Array(0))
    if (!equalBytes(hashWeights(weights), body.globalWeightsHash ?? new Uint8Array(0))) throw roundError("ROUND_HASH_MISMATCH", "globalWeightsHash does not match globalWeights")
    globals.set(attemptKey(jobId, body.round ?? 0, body.attempt ?? 0), weights)
    while (globals.size > MAX_REMEMBERED) globals.delete(globals.keys().next().value as string)
    return { ok: true }
  }

  async function decrypt(from: string, body: AggregateSum): Promise<FlReply> {
    const jobId = body.jobId ?? new Uint8Array(0)
    const round = body.round ?? 0
    const attempt = body.attempt ?? 0
    const key = attemptKey(jobId, round, attempt)
    const job = await loadJob(opts.ledger, jobId)
    if (job.roles.keyHolder !== opts.signer.org) throw roundError("ROUND_WRONG_SENDER", `${opts.signer.org} is not this job's key holder`)
    const committed = await requireCurrentRoster(opts.ledger, jobId, round, attempt)
    const roster = committed.roster
    if (from !== (roster.aggregatorOrg ?? "")) throw roundError("ROUND_WRONG_SENDER", `AggregateSum from ${from}, the aggregator of this attempt is ${roster.aggregatorOrg}`, { round, attempt, org: from })
    verifyMemberSignature(opts.members, from, body.aggregator, aggregateSumSignBytes(opts.chainId, body), body.signature, "AggregateSum")
    const rosterOrgs = [...(roster.orgs ?? [])].sort()
    const sumOrgs = [...(body.orgs ?? [])].sort()
    if (rosterOrgs.length !== sumOrgs.length || rosterOrgs.some((o, k) => o !== sumOrgs[k])) {
      throw roundError("ROUND_INCOMPLETE_SUM", `the sum covers ${sumOrgs.length} of the ${rosterOrgs.length} roster orgs; only a sum over the whole roster is decrypted`, { round, attempt })
    }
    const { spec } = job
    if (modeFromWire(body.mode) !== spec.aggregation) throw roundError("ROUND_MODE_MISMATCH", `sum in the wrong mode for a ${spec.aggregation} job`, { round, attempt })
    const global = globals.get(key)
    if (global === undefined) throw roundError("ROUND_MISSING_CONTEXT", `no RoundStart seen for round ${round} attempt ${attempt}`, { round, attempt })
    const n = global.length
    if ((body.parameterCount ?? 0) !== n) throw roundError("ROUND_BAD_UPDATE", `sum has ${body.parameterCount} parameters, the model has ${n}`, { round, attempt })
    if (decrypted.has(key)) throw roundError("ROUND_ALREADY_DECRYPTED", `round ${round} attempt ${attempt} was already decrypted`, { round, attempt })
    const totalExamples = body.totalExamples ?? 0
    const divisor = aggregationDivisor(spec, rosterOrgs.length, totalExamples)
    if (!(divisor >= 1)) throw roundError("ROUND_BAD_UPDATE", "the sum reports no training examples", { round, attempt })
    decrypted.add(key)

    const clock = phaseClock("keyholder", opts.timing)
    const bytes = joinChunks(body.chunks ?? [])
    let sum: Float64Array
    if (spec.aggregation === "plain") {
      sum = bytesToFloat64(bytes)
      if (sum.length !== n) throw roundError("ROUND_BAD_UPDATE", `sum has ${sum.length} values, expected ${n}`, { round, attempt })
    } else if (spec.aggregation === "masked") {
      sum = dequantize(decodeMaskedUpdate(bytes, defaultFixedPoint.modulus, n), defaultFixedPoint)
    } else {
      if (opts.he === undefined || opts.heKeyHolder === undefined) throw roundError("ROUND_MISSING_CONTEXT", "secure mode needs the HE context and secret key at the key holder")
      const aggregate = decodeEncryptedUpdate(opts.he, bytes, n)
      clock.mark("decode")
      sum = dequantize(opts.yieldControl !== undefined ? await opts.heKeyHolder.decryptSumAsync(aggregate, opts.yieldControl) : opts.heKeyHolder.decryptSum(aggregate), secureFixedPoint)
    }
    clock.mark("decrypt")
    const mean = new Float64Array(n)
    const next = new Float32Array(n)
    for (let i = 0; i < n; i++) {
      mean[i] = sum[i] / divisor
      next[i] = global[i] + mean[i]
    }
    if (!next.every(Number.isFinite)) throw roundError("ROUND_BAD_UPDATE", "the aggregate is not finite", { round, attempt })
    opts.observe?.({ kind: "aggregated", round, attempt, meanUpdate: mean, divisor })
    const result: RoundResult = {
      jobId,
      round,
      attempt,
      globalWeights: float32ToBytes(next),
      globalWeightsHash: hashWeights(next),
      aggregateHash: hashChunks(body.chunks ?? []),
      keyHolder: opts.signer.publicKey,
      signature: new Uint8Array(0),
    }
    result.signature = await opts.signer.sign(roundResultSignBytes(opts.chainId, result))
    clock.mark("finish")
    return { ok: true, result }
  }

  return {
    async noteRoundStart(from, body) {
      try {
        return await note(from, body)
      } catch (err) {
        return failureOf(err)
      }
    },
    async handleAggregateSum(from, body) {
      try {
        return await decrypt(from, body)
      } catch (err) {
        return failureOf(err)
      }
    },
  }
}
