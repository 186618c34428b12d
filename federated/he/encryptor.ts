/**
 * A participant's side: encrypt a masked update (elements of Z_t, see federated/secagg) under the
 * job's public key, `slotCount` values per BFV ciphertext with SEAL's batch encoder (CRT packing,
 * Smart–Vercauteren, "Fully homomorphic SIMD operations", ePrint 2011/133).
 * Participants hold only the public key, so this is public-key encryption; the seeded
 * (half-size) symmetric form is not available to them.
 */
import type { Encryptor, Plaintext, PublicKey } from "node-seal"
import { assertBytes } from "../../common/bytes.ts"
import { chunkCountFor, type HeContext } from "./context.ts"
import { makeEncryptedUpdate, type EncryptedUpdate } from "./encryptedUpdate.ts"
import { HeError, sealErrorText } from "./errors.ts"

export type UpdateEncryptor = {
  encrypt(values: Float64Array): EncryptedUpdate
  /**
   * The same, awaiting `yieldControl()` after every `everyChunks` ciphertexts, so a node's event
   * loop stays responsive while a large update (245 ciphertexts at 1 M parameters) is encrypted.
   */
  encryptAsync(values: Float64Array, yieldControl: () => Promise<void>, everyChunks?: number): Promise<EncryptedUpdate>
  delete(): void
}

/** Ciphertexts between two yields by default: ~8 ms each at n = 4096. */
export const DEFAULT_YIELD_EVERY_CHUNKS = 8

export function loadPublicKey(he: HeContext, bytes: Uint8Array): PublicKey {
  assertBytes("publicKey", bytes)
  if (bytes.length < 16 || bytes[5] !== he.seal.ComprModeType.none.value) {
    throw new HeError({ code: "HE_MALFORMED_KEY", key: "public", reason: "not an uncompressed SEAL object" })
  }
  const pk = new he.seal.PublicKey()
  try {
    pk.loadFromArray(he.context, bytes)
  } catch (err) {
    pk.delete()
    throw new HeError({ code: "HE_MALFORMED_KEY", key: "public", reason: sealErrorText(err) })
  }
  return pk
}

export function createUpdateEncryptor(he: HeContext, publicKeyBytes: Uint8Array): UpdateEncryptor {
  const pk = loadPublicKey(he, publicKeyBytes)
  let encryptor: Encryptor | undefined = new he.seal.Encryptor(he.context, pk)
  pk.delete()
  const slots = he.slotCount
  const t = he.plainModulus
  const packed = new BigUint64Array(slots)
  const words = new Uint32Array(packed.buffer)
  /** Encrypts chunk by chunk, yielding the chunk index after each (the loop both encrypt forms share). */
  function* steps(values: Float64Array, chunks: Uint8Array[]): Generator<number> {
    if (encryptor === undefined) throw new HeError({ code: "HE_DELETED", what: "UpdateEncryptor" })
    const live = encryptor
    const plain: Plaintext = new he.seal.Plaintext()
    const ct = new he.seal.Ciphertext()
    try {
      for (let c = 0; c < chunks.length; c++) {
        const base = c * slots
        for (let s = 0; s < slots; s++) {
          const i = base + s
          const v = i < values.length ? values[i] : 0
          if (!(Number.isInteger(v) && v >= 0 && v < t)) throw new HeError({ code: "HE_VALUE_OUT_OF_RANGE", index: i })
          const hi = Math.floor(v / 4294967296)
          // little-endian u64 as two u32 words; avoids a BigInt per value
          words[2 * s] = v - hi * 4294967296
          words[2 * s + 1] = hi
        }
        he.encoder.encode(packed, plain)
        live.encrypt(plain, ct)
        chunks[c] = ct.saveToArray(he.seal.ComprModeType.none) as Uint8Array
        yield c
      }
    } finally {
      plain.delete()
      ct.delete()
    }
  }
  function prepare(values: Float64Array): Uint8Array[] {
    if (encryptor === undefined) throw new HeError({ code: "HE_DELETED", what: "UpdateEncryptor" })
    if (!(values instanceof Float64Array)) throw new TypeError("values: expected Float64Array of elements of Z_t")
    return new Array<Uint8Array>(chunkCountFor(he, values.length))
  }
  return {
    encrypt(values) {
      const chunks = prepare(values)
      for (const _ of steps(values, chunks));
      return makeEncryptedUpdate(values.length, chunks)
    },
    async encryptAsync(values, yieldControl, everyChunks = DEFAULT_YIELD_EVERY_CHUNKS) {
      const chunks = prepare(values)
      for (const c of steps(values, chunks)) if ((c + 1) % everyChunks === 0) await yieldControl()
      return makeEncryptedUpdate(values.length, chunks)
    },
    delete() {
      encryptor?.delete()
      encryptor = undefined
    },
  }
}
