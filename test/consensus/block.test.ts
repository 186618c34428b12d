import { strict as assert } from "node:assert"
import { sha256 } from "../../common/crypto/hash.ts"
import { utf8 } from "../../common/bytes.ts"
import { commitTime, hasQuorum, merkleLeafHash, merkleNodeHash, merkleProof, merkleRoot, proposerIndex, verifyCommit, verifyMerkleProof, BlockError } from "../../consensus/block/index.ts"
import { seededKey, signCommit, type TestKey } from "../../consensus/app/testkit.ts"
import type { ValidatorSet } from "../../consensus/ports.ts"

function items(n: number): Uint8Array[] {
  return Array.from({ length: n }, (_, i) => sha256(utf8.encode(`tx-${i}`)))
}

describe("consensus/block merkle (RFC 6962)", () => {
  it("hashes the empty tree, one leaf and two leaves as RFC 6962 §2.1 says", () => {
    assert.deepEqual(merkleRoot([]), sha256())
    const [a, b] = items(2)
    assert.deepEqual(merkleRoot([a]), sha256(Uint8Array.of(0), a))
    assert.deepEqual(merkleRoot([a, b]), sha256(Uint8Array.of(1), merkleLeafHash(a), merkleLeafHash(b)))
    const c = items(3)
    assert.deepEqual(merkleRoot(c), merkleNodeHash(merkleNodeHash(merkleLeafHash(c[0]), merkleLeafHash(c[1])), merkleLeafHash(c[2])))
  })

  it("proves every index of every size 1..33, and a flipped byte or wrong index fails", () => {
    for (let n = 1; n <= 33; n++) {
      const leaves = items(n)
      const root = merkleRoot(leaves)
      for (let i = 0; i < n; i++) {
        const path = merkleProof(leaves, i)
        assert.ok(verifyMerkleProof(leaves[i], i, n, path, root), `n=${n} i=${i} verifies`)
        if (n > 1) assert.ok(!verifyMerkleProof(leaves[i], (i + 1) % n, n, path, root), `n=${n} i=${i} wrong index fails`)
        const flippedLeaf = leaves[i].slice()
        flippedLeaf[i % 32] ^= 1
        assert.ok(!verifyMerkleProof(flippedLeaf, i, n, path, root), `n=${n} i=${i} flipped leaf fails`)
        for (let p = 0; p < path.length; p++) {
          const bad = path.map((x) => x.slice())
          bad[p][(i + p) % 32] ^= 0x80
          assert.ok(!verifyMerkleProof(leaves[i], i, n, bad, root), `n=${n} i=${i} flipped path[${p}] fails`)
        }
        if (path.length > 0) assert.ok(!verifyMerkleProof(leaves[i], i, n, path.slice(1), root), `n=${n} i=${i} short path fails`)
      }
    }
  })
})

describe("consensus/block commit", () => {
  const chainId = "medmesh-test"
  const keys: TestKey[] = [0, 1, 2, 3].map((i) => seededKey("block", i))
  const byHex = new Map(keys.map((k) => [Buffer.from(k.publicKey).toString("hex"), k]))
  const set: ValidatorSet = { validators: keys.map((k, i) => ({ key: k.publicKey, power: 1, org: `h${i}` })) }
  const blockHash = sha256(utf8.encode("block"))

  it("accepts > 2/3 and refuses 2 of 4", () => {
    assert.ok(hasQuorum(3, 4) && !hasQuorum(2, 4) && !hasQuorum(2, 3) && hasQuorum(3, 3))
    verifyCommit(signCommit(chainId, set, byHex, 5, 1, blockHash, 1000, [0, 1, 3]), { chainId, set, height: 5, blockHash })
    assert.throws(() => verifyCommit(signCommit(chainId, set, byHex, 5, 1, blockHash, 1000, [0, 1]), { chainId, set, height: 5, blockHash }), (e: unknown) => e instanceof BlockError && e.type.code === "COMMIT_INSUFFICIENT_POWER")
  })

  it("refuses a forged signature, a duplicate signer, another chain, another height", () => {
    const commit = signCommit(chainId, set, byHex, 5, 0, blockHash, 1000)
    const forged = structuredClone(commit)
    forged.signatures![2].signature![0] ^= 1
    const code = (f: () => unknown): string => {
      try {
        f()
        return "ok"
      } catch (e) {
        return e instanceof BlockError ? e.type.code : String(e)
      }
    }
    assert.equal(code(() => verifyCommit(forged, { chainId, set, height: 5, blockHash })), "COMMIT_INVALID_SIGNATURE")
    const dup = structuredClone(commit)
    dup.signatures![3] = dup.signatures![2]
    assert.equal(code(() => verifyCommit(dup, { chainId, set, height: 5, blockHash })), "COMMIT_DUPLICATE_VALIDATOR")
    assert.equal(code(() => verifyCommit(commit, { chainId: "other", set, height: 5, blockHash })), "COMMIT_INVALID_SIGNATURE")
    assert.equal(code(() => verifyCommit(commit, { chainId, set, height: 6, blockHash })), "COMMIT_WRONG_HEIGHT")
    const tampered = structuredClone(commit)
    tampered.signatures![0].timestamp = 1
    assert.equal(code(() => verifyCommit(tampered, { chainId, set, height: 5, blockHash })), "COMMIT_INVALID_SIGNATURE")
  })

  it("block time is the (lower) median of precommit timestamps; proposer is (h + r) mod n", () => {
    const commit = { height: 1, round: 0, blockHash, signatures: [50, 10, 40, 20].map((t, i) => ({ validatorIndex: i, timestamp: t, signature: new Uint8Array(64) })) }
    assert.equal(commitTime(commit), 20)
    commit.signatures.pop()
    assert.equal(commitTime(commit), 40)
    assert.equal(proposerIndex(set, 7, 2), 1)
  })
})
