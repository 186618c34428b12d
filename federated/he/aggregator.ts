/**
 * The aggregator's side: it holds no key and sees only `EncryptedUpdate`s, which it adds
 * ciphertext by ciphertext (BFV addition is slot-wise addition mod t). Every chunk is loaded and
 * validated (`loadCiphertext`) before it is added; a plaintext vector or a transparent
 * ciphertext is refused with `HE_NOT_A_CIPHERTEXT`.
 */
import type { Ciphertext, Evaluator } from "node-seal"
import { chunkCountFor, type HeContext } from "./context.ts"
import { assertEncryptedUpdate, loadCiphertext, makeEncryptedUpdate, type EncryptedUpdate } from "./encryptedUpdate.ts"
import { HeError } from "./errors.ts"

export type CiphertextAggregator = {
  /** Adds one participant's update; all-or-nothing (a bad chunk leaves the sum unchanged). */
  add(update: EncryptedUpdate): void
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
  return {
    add(update) {
      live()
      assertEncryptedUpdate("update", update)
      if (update.length !== length) throw new HeError({ code: "HE_LENGTH_MISMATCH", expected: length, got: update.length })
      if (update.chunks.length !== chunkCount) throw new HeError({ code: "HE_LENGTH_MISMATCH", expected: chunkCount, got: update.chunks.length })
      // Validate everything first so a malformed update cannot leave a half-added sum.
      const loaded: Ciphertext[] = []
      try {
        for (let c = 0; c < chunkCount; c++) loaded.push(loadCiphertext(he, update.chunks[c], c))
      } catch (err) {
        for (const ct of loaded) ct.delete()
        throw err
      }
      if (sums === undefined) {
        sums = loaded
      } else {
        for (let c = 0; c < chunkCount; c++) {
          evaluator.addInplace(sums[c], loaded[c])
          loaded[c].delete()
        }
      }
      count++
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
