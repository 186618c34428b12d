/**
 * Signing and verification dispatched on the wire key type (medmesh.common.v1.KeyType). common/
 * may not import protocol/, so the enum values are repeated here; a test pins them to the .proto.
 */
import { ed25519PublicKey, generateEd25519, signEd25519, verifyEd25519 } from "./ed25519.ts"
import { CryptoError } from "./errors.ts"
import { generateP256, p256PublicKey, signP256, verifyP256 } from "./p256.ts"

export const KEY_TYPE_ED25519 = 1
export const KEY_TYPE_P256 = 2
export type SigningKeyType = typeof KEY_TYPE_ED25519 | typeof KEY_TYPE_P256

/** Structurally a medmesh.common.v1.IPublicKey. */
export type PublicKeyLike = { type?: number | null; key?: Uint8Array | null }

export type SigningKeyPair = { type: SigningKeyType; publicKey: Uint8Array; secretKey: Uint8Array }

function unsupported(keyType: unknown): CryptoError {
  const n = typeof keyType === "number" ? keyType : -1
  return new CryptoError({ code: "CRYPTO_UNSUPPORTED_KEY_TYPE", keyType: n }, `key type ${n}: not a signing key type`)
}

export function generateSigningKey(type: SigningKeyType): SigningKeyPair {
  if (type === KEY_TYPE_ED25519) return { type, ...generateEd25519() }
  if (type === KEY_TYPE_P256) return { type, ...generateP256() }
  throw unsupported(type)
}

export function signingPublicKey(type: SigningKeyType, secretKey: Uint8Array): Uint8Array {
  if (type === KEY_TYPE_ED25519) return ed25519PublicKey(secretKey)
  if (type === KEY_TYPE_P256) return p256PublicKey(secretKey)
  throw unsupported(type)
}

export function signWith(type: SigningKeyType, secretKey: Uint8Array, message: Uint8Array): Uint8Array {
  if (type === KEY_TYPE_ED25519) return signEd25519(secretKey, message)
  if (type === KEY_TYPE_P256) return signP256(secretKey, message)
  throw unsupported(type)
}

/** True iff `signature` is valid for `bytes` under `publicKey`. Never throws: unknown types and malformed keys are invalid. */
export function verifySigned(publicKey: PublicKeyLike | null | undefined, bytes: Uint8Array, signature: Uint8Array | null | undefined): boolean {
  if (publicKey == null || !(publicKey.key instanceof Uint8Array) || !(signature instanceof Uint8Array)) return false
  if (publicKey.type === KEY_TYPE_ED25519) return verifyEd25519(publicKey.key, bytes, signature)
  if (publicKey.type === KEY_TYPE_P256) return verifyP256(publicKey.key, bytes, signature)
  return false
}
