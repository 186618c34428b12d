/**
 * Wire form of a masked (not encrypted) update in masking-only mode: "MMSA" ‖ u8 version ‖
 * u32le length ‖ length × u64le elements of Z_t. Decoding validates every element against t.
 */
import { assertBytes } from "../../common/bytes.ts"
import { SecaggError } from "./errors.ts"

const MAGIC = [0x4d, 0x4d, 0x53, 0x41] // "MMSA"
const VERSION = 1
const HEADER_BYTES = 9
/** 2^27 elements = 1 GiB on the wire: far above any model medmesh trains. */
export const MAX_MASKED_UPDATE_LENGTH = 2 ** 27

export function encodeMaskedUpdate(values: Float64Array): Uint8Array {
  const out = new Uint8Array(HEADER_BYTES + values.length * 8)
  out.set(MAGIC, 0)
  out[4] = VERSION
  const view = new DataView(out.buffer)
  view.setUint32(5, values.length, true)
  for (let i = 0, o = HEADER_BYTES; i < values.length; i++, o += 8) {
    const v = values[i]
    const hi = Math.floor(v / 4294967296)
    view.setUint32(o, v - hi * 4294967296, true)
    view.setUint32(o + 4, hi, true)
  }
  return out
}

export function decodeMaskedUpdate(bytes: Uint8Array, modulus: number, expectedLength?: number): Float64Array {
  assertBytes("maskedUpdate", bytes)
  const malformed = (reason: string): never => {
    throw new SecaggError({ code: "SECAGG_MALFORMED_UPDATE", reason }, `masked update: ${reason}`)
  }
  if (bytes.length < HEADER_BYTES) malformed("too short")
  for (let k = 0; k < 4; k++) if (bytes[k] !== MAGIC[k]) malformed("bad magic")
  if (bytes[4] !== VERSION) malformed(`unsupported version ${bytes[4]}`)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const length = view.getUint32(5, true)
  if (length > MAX_MASKED_UPDATE_LENGTH) malformed("too long")
  if (expectedLength !== undefined && length !== expectedLength) {
    throw new SecaggError({ code: "SECAGG_LENGTH_MISMATCH", expected: expectedLength, got: length })
  }
  if (bytes.length !== HEADER_BYTES + length * 8) malformed("length does not match the byte count")
  const out = new Float64Array(length)
  for (let i = 0, o = HEADER_BYTES; i < length; i++, o += 8) {
    const v = view.getUint32(o + 4, true) * 4294967296 + view.getUint32(o, true)
    if (v >= modulus) malformed(`element ${i} is not reduced mod t`)
    out[i] = v
  }
  return out
}
