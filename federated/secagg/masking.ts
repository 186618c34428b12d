/**
 * Pairwise additive masking (Bonawitz, Ivanov, Kreuter, Marcedone, McMahan, Patel, Ramage, Segal,
 * Seth, "Practical Secure Aggregation for Privacy-Preserving Machine Learning", CCS 2017, §4):
 * for every pair i < j (ordered by participant id, bytewise on UTF-8) a mask m_ij = PRG(seed_ij)
 * in Z_t^n; i sends y_i = x_i + Σ_{j>i} m_ij − Σ_{j<i} m_ji mod t. The masks cancel exactly in
 * Σ_i y_i. A participant that drops out does not get its seeds reconstructed (the paper's
 * secret-sharing recovery): the round restarts with the remaining roster, fresh keys and
 * `attempt + 1` (see `rosterWithout`), which is simpler and costs one extra round trip.
 *
 * PRG: AES-256-CTR keyed with the 32-byte seed, zero IV, as the paper's "PRG(s)" instantiation;
 * uniform elements of Z_t by rejection sampling on ⌈log2 t⌉-bit draws from 8-byte blocks.
 */
import { createCipheriv } from "node:crypto"
import { assertBytes, compareBytes, utf8 } from "../../common/bytes.ts"
import { SecaggError } from "./errors.ts"
import { addModInPlace, assertFixedPointParams, subModInPlace, type FixedPointParams } from "./fixedPoint.ts"
import { assertRoundId, derivePairSeed, MASK_SEED_BYTES, X25519_KEY_BYTES, type SecaggRoundId } from "./keys.ts"

export type RosterEntry = { participantId: string; publicKey: Uint8Array }

/**
 * The AES-256-CTR keystream of a mask seed and how a candidate is cut from each 8-byte block: the
 * low `bits` bits (bits = ⌈log2 modulus⌉, high word masked by `hiMask`), rejected if ≥ modulus.
 */
function maskKeystream(seed: Uint8Array, modulus: number): { cipher: ReturnType<typeof createCipheriv>; hiBits: number; hiMask: number; loMask: number } {
  assertBytes("seed", seed, MASK_SEED_BYTES)
  if (!(Number.isInteger(modulus) && modulus >= 2 && modulus < 2 ** 51)) {
    throw new SecaggError({ code: "SECAGG_INVALID_PARAMETER", parameter: "modulus" }, "modulus must be an integer in [2, 2^51)")
  }
  const bits = Math.ceil(Math.log2(modulus))
  const hiBits = Math.max(0, bits - 32)
  return {
    cipher: createCipheriv("aes-256-ctr", seed, new Uint8Array(16)),
    hiBits,
    hiMask: hiBits === 0 ? 0 : 2 ** hiBits - 1,
    loMask: bits >= 32 ? 0xffffffff : 2 ** bits - 1,
  }
}

/** Expand a 32-byte seed into `length` uniform elements of Z_modulus (modulus < 2^51). */
export function expandMask(seed: Uint8Array, length: number, modulus: number): Float64Array {
  const { cipher, hiBits, hiMask, loMask } = maskKeystream(seed, modulus)
  const out = new Float64Array(length)
  let filled = 0
  // Over-draw a little: the rejection rate is (2^bits − t) / 2^bits, ~1e-11 for MEDMESH_MODULUS.
  let blockCount = length + 16
  while (filled < length) {
    const stream = cipher.update(new Uint8Array(blockCount * 8))
    const words = new Uint32Array(stream.buffer, stream.byteOffset, blockCount * 2)
    for (let k = 0; k < blockCount && filled < length; k++) {
      const lo = (words[2 * k] & loMask) >>> 0
      const r = hiBits === 0 ? lo : (words[2 * k + 1] & hiMask) * 4294967296 + lo
      if (r < modulus) out[filled++] = r
    }
    blockCount = Math.max(16, (length - filled) * 2)
  }
  return out
}

export function compareParticipantIds(a: string, b: string): number {
  return compareBytes(utf8.encode(a), utf8.encode(b))
}

