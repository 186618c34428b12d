/**
 * Patient keys may be P-256 (a phone passkey signs with it). One implementation serves the whole
 * project: common/crypto/p256.ts (node:crypto, compressed keys, low-S r ‖ s signatures — the
 * ledger refuses high-S, so signing here must produce low-S too).
 */
export { P256_PUBLIC_KEY_BYTES, P256_SECRET_KEY_BYTES, P256_SIGNATURE_BYTES, generateP256, p256PublicKey, signP256, verifyP256 } from "../../common/crypto/p256.ts"
export type { P256KeyPair } from "../../common/crypto/p256.ts"
