/**
 * What a participant does to its trained weights before they leave the hospital, in order:
 *
 * 1. Δ = w_local − w_global (float64).
 * 2. Clip Δ to L2 norm ≤ clipNorm (when clipNorm > 0).
 * 3. DP jobs: add this participant's share of Gaussian noise, N(0, (σ·C)²/n) per coordinate, so
 *    the n shares sum to N(0, (σ·C)²) (DP-FedAvg, McMahan et al., arXiv:1710.06963; distributed
 *    noise as in Truex et al., arXiv:1812.03224). Drawn from the node's secret RandomSource, not a
 *    seeded PRNG: nobody else may be able to regenerate it.
 * 4. Pre-multiply by the participant's aggregation weight: its example count (FedAvg,
 *    McMahan et al., arXiv:1602.05629), or 1 in a DP job (an example-weighted mean would let one
 *    site's weight exceed 1/n and break the sensitivity bound, as in strategy/dpFixedClipping).
 *    Then Σ weighted updates / Σ weights is the strategy's aggregate, and the key holder only
 *    ever needs the sum.
 * 5. plain: float32 LE. masked: fixed point into Z_t (t the 50-bit prime, 30 fractional bits) and
 *    pairwise masks over the committed roster (federated/secagg). secure: the same in Z_{2^44}
 *    (24 fractional bits: the BFV plaintext ring), then BFV-encrypted under the job key
 *    (federated/he).
 */
import { toHex } from "../../common/bytes.ts"
import { createUpdateEncryptor, encodeEncryptedUpdate, type HeContext, type UpdateEncryptor } from "../he/index.ts"
import { defaultFixedPoint, encodeMaskedUpdate, maskQuantizedUpdate, quantize, secureFixedPoint, type FixedPointParams, type RosterEntry } from "../secagg/index.ts"
import { noiseShareStd } from "../strategy/dpFixedClipping.ts"
import type { AggregationMode, JobSpec } from "../job/spec.ts"
import { isDpJob } from "../job/spec.ts"
import { float32ToBytes } from "./encoding.ts"
import { roundError } from "./errors.ts"
import type { RandomSource } from "./ports.ts"

/** The weight a participant's update carries in the sum (see step 4). */
export function aggregationWeight(spec: JobSpec, exampleCount: number): number {
  return isDpJob(spec) ? 1 : exampleCount
}

/** The divisor the key holder applies to the sum. */
export function aggregationDivisor(spec: JobSpec, participants: number, totalExamples: number): number {
  return isDpJob(spec) ? participants : totalExamples
}

/** Gaussian draws from secret bytes: 53-bit uniforms, Box–Muller. */
export function secretGaussian(random: RandomSource, length: number, std: number): Float64Array {
  const out = new Float64Array(length)
  if (std === 0 || length === 0) return out
  const pairs = Math.ceil(length / 2)
  const bytes = random.bytes(pairs * 16)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const uniform = (o: number): number => {
    // 53 random bits → (0, 1]
    const hi = view.getUint32(o) >>> 11
    const lo = view.getUint32(o + 4)
    return (hi * 4294967296 + lo + 1) / 2 ** 53
  }
  for (let p = 0; p < pairs; p++) {
    const r = Math.sqrt(-2 * Math.log(uniform(p * 16)))
    const theta = 2 * Math.PI * uniform(p * 16 + 8)
    out[2 * p] = std * r * Math.cos(theta)
    if (2 * p + 1 < length) out[2 * p + 1] = std * r * Math.sin(theta)
  }
  return out
}

/** Steps 1–4: the weighted, clipped, noised update, in float64. */
export function privatizeWeightedUpdate(input: {
  spec: JobSpec
  globalWeights: Float32Array
  localWeights: Float32Array
  exampleCount: number
  participants: number
  random: RandomSource
}): { payload: Float64Array; clipped: boolean } {
  const { spec, globalWeights, localWeights } = input
  if (localWeights.length !== globalWeights.length) {
    throw roundError("ROUND_TRAINING_FAILED", `training returned ${localWeights.length} weights, the model has ${globalWeights.length}`)
  }
  if (!(Number.isSafeInteger(input.exampleCount) && input.exampleCount >= 1 && input.exampleCount <= 0xffffffff)) {
    throw roundError("ROUND_TRAINING_FAILED", `training reported ${input.exampleCount} examples (need ≥ 1 consenting patient)`)
  }
  const delta = new Float64Array(globalWeights.length)
  let sq = 0
  for (let i = 0; i < delta.length; i++) {
    const d = localWeights[i] - globalWeights[i]
    if (!Number.isFinite(d)) throw roundError("ROUND_TRAINING_FAILED", "training returned non-finite weights")
    delta[i] = d
    sq += d * d
  }
  const { clipNorm } = spec.privacy
  const norm = Math.sqrt(sq)
  const clipped = clipNorm > 0 && norm > clipNorm
  if (clipped) {
    const scale = clipNorm / norm
    for (let i = 0; i < delta.length; i++) delta[i] *= scale
  }
  if (isDpJob(spec)) {
    const std = noiseShareStd({ clipNorm, noiseMultiplier: spec.privacy.noiseMultiplier }, input.participants)
    const noise = secretGaussian(input.random, delta.length, std)
    for (let i = 0; i < delta.length; i++) delta[i] += noise[i]
  }
  const w = aggregationWeight(spec, input.exampleCount)
  if (w !== 1) for (let i = 0; i < delta.length; i++) delta[i] *= w
  return { payload: delta, clipped }
}