export function assertRoster(title: string, roster: readonly RosterEntry[]): void {
  const seen = new Set<string>()
  for (const entry of roster) {
    if (typeof entry.participantId !== "string" || entry.participantId.length === 0) {
      throw new SecaggError({ code: "SECAGG_INVALID_ROSTER", reason: "empty participant id" }, `${title}: empty participant id`)
    }
    if (seen.has(entry.participantId)) {
      throw new SecaggError({ code: "SECAGG_INVALID_ROSTER", reason: "duplicate participant id" }, `${title}: duplicate ${entry.participantId}`)
    }
    seen.add(entry.participantId)
    assertBytes(`${title}[${entry.participantId}].publicKey`, entry.publicKey, X25519_KEY_BYTES)
  }
  if (roster.length < 2) {
    throw new SecaggError({ code: "SECAGG_INVALID_ROSTER", reason: "fewer than 2 participants" }, `${title}: masking needs at least 2 participants`)
  }
}

/**
 * The sum of this participant's pairwise masks, Σ_{j>i} m_ij − Σ_{j<i} m_ji mod t.
 * The roster must contain the participant itself (its public key is not used).
 */
export function pairwiseMaskSum(input: {
  ownId: string
  ownSecretKey: Uint8Array
  roster: readonly RosterEntry[]
  roundId: SecaggRoundId
  length: number
  modulus: number
}): Float64Array {
  assertRoster("roster", input.roster)
  assertRoundId("roundId", input.roundId)
  if (!input.roster.some((e) => e.participantId === input.ownId)) {
    throw new SecaggError({ code: "SECAGG_INVALID_ROSTER", reason: "self not in roster" }, `roster does not contain ${input.ownId}`)
  }
  const total = new Float64Array(input.length)
  for (const peer of input.roster) {
    if (peer.participantId === input.ownId) continue
    const seed = derivePairSeed(input.ownSecretKey, peer.publicKey, input.roundId, peer.participantId)
    accumulateMask(total, seed, input.modulus, compareParticipantIds(input.ownId, peer.participantId) < 0 ? 1 : -1)
  }
  return total
}

/** Blocks of keystream per AES call in `accumulateMask` (64 KiB: fresh, aligned Buffers). */
const SLAB_BLOCKS = 8192

/**
 * total ← total ± expandMask(seed, total.length, modulus) mod modulus, without materialising the
 * mask: the same keystream, consumed in order, the same rejection rule, so the values are exactly
 * expandMask's (test/federated/secagg/masking.test.ts checks it).
 */
export function accumulateMask(total: Float64Array, seed: Uint8Array, modulus: number, sign: 1 | -1): void {
  const { cipher, hiBits, hiMask, loMask } = maskKeystream(seed, modulus)
  const zeros = new Uint8Array(SLAB_BLOCKS * 8)
  const length = total.length
  let i = 0
  while (i < length) {
    const stream = cipher.update(zeros)
    const words = new Uint32Array(stream.buffer, stream.byteOffset, SLAB_BLOCKS * 2)
    for (let k = 0; k < SLAB_BLOCKS && i < length; k++) {
      const lo = (words[2 * k] & loMask) >>> 0
      const r = hiBits === 0 ? lo : (words[2 * k + 1] & hiMask) * 4294967296 + lo
      if (r >= modulus) continue
      const v = sign === 1 ? total[i] + r : total[i] - r
      total[i++] = v >= modulus ? v - modulus : v < 0 ? v + modulus : v
    }
  }
}

/** y = x + masks mod t, for an update already quantised into Z_t (fixedPoint.quantize). */
export function maskQuantizedUpdate(input: {
  quantized: Float64Array
  ownId: string
  ownSecretKey: Uint8Array
  roster: readonly RosterEntry[]
  roundId: SecaggRoundId
  fixedPoint: FixedPointParams
}): Float64Array {
  assertFixedPointParams("fixedPoint", input.fixedPoint)
  const masked = pairwiseMaskSum({ ...input, length: input.quantized.length, modulus: input.fixedPoint.modulus })
  addModInPlace(masked, input.quantized, input.fixedPoint.modulus)
  return masked
}

/**
 * The roster of the restarted attempt after `dropped` left: same order, without them. Every
 * remaining participant must generate a fresh key pair for the new attempt; seeds of the old
 * attempt are never reused or reconstructed.
 */
export function rosterWithout(roster: readonly RosterEntry[], dropped: readonly string[]): string[] {
  const gone = new Set(dropped)
  return roster.map((e) => e.participantId).filter((id) => !gone.has(id))
}
