/**
 * BFV encryption of a plaintext m is Enc(0) + (⌊q·m/t⌉, 0) (Fan–Vercauteren §4; SEAL's
 * `multiply_add_plain_with_scaling_variant` computes the same rounding). SEAL's WASM build spends
 * ~1.1 ms per 4096 coefficients on that scaling (a 128-by-64-bit division per coefficient), as
 * much as the encryption of zero itself; with t = 2^k and a single data prime q it is a few exact
 * float64 operations per coefficient, so the encryptor asks SEAL only for Enc(0) and adds the
 * scaled plaintext here, into the serialized ciphertext's c0.
 *
 * ⌊q·m/t⌉ = ⌊(q·m + t/2) / t⌋ = Qh·m + ⌊(r·m + 2^(k−1)) / 2^k⌋ with q = Qh·2^k + r. Every
 * product below is split into k/2-bit halves so each partial product is < 2^53 and exact;
 * 60-bit residues are carried as two base-2^30 limbs.
 */
import { HeError } from "./errors.ts"

const B = 2 ** 30

export type ScalingConstants = {
  readonly k: number
  readonly half: number
  /** 2^(k/2): the split of m and r. */
  readonly split: number
  readonly qh: number
  readonly ql: number
  readonly Qh: number
  readonly rh: number
  readonly rl: number
}

/** Constants for t = 2^k (k even, 16 ≤ k ≤ 44) and one data prime q < 2^61. */
export function scalingConstants(q: bigint, t: number): ScalingConstants {
  const k = Math.log2(t)
  if (!(Number.isInteger(k) && k % 2 === 0 && k >= 16 && k <= 44)) {
    throw new HeError({ code: "HE_UNSUPPORTED_PARAMETERS", reason: `plain modulus ${t} is not 2^k with k even in [16, 44]` })
  }
  if (!(q > BigInt(t) && q < 2n ** 61n)) throw new HeError({ code: "HE_UNSUPPORTED_PARAMETERS", reason: "the data level must be one prime in (t, 2^61)" })
  const tk = BigInt(t)
  const split = 2 ** (k / 2)
  const r = Number(q % tk)
  return {
    k,
    half: 2 ** (k - 1),
    split,
    qh: Number(q / BigInt(B)),
    ql: Number(q % BigInt(B)),
    Qh: Number(q / tk),
    rh: Math.floor(r / split),
    rl: r % split,
  }
}

/**
 * c0[i] ← c0[i] + ⌊q·m_i/t⌉ mod q for i < count, c0 being `count`-or-more little-endian u64 words
 * at `offset` in `bytes`; m_i = values[base + i] (integers in [0, t), checked by the caller).
 */
export function addScaledPlain(bytes: Uint8Array, offset: number, values: Float64Array, base: number, count: number, c: ScalingConstants): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const { half, split, qh, ql, Qh, rh, rl, k } = c
  const t = 2 ** k
  const aShift = B / split // 2^(30 − k/2)
  for (let i = 0; i < count; i++) {
    const m = values[base + i]
    if (m === 0) continue
    const mh = Math.floor(m / split)
    const ml = m - mh * split
    // F = ⌊(r·m + 2^(k−1)) / 2^k⌋
    const M = rh * ml + rl * mh
    const Mh = Math.floor(M / split)
    const F = rh * mh + Mh + Math.floor(((M - Mh * split) * split + rl * ml + half) / t)
    // V = Qh·mh·2^(k/2) + (Qh·ml + F), in base-2^30 limbs
    const A = Qh * mh
    const Ahi = Math.floor(A / aShift)
    const C = Qh * ml + F
    const Chi = Math.floor(C / B)
    let lo = (A - Ahi * aShift) * split + (C - Chi * B)
    let hi = Ahi + Chi
    // + c0
    const o = offset + 8 * i
    const w0 = view.getUint32(o, true)
    const w1 = view.getUint32(o + 4, true)
    const x0 = w0 % B
    lo += x0
    hi += w1 * 4 + (w0 - x0) / B
    const carry = Math.floor(lo / B) // lo < 3·2^30
    lo -= carry * B
    hi += carry
    // mod q: V < 2^61 + 2^45 and c0 < q with q ≥ 2^59, so a few subtractions at most
    while (hi > qh || (hi === qh && lo >= ql)) {
      lo -= ql
      hi -= qh
      if (lo < 0) {
        lo += B
        hi -= 1
      }
    }
    const h4 = hi % 4
    view.setUint32(o, lo + h4 * B, true)
    view.setUint32(o + 4, (hi - h4) / 4, true)
  }
}
