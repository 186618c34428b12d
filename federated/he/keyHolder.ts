/**
 * The job's key holder: generates the BFV key pair, publishes the public key, and decrypts only
 * the aggregate. It never receives an individual update (the round protocol sends those to the
 * aggregator), and even if it did, each update is pairwise-masked (federated/secagg).
 */
import type { Decryptor, SecretKey } from "node-seal"
import { assertBytes } from "../../common/bytes.ts"
import { chunkCountFor, type HeContext } from "./context.ts"
import { assertEncryptedUpdate, loadCiphertext, type EncryptedUpdate } from "./encryptedUpdate.ts"
import { DEFAULT_YIELD_EVERY_CHUNKS } from "./encryptor.ts"
import { HeError, sealErrorText } from "./errors.ts"

export type KeyHolder = {
  /** SEAL PublicKey, uncompressed, for `createUpdateEncryptor`. */
  readonly publicKey: Uint8Array
  /** The secret key, for the node to persist (encrypted at rest); never put it on the wire. */
  exportSecretKey(): Uint8Array
  /** Decrypts the aggregate into elements of Z_t (Float64Array of integers), `length` long. */
  decryptSum(update: EncryptedUpdate): Float64Array
  /** The same, awaiting `yieldControl()` after every `everyChunks` ciphertexts (a responsive event loop). */
  decryptSumAsync(update: EncryptedUpdate, yieldControl: () => Promise<void>, everyChunks?: number): Promise<Float64Array>
  delete(): void
}

/** A new key pair, or the key holder restored from `secretKey` (from `exportSecretKey`). */
export function createKeyHolder(he: HeContext, secretKey?: Uint8Array): KeyHolder {
  let sk: SecretKey | undefined
  if (secretKey !== undefined) {
    assertBytes("secretKey", secretKey)
    sk = new he.seal.SecretKey()
    try {
      sk.loadFromArray(he.context, secretKey)
    } catch (err) {
      sk.delete()
      throw new HeError({ code: "HE_MALFORMED_KEY", key: "secret", reason: sealErrorText(err) })
    }
  }
  const keygen = sk === undefined ? new he.seal.KeyGenerator(he.context) : new he.seal.KeyGenerator(he.context, sk)
  sk?.delete()
  const secret = keygen.secretKey()
  const pk = keygen.createPublicKey()
  const publicKey = pk.saveToArray(he.seal.ComprModeType.none) as Uint8Array
  pk.delete()
  keygen.delete()
  let decryptor: Decryptor | undefined = new he.seal.Decryptor(he.context, secret)
  const live = (): Decryptor => {
    if (decryptor === undefined) throw new HeError({ code: "HE_DELETED", what: "KeyHolder" })
    return decryptor
  }
  function prepare(update: EncryptedUpdate): Float64Array {
    live()
    assertEncryptedUpdate("aggregate", update)
    const chunkCount = chunkCountFor(he, update.length)
    if (update.chunks.length !== chunkCount) throw new HeError({ code: "HE_LENGTH_MISMATCH", expected: chunkCount, got: update.chunks.length })
    return new Float64Array(update.length)
  }
  /** Decrypts chunk by chunk into `out`, yielding the chunk index after each. */
  function* steps(update: EncryptedUpdate, out: Float64Array): Generator<number> {
    const dec = live()
    const slots = he.slotCount
    const plain = new he.seal.Plaintext()
    try {
      for (let c = 0; c < update.chunks.length; c++) {
        const ct = loadCiphertext(he, update.chunks[c], c)
        try {
          // every chunk of the sum went through the same number of additions, so their noise is
          // alike: checking the first and the last (the budget check costs as much as a decryption)
          // catches a sum of too many ciphertexts; it is no defence against a malicious
          // participant, who could send any masked values anyway
          if ((c === 0 || c === update.chunks.length - 1) && dec.invariantNoiseBudget(ct) <= 0) throw new HeError({ code: "HE_NOISE_BUDGET_EXHAUSTED", chunk: c })
          dec.decrypt(ct, plain)
        } finally {
          ct.delete()
        }
        // coefficients as SEAL serializes a Plaintext: …, u64 coeff_count at byte 48, …, the coefficients last
        const bytes = plain.saveToArray(he.seal.ComprModeType.none) as Uint8Array
        const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
        const coeffs = Math.min(Number(view.getBigUint64(48, true)), slots)
        const data = bytes.length - coeffs * 8
        const base = c * slots
        const n = Math.min(slots, update.length - base)
        for (let s = 0; s < n; s++) out[base + s] = s < coeffs ? view.getUint32(data + 8 * s + 4, true) * 4294967296 + view.getUint32(data + 8 * s, true) : 0
        yield c
      }
    } finally {
      plain.delete()
    }
  }
  return {
    publicKey,
    exportSecretKey() {
      live()
      return secret.saveToArray(he.seal.ComprModeType.none) as Uint8Array
    },
    decryptSum(update) {
      const out = prepare(update)
      for (const _ of steps(update, out));
      return out
    },
    async decryptSumAsync(update, yieldControl, everyChunks = DEFAULT_YIELD_EVERY_CHUNKS) {
      const out = prepare(update)
      for (const c of steps(update, out)) if ((c + 1) % everyChunks === 0) await yieldControl()
      return out
    },
    delete() {
      decryptor?.delete()
      decryptor = undefined
      secret.delete()
    },
  }
}
