/**
 * App hash: a hash chain over write-sets.
 *
 *   appHash_0 = SHA-256("medmesh/app-hash/genesis/v1" ‖ D(genesis writes))
 *   appHash_h = SHA-256(appHash_{h−1} ‖ D(writes of block h))
 *   D(ws)     = SHA-256 over the write-set sorted by key, each write as
 *               u32be(len key) ‖ key ‖ u8(1 put | 0 delete) ‖ u32be(len value) ‖ value
 *
 * Two nodes agree on appHash_h iff they agree on every write-set up to h, which is what
 * determinism needs, at O(writes) per block and without a tree. Limits (docs/ledger-app.md): it
 * commits to the history of changes, not to the state directly, so there are no state proofs for
 * single keys and a node cannot adopt a state snapshot without replaying from genesis.
 */
import { utf8 } from "../../common/bytes.ts"
import { sha256 } from "../../common/crypto/hash.ts"
import { createHash } from "node:crypto"
import type { WriteOp } from "./store.ts"

const GENESIS_DOMAIN = utf8.encode("medmesh/app-hash/genesis/v1")

export function writeSetDigest(sorted: readonly WriteOp[]): Uint8Array {
  const h = createHash("sha256")
  const head = Buffer.alloc(4)
  for (const w of sorted) {
    const key = Buffer.from(w.key, "utf8")
    head.writeUInt32BE(key.length)
    h.update(head)
    h.update(key)
    if (w.value === null) {
      h.update(Uint8Array.of(0))
    } else {
      h.update(Uint8Array.of(1))
      head.writeUInt32BE(w.value.length)
      h.update(head)
      h.update(w.value)
    }
  }
  return new Uint8Array(h.digest())
}

export function genesisAppHash(sortedGenesisWrites: readonly WriteOp[]): Uint8Array {
  return sha256(GENESIS_DOMAIN, writeSetDigest(sortedGenesisWrites))
}

export function nextAppHash(previous: Uint8Array, sortedBlockWrites: readonly WriteOp[]): Uint8Array {
  return sha256(previous, writeSetDigest(sortedBlockWrites))
}
