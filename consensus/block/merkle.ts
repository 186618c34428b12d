/**
 * Merkle tree over tx hashes in the style of RFC 6962 §2.1 (Certificate Transparency):
 * leaf = SHA-256(0x00 ‖ data), node = SHA-256(0x01 ‖ left ‖ right), the split point of n leaves
 * is the largest power of two below n, and the empty tree hashes to SHA-256(""). The distinct
 * leaf and node prefixes make a leaf impossible to pass off as an inner node (second preimage).
 * Leaves here are tx hashes, so a proof commits to the exact tx bytes.
 */
import { equalBytes } from "../../common/bytes.ts"
import { sha256 } from "../../common/crypto/hash.ts"

const LEAF_PREFIX = Uint8Array.of(0x00)
const NODE_PREFIX = Uint8Array.of(0x01)

export function merkleLeafHash(data: Uint8Array): Uint8Array {
  return sha256(LEAF_PREFIX, data)
}

export function merkleNodeHash(left: Uint8Array, right: Uint8Array): Uint8Array {
  return sha256(NODE_PREFIX, left, right)
}

/** Largest power of two strictly smaller than n (n ≥ 2). */
function splitPoint(n: number): number {
  let k = 1
  while (k * 2 < n) k *= 2
  return k
}

function rootOfLeaves(leaves: Uint8Array[], start: number, end: number): Uint8Array {
  const n = end - start
  if (n === 1) return leaves[start]
  const k = splitPoint(n)
  return merkleNodeHash(rootOfLeaves(leaves, start, start + k), rootOfLeaves(leaves, start + k, end))
}

/** Root over `items` (tx hashes): MTH(D[n]) of RFC 6962. */
export function merkleRoot(items: readonly Uint8Array[]): Uint8Array {
  if (items.length === 0) return sha256()
  return rootOfLeaves(items.map(merkleLeafHash), 0, items.length)
}

/**
 * Audit path PATH(m, D[n]) of RFC 6962 §2.1.1 for the item at `index`: sibling hashes from the
 * leaf level up to the root.
 */
export function merkleProof(items: readonly Uint8Array[], index: number): Uint8Array[] {
  if (!Number.isInteger(index) || index < 0 || index >= items.length) throw new RangeError(`merkleProof: index ${index} outside 0..${items.length - 1}`)
  const leaves = items.map(merkleLeafHash)
  const path: Uint8Array[] = []
  const walk = (m: number, start: number, end: number): void => {
    const n = end - start
    if (n === 1) return
    const k = splitPoint(n)
    if (m < k) {
      walk(m, start, start + k)
      path.push(rootOfLeaves(leaves, start + k, end))
    } else {
      walk(m - k, start + k, end)
      path.push(rootOfLeaves(leaves, start, start + k))
    }
  }
  walk(index, 0, items.length)
  return path
}

/** Root implied by `item` at `index` of `total` with audit path `path`, or null if the shape is wrong. */
export function merkleRootFromPath(item: Uint8Array, index: number, total: number, path: readonly Uint8Array[]): Uint8Array | null {
  if (!Number.isInteger(index) || !Number.isInteger(total) || total < 1 || index < 0 || index >= total) return null
  // Descend to find, for each level, whether the item lies left or right of the split and how
  // many levels there are; then fold the path bottom-up.
  const sides: boolean[] = [] // true = our subtree is the left child
  let m = index
  let n = total
  while (n > 1) {
    const k = splitPoint(n)
    if (m < k) {
      sides.push(true)
      n = k
    } else {
      sides.push(false)
      m -= k
      n -= k
    }
  }
  if (sides.length !== path.length) return null
  let hash = merkleLeafHash(item)
  for (let i = 0; i < path.length; i++) {
    const sibling = path[i]
    if (!(sibling instanceof Uint8Array) || sibling.length !== 32) return null
    const left = sides[sides.length - 1 - i]
    hash = left ? merkleNodeHash(hash, sibling) : merkleNodeHash(sibling, hash)
  }
  return hash
}

export function verifyMerkleProof(item: Uint8Array, index: number, total: number, path: readonly Uint8Array[], root: Uint8Array): boolean {
  const computed = merkleRootFromPath(item, index, total, path)
  return computed !== null && equalBytes(computed, root)
}
