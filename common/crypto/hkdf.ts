/** HKDF-SHA256 (RFC 5869) on node:crypto. */
import { hkdfSync } from "node:crypto"
import { assertBytes, utf8 } from "../bytes.ts"

export function hkdfSha256(ikm: Uint8Array, salt: Uint8Array, info: Uint8Array | string, length: number): Uint8Array {
  assertBytes("hkdf ikm", ikm)
  assertBytes("hkdf salt", salt)
  const infoBytes = typeof info === "string" ? utf8.encode(info) : info
  assertBytes("hkdf info", infoBytes)
  if (!Number.isInteger(length) || length < 1 || length > 255 * 32) throw new RangeError("hkdf length: expected 1 to 8160")
  return new Uint8Array(hkdfSync("sha256", ikm, salt, infoBytes, length))
}
