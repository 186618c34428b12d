/**
 * Ed25519. Keys and signing on node:crypto (OpenSSL); verification on libsodium (sodium-native's
 * prebuilt binding): 42 µs per verification here against 90 µs for node:crypto's one-shot
 * `verify` (OpenSSL 3 sets up an EVP context per call) and ~10x that for pure JS. Verification is
 * the largest single cost per tx on a validator (docs/ledger-operations.md), so it gets the fastest
 * implementation. Every node must agree on which signatures are valid (a tx's validity is
 * consensus-critical), so there is exactly one verifier: libsodium's `crypto_sign_verify_detached`
 * (RFC 8032 checks plus rejection of small-order and non-canonical points — stricter than OpenSSL
 * for crafted inputs, identical for every signature an honest signer produces).
 * @noble/curves is the cross-check in tests.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign as nodeSign, type KeyObject } from "node:crypto"
import sodium from "sodium-native"
import { assertBytes } from "../bytes.ts"

// DER prefixes of PKCS#8 private and SPKI public Ed25519 keys (RFC 8410).
const PKCS8_PREFIX = Uint8Array.from([0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20])
const SPKI_PREFIX = Uint8Array.from([0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00])

export const ED25519_PUBLIC_KEY_BYTES = 32
export const ED25519_SECRET_KEY_BYTES = 32
export const ED25519_SIGNATURE_BYTES = 64

export type Ed25519KeyPair = { publicKey: Uint8Array; secretKey: Uint8Array }

export function generateEd25519(): Ed25519KeyPair {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519")
  const secretKey = new Uint8Array(privateKey.export({ format: "der", type: "pkcs8" }).subarray(PKCS8_PREFIX.length))
  return { secretKey, publicKey: new Uint8Array(publicKey.export({ format: "der", type: "spki" }).subarray(SPKI_PREFIX.length)) }
}

export function ed25519PublicKey(secretKey: Uint8Array): Uint8Array {
  const pub = createPublicKey(privateKeyObject(secretKey))
  return new Uint8Array(pub.export({ format: "der", type: "spki" }).subarray(SPKI_PREFIX.length))
}

const privateCache = new WeakMap<Uint8Array, KeyObject>()
function privateKeyObject(secretKey: Uint8Array): KeyObject {
  assertBytes("ed25519 secretKey", secretKey, ED25519_SECRET_KEY_BYTES)
  let key = privateCache.get(secretKey)
  if (key === undefined) {
    key = createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, secretKey]), format: "der", type: "pkcs8" })
    privateCache.set(secretKey, key)
  }
  return key
}

export function signEd25519(secretKey: Uint8Array, message: Uint8Array): Uint8Array {
  return new Uint8Array(nodeSign(null, message, privateKeyObject(secretKey)))
}

/** Never throws on malformed input: a wrong-length key or signature is simply not valid. */
export function verifyEd25519(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  if (!(publicKey instanceof Uint8Array) || publicKey.length !== ED25519_PUBLIC_KEY_BYTES) return false
  if (!(signature instanceof Uint8Array) || signature.length !== ED25519_SIGNATURE_BYTES) return false
  if (!(message instanceof Uint8Array)) return false
  return sodium.crypto_sign_verify_detached(signature, message, publicKey)
}
