import { createHash } from "node:crypto"

export const HASH_BYTES = 32

export function sha256(...parts: Uint8Array[]): Uint8Array {
  const h = createHash("sha256")
  for (const p of parts) h.update(p)
  return new Uint8Array(h.digest())
}
