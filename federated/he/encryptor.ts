/**
 * A participant's side: encrypt a masked update (elements of Z_t, see federated/secagg) under the
 * job's public key, `slotCount` values per BFV ciphertext, one per plaintext coefficient (no
 * batching: only additions are evaluated, and they are coefficient-wise). SEAL produces the
 * encryption of zero; the scaled plaintext is added in JS (scaling.ts).
 * Participants hold only the public key, so this is public-key encryption; the seeded
 * (half-size) symmetric form is not available to them.
 */
import type { Ciphertext, Encryptor, Plaintext, PublicKey } from "node-seal"
import { assertBytes } from "../../common/bytes.ts"
import { chunkCountFor, type HeContext } from "./context.ts"
import { makeEncryptedUpdate, type EncryptedUpdate } from "./encryptedUpdate.ts"
import { HeError, sealErrorText } from "./errors.ts"
import { addScaledPlain } from "./scaling.ts"

export type UpdateEncryptor = {
  encrypt(values: Float64Array): EncryptedUpdate
  /**
   * The same, awaiting `yieldControl()` after every `everyChunks` ciphertexts, so a node's event
   * loop stays responsive while a large update (245 ciphertexts at 1 M parameters) is encrypted.
   */
  encryptAsync(values: Float64Array, yieldControl: () => Promise<void>, everyChunks?: number): Promise<EncryptedUpdate>
  /**
   * Makes encryptions of zero ahead of time (the "offline" half of public-key encryption, ~1 ms
   * per ciphertext, independent of the update) until `count` are ready, awaiting `yieldControl()`
   * every `everyChunks`; the next encrypt uses them, each exactly once, and stops any precompute
   * still running. Resolves when done or stopped.
   */
  precompute(count: number, yieldControl: () => Promise<void>, everyChunks?: number): Promise<void>
  /** Encryptions of zero ready for the next encrypt. */
  readonly precomputed: number
  delete(): void
}

/** Ciphertexts between two yields by default: ~1.1 ms each at n = 4096 (2026-11-21, this box), so ~5 ms slices. */
export const DEFAULT_YIELD_EVERY_CHUNKS = 4

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
  /** Serialized encryptions of zero made by `precompute`, not yet used (each is used once). */
  const ready: Uint8Array[] = []
  let precomputing: { stop: boolean } | undefined
  /**
   * A fresh Enc(0), serialized: SEAL encrypts a one-coefficient zero plaintext (its own scaling
   * loop is then trivial); the caller adds ⌊q·m/t⌉ into c0 (scaling.ts).
   */
  function encryptZero(live: Encryptor, zero: Plaintext, ct: Ciphertext): Uint8Array {
    live.encrypt(zero, ct)
    const bytes = ct.saveToArray(he.seal.ComprModeType.none) as Uint8Array
    if (bytes.length !== he.ciphertextBytes) throw new HeError({ code: "HE_UNSUPPORTED_PARAMETERS", reason: `SEAL saved ${bytes.length} bytes, expected ${he.ciphertextBytes}` })
    return bytes
  }
  /** Encrypts chunk by chunk, yielding the chunk index after each (the loop both encrypt forms share). */
  function* steps(values: Float64Array, chunks: Uint8Array[]): Generator<number> {
    if (encryptor === undefined) throw new HeError({ code: "HE_DELETED", what: "UpdateEncryptor" })
    const live = encryptor
    if (precomputing !== undefined) precomputing.stop = true
    const zero: Plaintext = new he.seal.Plaintext(1)
    const ct = new he.seal.Ciphertext()
    try {
      for (let c = 0; c < chunks.length; c++) {
        const base = c * slots
        const n = Math.min(slots, values.length - base)
        for (let i = base; i < base + n; i++) {
          const v = values[i]
          if (!(Number.isInteger(v) && v >= 0 && v < t)) throw new HeError({ code: "HE_VALUE_OUT_OF_RANGE", index: i })
        }
        const bytes = ready.pop() ?? encryptZero(live, zero, ct)
        addScaledPlain(bytes, he.c0Offset, values, base, n, he.scaling)
        chunks[c] = bytes
        yield c
      }
    } finally {
      zero.delete()
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
    async precompute(count, yieldControl, everyChunks = DEFAULT_YIELD_EVERY_CHUNKS) {
      if (encryptor === undefined) throw new HeError({ code: "HE_DELETED", what: "UpdateEncryptor" })
      if (precomputing !== undefined) precomputing.stop = true
      const run = { stop: false }
      precomputing = run
      const zero: Plaintext = new he.seal.Plaintext(1)
      const ct = new he.seal.Ciphertext()
      try {
        for (let k = 1; !run.stop && encryptor !== undefined && ready.length < count; k++) {
          ready.push(encryptZero(encryptor, zero, ct))
          if (k % everyChunks === 0) await yieldControl()
        }
      } finally {
        zero.delete()
        ct.delete()
        if (precomputing === run) precomputing = undefined
      }
    },
    get precomputed() {
      return ready.length
    },
    delete() {
      if (precomputing !== undefined) precomputing.stop = true
      ready.length = 0
      encryptor?.delete()
      encryptor = undefined
    },
  }
}
