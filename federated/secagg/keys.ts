/**
 * Per-round X25519 key pairs and pairwise seeds (Bonawitz et al., CCS 2017, §4, "KA.agree"):
 * seed_ij = HKDF-SHA256(X25519(sk_i, pk_j), salt = job id ‖ round ‖ attempt, info = "medmesh/secagg/v1").
 * X25519: RFC 7748; HKDF: RFC 5869. Raw 32-byte keys on the wire.
 */
import { createPrivateKey, createPublicKey, diffieHellman, hkdfSync, randomBytes, type KeyObject } from "node:crypto"
import { assertBytes, concatBytes, utf8 } from "../../common/bytes.ts"
import { SecaggError } from "./errors.ts"

export const SECAGG_INFO = "medmesh/secagg/v1"
export const X25519_KEY_BYTES = 32
export const MASK_SEED_BYTES = 32

// DER prefixes of PKCS#8 / SPKI for X25519 (RFC 8410); node:crypto takes raw keys only this way.
const PKCS8_X25519_PREFIX = Uint8Array.from([0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x6e, 0x04, 0x22, 0x04, 0x20])
const SPKI_X25519_PREFIX = Uint8Array.from([0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x6e, 0x03, 0x21, 0x00])

/** Identifies one attempt of one round of one job; a dropout restart increments `attempt`. */
export type SecaggRoundId = { jobId: string; round: number; attempt: number }

export type SecaggKeyPair = { secretKey: Uint8Array; publicKey: Uint8Array }

/** A fresh key pair for one round attempt; `secretKey` may be given (tests) as 32 bytes. */
export function generateSecaggKeyPair(secretKey: Uint8Array = randomBytes(X25519_KEY_BYTES)): SecaggKeyPair {
  assertBytes("secretKey", secretKey, X25519_KEY_BYTES)
  const sk = privateKeyObject(secretKey)
  const spki = createPublicKey(sk).export({ format: "der", type: "spki" })
  return { secretKey: new Uint8Array(secretKey), publicKey: new Uint8Array(spki.subarray(SPKI_X25519_PREFIX.length)) }
}

export function assertRoundId(title: string, id: SecaggRoundId): void {
  if (typeof id.jobId !== "string" || id.jobId.length === 0 || utf8.encode(id.jobId).length > 0xffff) {
    throw new SecaggError({ code: "SECAGG_INVALID_PARAMETER", parameter: `${title}.jobId` }, `${title}.jobId must be a non-empty string`)
  }
  for (const k of ["round", "attempt"] as const) {
    const v = id[k]
    if (!(Number.isInteger(v) && v >= 0 && v <= 0xffffffff)) {
      throw new SecaggError({ code: "SECAGG_INVALID_PARAMETER", parameter: `${title}.${k}` }, `${title}.${k} must be a uint32`)
    }
  }
}

/** salt = u16 len ‖ utf8(jobId) ‖ u32be round ‖ u32be attempt: unambiguous, one per round attempt. */
export function secaggSalt(id: SecaggRoundId): Uint8Array {
  assertRoundId("roundId", id)
  const job = utf8.encode(id.jobId)
  const tail = new Uint8Array(10)
  const view = new DataView(tail.buffer)
  view.setUint16(0, job.length)
  view.setUint32(2, id.round)
  view.setUint32(6, id.attempt)
  return concatBytes(tail.subarray(0, 2), job, tail.subarray(2))
}

/** The seed both ends of a pair derive: symmetric in (i, j) because X25519 is. */
export function derivePairSeed(ownSecretKey: Uint8Array, peerPublicKey: Uint8Array, id: SecaggRoundId, peerId: string): Uint8Array {
  assertBytes("ownSecretKey", ownSecretKey, X25519_KEY_BYTES)
  assertBytes("peerPublicKey", peerPublicKey, X25519_KEY_BYTES)
  let shared: Uint8Array
  try {
    const pub = createPublicKey({ key: Buffer.from(concatBytes(SPKI_X25519_PREFIX, peerPublicKey)), format: "der", type: "spki" })
    shared = diffieHellman({ privateKey: privateKeyObject(ownSecretKey), publicKey: pub })
  } catch (err) {
    // A low-order peer key makes X25519 output all zeros; OpenSSL refuses it (RFC 7748 §6.1).
    if (err instanceof Error) throw new SecaggError({ code: "SECAGG_INVALID_KEY", participantId: peerId }, `public key of ${peerId} rejected`)
    throw err
  }
  return new Uint8Array(hkdfSync("sha256", shared, secaggSalt(id), utf8.encode(SECAGG_INFO), MASK_SEED_BYTES))
}

function privateKeyObject(secretKey: Uint8Array): KeyObject {
  return createPrivateKey({ key: Buffer.from(concatBytes(PKCS8_X25519_PREFIX, secretKey)), format: "der", type: "pkcs8" })
}
