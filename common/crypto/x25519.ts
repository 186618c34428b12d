/** X25519 key agreement on node:crypto (RFC 7748). @noble/curves is the reference in tests. */
import { createPrivateKey, createPublicKey, diffieHellman, generateKeyPairSync } from "node:crypto"
import { assertBytes } from "../bytes.ts"
import { CryptoError } from "./errors.ts"

export const X25519_PUBLIC_KEY_BYTES = 32
export const X25519_SECRET_KEY_BYTES = 32
export const X25519_SHARED_SECRET_BYTES = 32

// DER prefixes of PKCS#8 private and SPKI public X25519 keys (RFC 8410).
const PKCS8_PREFIX = Uint8Array.from(Buffer.from("302e020100300506032b656e04220420", "hex"))
const SPKI_PREFIX = Uint8Array.from(Buffer.from("302a300506032b656e032100", "hex"))

export type X25519KeyPair = { publicKey: Uint8Array; secretKey: Uint8Array }

export function generateX25519(): X25519KeyPair {
  const { privateKey, publicKey } = generateKeyPairSync("x25519")
  return {
    secretKey: new Uint8Array(privateKey.export({ format: "der", type: "pkcs8" }).subarray(PKCS8_PREFIX.length)),
    publicKey: new Uint8Array(publicKey.export({ format: "der", type: "spki" }).subarray(SPKI_PREFIX.length)),
  }
}

function privateKeyObject(secretKey: Uint8Array) {
  assertBytes("x25519 secretKey", secretKey, X25519_SECRET_KEY_BYTES)
  return createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, secretKey]), format: "der", type: "pkcs8" })
}

export function x25519PublicKey(secretKey: Uint8Array): Uint8Array {
  return new Uint8Array(createPublicKey(privateKeyObject(secretKey)).export({ format: "der", type: "spki" }).subarray(SPKI_PREFIX.length))
}

/**
 * X25519(secret, peer public). Throws CRYPTO_INVALID_KEY for a wrong-length key or a low-order
 * peer key (all-zero shared secret, RFC 7748 §6.1), which OpenSSL refuses.
 */
export function x25519SharedSecret(secretKey: Uint8Array, peerPublicKey: Uint8Array): Uint8Array {
  if (!(peerPublicKey instanceof Uint8Array) || peerPublicKey.length !== X25519_PUBLIC_KEY_BYTES) {
    throw new CryptoError({ code: "CRYPTO_INVALID_KEY", key: "x25519 peerPublicKey", reason: "expected 32 bytes" }, "x25519 peerPublicKey: expected 32 bytes")
  }
  const privateKey = privateKeyObject(secretKey)
  try {
    const publicKey = createPublicKey({ key: Buffer.concat([SPKI_PREFIX, peerPublicKey]), format: "der", type: "spki" })
    const shared = new Uint8Array(diffieHellman({ privateKey, publicKey }))
    if (shared.every((b) => b === 0)) throw new Error("all-zero shared secret")
    return shared
  } catch (err) {
    if (err instanceof CryptoError) throw err
    throw new CryptoError({ code: "CRYPTO_INVALID_KEY", key: "x25519 peerPublicKey", reason: "low-order point" }, "x25519 peerPublicKey: low-order point")
  }
}
