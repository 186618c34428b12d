/**
 * NIST P-256 ECDSA with SHA-256, so that a phone passkey can sign for a patient.
 * Wire format: 33-byte compressed SEC1 public keys and 64-byte r‖s signatures with low S
 * (s ≤ n/2). A high-S signature is the same signature twice over (malleable), so `verifyP256`
 * refuses it and `signP256` never makes one; passkey clients must normalise (s → n − s).
 * Sign and verify run on node:crypto (OpenSSL); @noble/curves only converts compressed points
 * and is the reference in tests.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign as nodeSign, verify as nodeVerify, type KeyObject } from "node:crypto"
import { p256 } from "@noble/curves/nist.js"
import { assertBytes, concatBytes } from "../bytes.ts"

export const P256_PUBLIC_KEY_BYTES = 33
export const P256_SECRET_KEY_BYTES = 32
export const P256_SIGNATURE_BYTES = 64

/** Group order n and n/2 (low-S bound). */
const N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n
const HALF_N = N >> 1n

// SPKI DER prefix of an uncompressed P-256 public key (id-ecPublicKey, prime256v1, BIT STRING 0x04‖x‖y).
const SPKI_PREFIX = Uint8Array.from(Buffer.from("3059301306072a8648ce3d020106082a8648ce3d030107034200", "hex"))

export type P256KeyPair = { publicKey: Uint8Array; secretKey: Uint8Array }

const b64url = (b: Uint8Array): string => Buffer.from(b).toString("base64url")
const fromB64url = (s: string | undefined): Uint8Array => new Uint8Array(Buffer.from(s ?? "", "base64url"))

export function generateP256(): P256KeyPair {
  const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" })
  const jwk = privateKey.export({ format: "jwk" })
  const secretKey = fromB64url(jwk.d)
  return { secretKey, publicKey: p256PublicKey(secretKey) }
}

/** Compressed (33-byte) public key of a 32-byte secret scalar. */
export function p256PublicKey(secretKey: Uint8Array): Uint8Array {
  assertBytes("p256 secretKey", secretKey, P256_SECRET_KEY_BYTES)
  return p256.getPublicKey(secretKey, true)
}

/** 65-byte uncompressed point of a compressed one; throws if not on the curve. */
export function p256Decompress(publicKey: Uint8Array): Uint8Array {
  assertBytes("p256 publicKey", publicKey, P256_PUBLIC_KEY_BYTES)
  return p256.Point.fromBytes(publicKey).toBytes(false)
}

const privateCache = new WeakMap<Uint8Array, KeyObject>()
function privateKeyObject(secretKey: Uint8Array): KeyObject {
  let key = privateCache.get(secretKey)
  if (key === undefined) {
    const point = p256.getPublicKey(secretKey, false)
    key = createPrivateKey({
      key: { kty: "EC", crv: "P-256", d: b64url(secretKey), x: b64url(point.subarray(1, 33)), y: b64url(point.subarray(33, 65)) },
      format: "jwk",
    })
    privateCache.set(secretKey, key)
  }
  return key
}

const publicCache = new Map<string, KeyObject | null>()
const PUBLIC_CACHE_MAX = 4096
/** null when the bytes are not a point on the curve. */
function publicKeyObject(publicKey: Uint8Array): KeyObject | null {
  const id = Buffer.from(publicKey).toString("hex")
  let key = publicCache.get(id)
  if (key === undefined) {
    try {
      key = createPublicKey({ key: Buffer.from(concatBytes(SPKI_PREFIX, p256Decompress(publicKey))), format: "der", type: "spki" })
    } catch {
      key = null
    }
    if (publicCache.size >= PUBLIC_CACHE_MAX) publicCache.clear()
    publicCache.set(id, key)
  }
  return key
}

function readScalar(b: Uint8Array): bigint {
  return BigInt("0x" + Buffer.from(b).toString("hex"))
}

function writeScalar(n: bigint): Uint8Array {
  return Uint8Array.from(Buffer.from(n.toString(16).padStart(64, "0"), "hex"))
}

/** ECDSA P-256 / SHA-256 over `message`; 64-byte r‖s with low S. */
export function signP256(secretKey: Uint8Array, message: Uint8Array): Uint8Array {
  assertBytes("p256 secretKey", secretKey, P256_SECRET_KEY_BYTES)
  assertBytes("message", message)
  const sig = new Uint8Array(nodeSign("sha256", message, { key: privateKeyObject(secretKey), dsaEncoding: "ieee-p1363" }))
  const s = readScalar(sig.subarray(32))
  if (s > HALF_N) sig.set(writeScalar(N - s), 32)
  return sig
}

/** Never throws on malformed input: a wrong-length or off-curve key, or a high-S signature, is simply not valid. */
export function verifyP256(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  if (!(publicKey instanceof Uint8Array) || publicKey.length !== P256_PUBLIC_KEY_BYTES) return false
  if (!(signature instanceof Uint8Array) || signature.length !== P256_SIGNATURE_BYTES) return false
  if (!(message instanceof Uint8Array)) return false
  const r = readScalar(signature.subarray(0, 32))
  const s = readScalar(signature.subarray(32))
  if (r === 0n || r >= N || s === 0n || s > HALF_N) return false
  const key = publicKeyObject(publicKey)
  if (key === null) return false
  try {
    return nodeVerify("sha256", message, { key, dsaEncoding: "ieee-p1363" }, signature)
  } catch {
    return false
  }
}