export type ProtectInput = {
  mode: AggregationMode
  payload: Float64Array
  jobId: Uint8Array
  round: number
  attempt: number
  ownOrg: string
  /** The committed roster, in the roster's order, with the mask keys of the attempt (masked/secure). */
  roster: readonly RosterEntry[]
  maskSecretKey?: Uint8Array
  he?: HeContext
  hePublicKey?: Uint8Array
  /** An encryptor for `hePublicKey` the caller keeps (with precomputed encryptions of zero); else one is made and deleted. */
  encryptor?: UpdateEncryptor
  /** Phase timing (timing.ts): called after quantize_mask and after encrypt. */
  mark?: (phase: string) => void
}

/** The ring and fixed point of a masked mode: Z_t for masking only, the BFV plaintext ring Z_{2^44} for secure. */
export function fixedPointOf(mode: AggregationMode): FixedPointParams {
  return mode === "secure" ? secureFixedPoint : defaultFixedPoint
}

/** Step 5: the bytes that go into MaskedUpdate.chunks (before chunking). */
export function protectUpdate(input: ProtectInput): Uint8Array {
  const masked = maskedOf(input)
  input.mark?.("quantize_mask")
  if (masked instanceof Uint8Array) return masked
  if (input.mode === "masked") return encodeMaskedUpdate(masked)
  const encryptor = encryptorOf(input)
  try {
    const encrypted = encryptor.encrypt(masked)
    input.mark?.("encrypt")
    return encodeEncryptedUpdate(encrypted)
  } finally {
    if (encryptor !== input.encryptor) encryptor.delete()
  }
}

/** `protectUpdate`, letting the event loop run between ciphertext chunks (secure mode). */
export async function protectUpdateAsync(input: ProtectInput, yieldControl: () => Promise<void>): Promise<Uint8Array> {
  const masked = maskedOf(input)
  input.mark?.("quantize_mask")
  if (masked instanceof Uint8Array) return masked
  if (input.mode === "masked") return encodeMaskedUpdate(masked)
  const encryptor = encryptorOf(input)
  try {
    const encrypted = await encryptor.encryptAsync(masked, yieldControl)
    input.mark?.("encrypt")
    return encodeEncryptedUpdate(encrypted)
  } finally {
    if (encryptor !== input.encryptor) encryptor.delete()
  }
}

function encryptorOf(input: ProtectInput): UpdateEncryptor {
  if (input.encryptor !== undefined) return input.encryptor
  if (input.he === undefined || input.hePublicKey === undefined) throw roundError("ROUND_MISSING_CONTEXT", "secure mode needs the HE context and the job's public key")
  return createUpdateEncryptor(input.he, input.hePublicKey)
}

/** Plain mode: the wire bytes; masked/secure: the masked update in Z_t. */
function maskedOf(input: ProtectInput): Uint8Array | ReturnType<typeof maskQuantizedUpdate> {
  if (input.mode === "plain") return float32ToBytes(Float32Array.from(input.payload))
  if (input.maskSecretKey === undefined) throw roundError("ROUND_MISSING_CONTEXT", "no mask key for this attempt (RoundPrepare was not answered by this node)")
  const fixedPoint = fixedPointOf(input.mode)
  const quantized = quantize(input.payload, fixedPoint, input.roster.length)
  const masked = maskQuantizedUpdate({
    quantized,
    ownId: input.ownOrg,
    ownSecretKey: input.maskSecretKey,
    roster: input.roster,
    roundId: { jobId: toHex(input.jobId), round: input.round, attempt: input.attempt },
    fixedPoint,
  })
  return masked
}
