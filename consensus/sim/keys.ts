/** Deterministic validator keys for the simulator, and a memoising signature verifier. */
import { equalBytes, toHex, utf8 } from "../../common/bytes.ts"
import { ed25519PublicKey, verifyEd25519 } from "../../common/crypto/ed25519.ts"
import { sha256 } from "../../common/crypto/hash.ts"
import type { ValidatorSet } from "../ports.ts"

export type SimKey = { secretKey: Uint8Array; publicKey: Uint8Array }

const keyCache: SimKey[] = []

export function simKey(index: number): SimKey {
  let k = keyCache[index]
  if (k === undefined) {
    const secretKey = sha256(utf8.encode(`medmesh-sim-validator-${index}`))
    k = keyCache[index] = { secretKey, publicKey: ed25519PublicKey(secretKey) }
  }
  return k
}

export function simValidatorSet(n: number): ValidatorSet {
  return { validators: Array.from({ length: n }, (_, i) => ({ key: simKey(i).publicKey, power: 1, org: `org-${i}` })) }
}

// Every node verifies every message: in one process the same (key, message, signature) repeats n
// times. Memoising is sound: the answer is a pure function of the three inputs, compared in full.
const verified = new Map<string, { publicKey: Uint8Array; message: Uint8Array; ok: boolean }>()
const MAX_MEMO = 200_000

export function memoVerify(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  const id = toHex(signature)
  const hit = verified.get(id)
  if (hit !== undefined && equalBytes(hit.publicKey, publicKey) && equalBytes(hit.message, message)) return hit.ok
  const ok = verifyEd25519(publicKey, message, signature)
  if (verified.size >= MAX_MEMO) verified.clear()
  verified.set(id, { publicKey: publicKey.slice(), message: message.slice(), ok })
  return ok
}
