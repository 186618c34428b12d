/**
 * ECDSA P-256 on node:crypto, for patient keys (a phone passkey signs with P-256). Public keys are
 * 33-byte compressed SEC1 points, signatures 64-byte r ‖ s over SHA-256 of the message.
 * Local to node/identity until common/crypto grows a P-256 helper; @noble/curves cross-checks it
 * in test/node/identity.test.ts.
 */
import { ECDH, createECDH, createPrivateKey, createPublicKey, generateKeyPairSync, sign as nodeSign, verify as nodeVerify, type KeyObject } from "node:crypto"
import { assertBytes, concatBytes } from "../../common/bytes.ts"

export const P256_PUBLIC_KEY_BYTES = 33
export const P256_SECRET_KEY_BYTES = 32
export const P256_SIGNATURE_BYTES = 64

// SPKI DER header of an uncompressed P-256 public key (id-ecPublicKey, prime256v1).
const SPKI_UNCOMPRESSED_PREFIX = Uint8Array.from(Buffer.from("3059301306072a8648ce3d020106082a8648ce3d030107034200", "hex"))

export type P256KeyPair = { publicKey: Uint8Array; secretKey: Uint8Array }

export function generateP256(): P256KeyPair {
  const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" })
  const jwk = privateKey.export({ format: "jwk" })
  const secretKey = new Uint8Array(Buffer.from(jwk.d ?? "", "base64url"))
  return { secretKey, publicKey: p256PublicKey(secretKey) }
}

export function p256PublicKey(secretKey: Uint8Array): Uint8Array {
  assertBytes("p256 secretKey", secretKey, P256_SECRET_KEY_BYTES)
  const ecdh = ECDH_FOR(secretKey)
  return new Uint8Array(ecdh.getPublicKey(undefined, "compressed"))
}

function ECDH_FOR(secretKey: Uint8Array): ECDH {
  const ecdh = createECDH("prime256v1")
  ecdh.setPrivateKey(secretKey)
  return ecdh
}

function privateKeyObject(secretKey: Uint8Array): KeyObject {
  const uncompressed = ECDH_FOR(secretKey).getPublicKey()
  return createPrivateKey({
    key: {
      kty: "EC",
      crv: "P-256",
      d: Buffer.from(secretKey).toString("base64url"),
      x: uncompressed.subarray(1, 33).toString("base64url"),
      y: uncompressed.subarray(33, 65).toString("base64url"),
    },
    format: "jwk",
  })
}

function publicKeyObject(publicKey: Uint8Array): KeyObject {
  const uncompressed = ECDH.convertKey(publicKey, "prime256v1", undefined, undefined, "uncompressed") as Buffer
  return createPublicKey({ key: Buffer.from(concatBytes(SPKI_UNCOMPRESSED_PREFIX, uncompressed)), format: "der", type: "spki" })
}

export function signP256(secretKey: Uint8Array, message: Uint8Array): Uint8Array {
  assertBytes("p256 secretKey", secretKey, P256_SECRET_KEY_BYTES)
  return new Uint8Array(nodeSign("sha256", message, { key: privateKeyObject(secretKey), dsaEncoding: "ieee-p1363" }))
}

/** Never throws on malformed input: an off-curve point or wrong-length signature is simply invalid. */
export function verifyP256(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  if (!(publicKey instanceof Uint8Array) || publicKey.length !== P256_PUBLIC_KEY_BYTES) return false
  if (!(signature instanceof Uint8Array) || signature.length !== P256_SIGNATURE_BYTES) return false
  try {
    return nodeVerify("sha256", message, { key: publicKeyObject(publicKey), dsaEncoding: "ieee-p1363" }, signature)
  } catch {
    return false
  }
}
