/**
 * Fixed-point encoding of real-valued model updates into Z_t, the ring the pairwise masks
 * (masking.ts) and the BFV plaintext slots (federated/he) live in. Working mod t makes mask
 * cancellation exact and a masked value uniformly distributed (Bonawitz et al., "Practical Secure
 * Aggregation for Privacy-Preserving Machine Learning", CCS 2017, §4: inputs in Z_R).
 *
 * Elements of Z_t are held as integers in a Float64Array: t < 2^51, so a + b < 2^52 is exact.
 */
import { SecaggError } from "./errors.ts"

/**
 * The BFV plaintext modulus medmesh uses (federated/he/params.ts asserts SEAL chose the same):
 * the largest 50-bit prime ≡ 1 mod 8192, so it supports batching at N = 4096.
 */
export const MEDMESH_MODULUS = 1125899906826241

export type FixedPointParams = {
  /** t, an integer in [2, 2^51). */
  modulus: number
  /** Values are rounded to multiples of 2^-fractionalBits. */
  fractionalBits: number
}

/**
 * Masking-only mode: 30 fractional bits, resolution 9.3e-10; with t ≈ 2^50 the sum of all sites
 * must stay within ±2^19.
 */
export const defaultFixedPoint: FixedPointParams = Object.freeze({ modulus: MEDMESH_MODULUS, fractionalBits: 30 })

/**
 * Secure mode's ring: the BFV plaintext modulus 2^44 (federated/he/params.ts; a power of two, no
 * batching, one value per polynomial coefficient). 24 fractional bits: resolution 6.0e-8, and the
 * sum of all sites must stay within ±2^19 (each of n sites within ±2^19 / n), as in masking-only
 * mode. FedAvg updates are weighted by example counts (federated/round/update.ts), so this range
 * is what large hospitals need; 6e-8 keeps the aggregate within 1e-6 relative error.
 */
export const SECURE_MODULUS = 2 ** 44
export const secureFixedPoint: FixedPointParams = Object.freeze({ modulus: SECURE_MODULUS, fractionalBits: 24 })

export function assertFixedPointParams(title: string, p: FixedPointParams): void {
  if (!(Number.isInteger(p.modulus) && p.modulus >= 2 && p.modulus < 2 ** 51)) {
    throw new SecaggError({ code: "SECAGG_INVALID_PARAMETER", parameter: `${title}.modulus` }, `${title}.modulus must be an integer in [2, 2^51)`)
  }
  if (!(Number.isInteger(p.fractionalBits) && p.fractionalBits >= 0 && p.fractionalBits <= 48)) {
    throw new SecaggError({ code: "SECAGG_INVALID_PARAMETER", parameter: `${title}.fractionalBits` }, `${title}.fractionalBits must be in [0, 48]`)
  }
}

/**
 * Largest |value| one of `participants` sites may send so that the sum of all of them can still be
 * lifted back from Z_t without wrapping around.
 */
export function maxAbsValue(p: FixedPointParams, participants: number): number {
  return Math.floor((p.modulus - 1) / 2 / participants) / 2 ** p.fractionalBits
}

/** round(x · 2^f) mod t for every coordinate; throws if a value could make the sum wrap. */
export function quantize(values: Float64Array, p: FixedPointParams, participants: number): Float64Array {
  assertFixedPointParams("fixedPoint", p)
  if (!(Number.isInteger(participants) && participants >= 1)) {
    throw new SecaggError({ code: "SECAGG_INVALID_PARAMETER", parameter: "participants" }, "participants must be an integer >= 1")
  }
  const scale = 2 ** p.fractionalBits
  const bound = Math.floor((p.modulus - 1) / 2 / participants)
  const t = p.modulus
  const out = new Float64Array(values.length)
  for (let i = 0; i < values.length; i++) {
    const q = Math.round(values[i] * scale)
    if (!(Math.abs(q) <= bound)) {
      throw new SecaggError(
        { code: "SECAGG_VALUE_OUT_OF_RANGE", index: i, bound: bound / scale },
        `update coordinate ${i} is outside ±${bound / scale} (or not finite); clip the update first`,
      )
    }
    out[i] = q < 0 ? q + t : q
  }
  return out
}

/** Centred lift from Z_t to (−t/2, t/2], then divide by 2^f. */
export function dequantize(values: Float64Array, p: FixedPointParams): Float64Array {
  assertFixedPointParams("fixedPoint", p)
  const scale = 2 ** p.fractionalBits
  const t = p.modulus
  const half = Math.floor(t / 2)
  const out = new Float64Array(values.length)
  for (let i = 0; i < values.length; i++) {
    const v = values[i]
    out[i] = (v > half ? v - t : v) / scale
  }
  return out
}

/** a ← a + b mod t, in place. */
export function addModInPlace(a: Float64Array, b: Float64Array, modulus: number): void {
  if (a.length !== b.length) throw new SecaggError({ code: "SECAGG_LENGTH_MISMATCH", expected: a.length, got: b.length })
  for (let i = 0; i < a.length; i++) {
    const s = a[i] + b[i]
    a[i] = s >= modulus ? s - modulus : s
  }
}

/** a ← a − b mod t, in place. */
export function subModInPlace(a: Float64Array, b: Float64Array, modulus: number): void {
  if (a.length !== b.length) throw new SecaggError({ code: "SECAGG_LENGTH_MISMATCH", expected: a.length, got: b.length })
  for (let i = 0; i < a.length; i++) {
    const s = a[i] - b[i]
    a[i] = s < 0 ? s + modulus : s
  }
}

/** Σ vectors mod t (the aggregator's step in masking-only mode). */
export function sumMod(vectors: readonly Float64Array[], modulus: number): Float64Array {
  if (vectors.length === 0) throw new SecaggError({ code: "SECAGG_INVALID_PARAMETER", parameter: "vectors" }, "nothing to sum")
  const out = new Float64Array(vectors[0])
  for (let k = 1; k < vectors.length; k++) addModInPlace(out, vectors[k], modulus)
  return out
}
