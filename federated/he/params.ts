/**
 * BFV parameters for secure aggregation (Fan, Vercauteren, "Somewhat Practical Fully Homomorphic
 * Encryption", ePrint 2012/144; Brakerski, CRYPTO 2012), as implemented by Microsoft SEAL 4.1.
 *
 * Only ciphertext + ciphertext additions are ever evaluated, so the modulus chain is chosen for
 * noise headroom of additions, not for multiplicative depth, and the plaintext is not batched:
 * addition is coefficient-wise on the plaintext polynomial exactly as it is slot-wise on batched
 * slots, so the update's values go straight into the N coefficients (no NTT encoding) and t need
 * not be an NTT prime. See docs/secure-aggregation.md for the measurements behind these choices.
 *
 * - N = 4096: 4096 values per ciphertext; total coeff modulus ≤ 109 bits for 128-bit security
 *   (HomomorphicEncryption.org standard table; SEAL enforces tc128).
 * - q = one 60-bit data prime + a 49-bit special prime (SEAL drops the special prime at the data
 *   level): one 64-bit word per coefficient, 64 KiB per 4096 values — half the bytes, half the
 *   per-ciphertext add/decrypt work of the earlier two-prime data level [54, 38, 17].
 * - t = 2^44 (SECURE_MODULUS): a fresh ciphertext has ~9 bits of invariant noise budget, each
 *   doubling of the number of summed ciphertexts costs ~1 bit (measured: 3 bits left after 64, so
 *   a few hundred sites at most; the key holder refuses a sum whose budget is gone). A power of two
 *   also makes the plaintext scaling Δ·m exact and cheap in JS (scaling.ts) and the pairwise masks
 *   plain AES output bits.
 */
import { SECURE_MODULUS } from "../secagg/fixedPoint.ts"

export type HeParams = {
  polyModulusDegree: number
  coeffModulusBits: readonly number[]
  /** t, a power of two below 2^45 (scaling.ts relies on both). */
  plainModulus: number
}

export const defaultHeParams: HeParams = Object.freeze({
  polyModulusDegree: 4096,
  coeffModulusBits: Object.freeze([60, 49]),
  plainModulus: SECURE_MODULUS,
})

/** An encrypted update may hold at most this many ciphertexts (2^27 parameters at N = 4096). */
export const MAX_CHUNKS = 32_768
