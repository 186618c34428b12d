// The part of sodium-native (libsodium binding, no bundled types) that medmesh uses.
declare module "sodium-native" {
  /** libsodium `crypto_sign_verify_detached`: true iff `signature` is a valid Ed25519 signature of `message` by `publicKey`. */
  export function crypto_sign_verify_detached(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean
  const sodium: { crypto_sign_verify_detached: typeof crypto_sign_verify_detached }
  export default sodium
}
