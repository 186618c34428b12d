/**
 * The aggregator's side: it holds no key and sees only `EncryptedUpdate`s, which it adds
 * ciphertext by ciphertext (BFV addition is slot-wise addition mod t). Every chunk is loaded and
 * validated (`loadCiphertext`) before it is added; a plaintext vector or a transparent
 * ciphertext is refused with `HE_NOT_A_CIPHERTEXT`.
 */
import type { Ciphertext, Evaluator } from "node-seal"
import { chunkCountFor, type HeContext } from "./context.ts"
import { assertEncryptedUpdate, loadCiphertext, makeEncryptedUpdate, type EncryptedUpdate } from "./encryptedUpdate.ts"
import { DEFAULT_YIELD_EVERY_CHUNKS } from "./encryptor.ts"
import { HeError } from "./errors.ts"

export type CiphertextAggregator = {
  /** Adds one participant's update; all-or-nothing (a bad chunk leaves the sum unchanged). */
  add(update: EncryptedUpdate): void
  /**
   * The same, awaiting `yieldControl()` after every `everyChunks` ciphertexts while loading and
   * checking them (the slow part); the sum itself is updated in one go, so it is all-or-nothing
   * as with `add`.
   */
  addAsync(update: EncryptedUpdate, yieldControl: () => Promise<void>, everyChunks?: number): Promise<void>
  readonly count: number
  /** The encrypted sum, for the key holder. */
  result(): EncryptedUpdate
  delete(): void
}

export function createCiphertextAggregator(he: HeContext, length: number): CiphertextAggregator {
  if (!(Number.isInteger(length) && length >= 1)) throw new HeError({ code: "HE_LENGTH_MISMATCH", expected: 1, got: length })
  const evaluator: Evaluator = new he.seal.Evaluator(he.context)
  const chunkCount = chunkCountFor(he, length)
  let sums: Ciphertext[] | undefined
  let count = 0
  let deleted = false
  const live = (): void => {
    if (deleted) throw new HeError({ code: "HE_DELETED", what: "CiphertextAggregator" })
  }
  function check(update: EncryptedUpdate): Ciphertext[] {
    live()
    assertEncryptedUpdate("update", update)
    if (update.length !== length) throw new HeError({ code: "HE_LENGTH_MISMATCH", expected: length, got: update.length })
    if (update.chunks.length !== chunkCount) throw new HeError({ code: "HE_LENGTH_MISMATCH", expected: chunkCount, got: update.chunks.length })
    return []
  }
  /** Validates every ciphertext first, so a malformed update cannot leave a half-added sum. */
  function* loadSteps(update: EncryptedUpdate, loaded: Ciphertext[]): Generator<number> {
    try {
      for (let c = 0; c < chunkCount; c++) {
        loaded.push(loadCiphertext(he, update.chunks[c], c))
        yield c
      }
    } catch (err) {
      for (const ct of loaded) ct.delete()
      throw err
    }
  }
  function addLoaded(loaded: Ciphertext[]): void {
    if (sums === undefined) {
      sums = loaded
    } else {
      for (let c = 0; c < chunkCount; c++) {
        evaluator.addInplace(sums[c], loaded[c])
        loaded[c].delete()
      }
    }
    count++
  }
  return {
    add(update) {
      const loaded = check(update)
      for (const _ of loadSteps(update, loaded));
      addLoaded(loaded)
    },
    async addAsync(update, yieldControl, everyChunks = DEFAULT_YIELD_EVERY_CHUNKS) {
      const loaded = check(update)
      for (const c of loadSteps(update, loaded)) if ((c + 1) % everyChunks === 0) await yieldControl()
      if (deleted) {
        for (const ct of loaded) ct.delete()
        live()
      }
      addLoaded(loaded)
    },
    get count() {
      return count
    },
    result() {
      live()
      if (sums === undefined) throw new HeError({ code: "HE_LENGTH_MISMATCH", expected: 1, got: 0 }, "no updates added")
      return makeEncryptedUpdate(
        length,
        sums.map((ct) => ct.saveToArray(he.seal.ComprModeType.none) as Uint8Array),
      )
    },
    delete() {
      if (deleted) return
      deleted = true
      for (const ct of sums ?? []) ct.delete()
      sums = undefined
      evaluator.delete()
    },
  }
}
