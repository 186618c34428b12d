/**
 * Ed25519 verification with a bounded cache of signatures already found valid. Within a height a
 * validator meets the same precommit signatures up to three times: as votes (the core verifies each
 * on receipt), in the commit it persists (`commitBlock` → verifyCommit) and in the next block's
 * last commit (validateBlock). A (key, message, signature) triple that verified once verifies again,
 * so those repeats cost a map lookup. Only successes are cached (a forged signature is rejected
 * again on every attempt, as before); the key covers all three inputs.
 */
import { verifyEd25519 } from "../../common/crypto/ed25519.ts"

export const SIGNATURE_CACHE_MAX = 8192

export type VerifyFn = (publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array) => boolean

export function cachedVerifier(verify: VerifyFn = verifyEd25519, max = SIGNATURE_CACHE_MAX): VerifyFn & { hits: () => number } {
  const valid = new Set<string>()
  let hits = 0
  const fn = (publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean => {
    if (!(publicKey instanceof Uint8Array) || !(message instanceof Uint8Array) || !(signature instanceof Uint8Array)) return false
    const id = `${Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength).toString("base64")}|${Buffer.from(publicKey.buffer, publicKey.byteOffset, publicKey.byteLength).toString("base64")}|${Buffer.from(message.buffer, message.byteOffset, message.byteLength).toString("base64")}`
    if (valid.has(id)) {
      hits++
      return true
    }
    if (!verify(publicKey, message, signature)) return false
    if (valid.size >= max) {
      // drop the oldest eighth (a Set iterates in insertion order)
      let drop = max >> 3
      for (const k of valid) {
        if (drop-- <= 0) break
        valid.delete(k)
      }
    }
    valid.add(id)
    return true
  }
  return Object.assign(fn, { hits: () => hits })
}
