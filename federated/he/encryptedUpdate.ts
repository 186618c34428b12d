/**
 * The only thing that crosses the aggregator: an update as BFV ciphertexts, one per `slotCount`
 * parameters. `EncryptedUpdate` can be built only by this folder (encryption, wire decoding or
 * aggregation), so "the aggregator's inputs are only ciphertexts" holds at the type level; at run
 * time `loadCiphertext` re-checks every chunk (SEAL's own validation, no compression, the job's
 * parameters, two polynomials, not transparent) before anything adds it.
 *
 * Wire: "MMHE" ‖ u8 version ‖ u32le length ‖ u32le chunkCount ‖ chunkCount × (u32le n ‖ n bytes
 * of a SEAL Ciphertext saved with ComprModeType.none).
 */
import type { Ciphertext } from "node-seal"
import { assertBytes } from "../../common/bytes.ts"
import { chunkCountFor, ciphertextParmsIdMatches, type HeContext } from "./context.ts"
import { HeError, sealErrorText } from "./errors.ts"
import { MAX_CHUNKS } from "./params.ts"

const CONSTRUCT = Symbol("EncryptedUpdate")
const MAGIC = [0x4d, 0x4d, 0x48, 0x45] // "MMHE"
const VERSION = 1
const HEADER_BYTES = 13
// SEAL serialization header (seal/serialization.h): u16 magic 0xA15E, u8 header size 16,
// u8 version major, u8 version minor, u8 compr_mode, u16 reserved, u64 total size.
const SEAL_MAGIC = 0xa15e
const SEAL_HEADER_BYTES = 16

export class EncryptedUpdate {
  /** Number of model parameters encrypted (the last chunk is zero-padded). */
  readonly length: number
  readonly chunks: readonly Uint8Array[]

  constructor(token: symbol, length: number, chunks: readonly Uint8Array[]) {
    if (token !== CONSTRUCT) throw new HeError({ code: "HE_NOT_A_CIPHERTEXT", reason: "EncryptedUpdate is built by federated/he only" })
    this.length = length
    this.chunks = Object.freeze([...chunks])
    Object.freeze(this)
  }

  get byteLength(): number {
    let n = HEADER_BYTES
    for (const c of this.chunks) n += 4 + c.length
    return n
  }
}

/** Internal constructor for this folder. */
export function makeEncryptedUpdate(length: number, chunks: readonly Uint8Array[]): EncryptedUpdate {
  return new EncryptedUpdate(CONSTRUCT, length, chunks)
}

export function assertEncryptedUpdate(title: string, value: unknown): asserts value is EncryptedUpdate {
  if (!(value instanceof EncryptedUpdate)) {
    const kind = value instanceof Float64Array || value instanceof Float32Array ? "a plaintext vector" : typeof value
    throw new HeError({ code: "HE_NOT_A_CIPHERTEXT", reason: `${title}: expected EncryptedUpdate, got ${kind}` })
  }
}

export function encodeEncryptedUpdate(update: EncryptedUpdate): Uint8Array {
  assertEncryptedUpdate("update", update)
  const out = new Uint8Array(update.byteLength)
  const view = new DataView(out.buffer)
  out.set(MAGIC, 0)
  out[4] = VERSION
  view.setUint32(5, update.length, true)
  view.setUint32(9, update.chunks.length, true)
  let o = HEADER_BYTES
  for (const c of update.chunks) {
    view.setUint32(o, c.length, true)
    out.set(c, o + 4)
    o += 4 + c.length
  }
  return out
}

/** Framing only; each chunk is validated by SEAL when it is loaded (`loadCiphertext`). */
export function decodeEncryptedUpdate(he: HeContext, bytes: Uint8Array, expectedLength?: number): EncryptedUpdate {
  assertBytes("encryptedUpdate", bytes)
  const malformed = (reason: string): never => {
    throw new HeError({ code: "HE_MALFORMED_UPDATE", reason }, `encrypted update: ${reason}`)
  }
  if (bytes.length < HEADER_BYTES) malformed("too short")
  for (let k = 0; k < 4; k++) if (bytes[k] !== MAGIC[k]) malformed("bad magic")
  if (bytes[4] !== VERSION) malformed(`unsupported version ${bytes[4]}`)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const length = view.getUint32(5, true)
  const chunkCount = view.getUint32(9, true)
  if (chunkCount > MAX_CHUNKS) malformed("too many chunks")
  if (expectedLength !== undefined && length !== expectedLength) {
    throw new HeError({ code: "HE_LENGTH_MISMATCH", expected: expectedLength, got: length })
  }
  if (chunkCount !== chunkCountFor(he, length)) malformed(`${chunkCount} chunks for ${length} parameters`)
  const chunks: Uint8Array[] = []
  let o = HEADER_BYTES
  for (let k = 0; k < chunkCount; k++) {
    if (o + 4 > bytes.length) malformed(`chunk ${k} header truncated`)
    const n = view.getUint32(o, true)
    if (n !== he.ciphertextBytes) malformed(`chunk ${k} has ${n} bytes, expected ${he.ciphertextBytes}`)
    if (o + 4 + n > bytes.length) malformed(`chunk ${k} truncated`)
    chunks.push(bytes.slice(o + 4, o + 4 + n))
    o += 4 + n
  }
  if (o !== bytes.length) malformed("trailing bytes")
  return makeEncryptedUpdate(length, chunks)
}

/**
 * Load one chunk as a SEAL Ciphertext, or throw a typed error. The caller deletes the result.
 * Compressed encodings are refused: a small zstd/zlib stream could inflate to gigabytes inside
 * the WASM heap before SEAL sees a single field.
 */
export function loadCiphertext(he: HeContext, bytes: Uint8Array, chunk: number): Ciphertext {
  assertBytes(`ciphertext[${chunk}]`, bytes)
  const malformed = (reason: string): never => {
    throw new HeError({ code: "HE_MALFORMED_CIPHERTEXT", chunk, reason }, `ciphertext ${chunk}: ${reason}`)
  }
  if (bytes.length !== he.ciphertextBytes) malformed(`${bytes.length} bytes, expected ${he.ciphertextBytes}`)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (view.getUint16(0, true) !== SEAL_MAGIC || bytes[2] !== SEAL_HEADER_BYTES) malformed("not a SEAL object")
  if (bytes[5] !== he.seal.ComprModeType.none.value) malformed("compressed ciphertexts are not accepted")
  if (view.getBigUint64(8, true) !== BigInt(bytes.length)) malformed("SEAL header size does not match")
  const ct = new he.seal.Ciphertext()
  try {
    ct.loadFromArray(he.context, bytes)
  } catch (err) {
    ct.delete()
    return malformed(sealErrorText(err))
  }
  let reason: string | undefined
  if (ct.size() !== 2) reason = `size ${ct.size()}, expected 2`
  else if (ct.isNttForm()) reason = "NTT form"
  else if (!ciphertextParmsIdMatches(he, ct)) reason = "not encrypted under this job's parameters"
  else if (ct.isTransparent()) {
    ct.delete()
    throw new HeError({ code: "HE_NOT_A_CIPHERTEXT", reason: `chunk ${chunk} is transparent (plaintext in disguise)` })
  }
  if (reason !== undefined) {
    ct.delete()
    malformed(reason)
  }
  return ct
}
