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
  delete(): void
}

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
  return {
    encrypt(values) {
      if (encryptor === undefined) throw new HeError({ code: "HE_DELETED", what: "UpdateEncryptor" })
      if (!(values instanceof Float64Array)) throw new TypeError("values: expected Float64Array of elements of Z_t")
      const chunkCount = chunkCountFor(he, values.length)
      const chunks: Uint8Array[] = new Array(chunkCount)
      const plain: Plaintext = new he.seal.Plaintext()
      const ct = new he.seal.Ciphertext()
      try {
        for (let c = 0; c < chunkCount; c++) {
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
          encryptor.encrypt(plain, ct)
          chunks[c] = ct.saveToArray(he.seal.ComprModeType.none) as Uint8Array
        }
      } finally {
        plain.delete()
        ct.delete()
      }
      return makeEncryptedUpdate(values.length, chunks)
    },
    delete() {
      encryptor?.delete()
      encryptor = undefined
    },
  }
}
