/**
 * BFV parameters for secure aggregation (Fan, Vercauteren, "Somewhat Practical Fully Homomorphic
 * Encryption", ePrint 2012/144; Brakerski, CRYPTO 2012), as implemented by Microsoft SEAL 4.1.
 *
 * Only ciphertext + ciphertext additions are ever evaluated, so the modulus chain is chosen for
 * noise headroom of additions, not for multiplicative depth. See docs/secure-aggregation.md for
 * the measurements behind these choices (and CKKS for comparison).
 *
 * - N = 4096: the smallest ring with a 128-bit-secure modulus (≤ 109 bits, HomomorphicEncryption.org
 *   standard table) that leaves room for a 50-bit plaintext modulus; 4096 batching slots.
 * - q = 54 + 38 bits for data, 17-bit special prime (key level 109 bits: tc128). SEAL drops the last
 *   prime at the data level, so ciphertexts carry two 64-bit words per coefficient: 128 KiB per
 *   4096 slots. A fresh ciphertext has ~35 bits of invariant noise budget; each doubling of the
 *   number of summed ciphertexts costs ~1 bit.
 * - t = MEDMESH_MODULUS (50-bit batching prime): the ring of the fixed-point encoding and masks.
 */
import { MEDMESH_MODULUS } from "../secagg/fixedPoint.ts"

export type HeParams = {
  polyModulusDegree: number
  coeffModulusBits: readonly number[]
  plainModulusBits: number
  /** The plaintext modulus SEAL must pick for `plainModulusBits`; asserted at context creation. */
  plainModulus: number
}

export const defaultHeParams: HeParams = Object.freeze({
  polyModulusDegree: 4096,
  coeffModulusBits: Object.freeze([54, 38, 17]),
  plainModulusBits: 50,
  plainModulus: MEDMESH_MODULUS,
})

/** An encrypted update may hold at most this many ciphertexts (2^27 parameters at N = 4096). */
export const MAX_CHUNKS = 32_768
