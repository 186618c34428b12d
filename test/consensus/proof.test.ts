import { strict as assert } from "node:assert"
import { fromHex, toHex, utf8 } from "../../common/bytes.ts"
import { sha256 } from "../../common/crypto/hash.ts"
import { decodeTx } from "../../consensus/app/index.ts"
import { seededKey, signTx, TestChain } from "../../consensus/app/testkit.ts"
import { buildTxProof, decodeTxProofJson, encodeTxProofJson, ProofError, verifyTxProof, type TxProof, type TxProofJson } from "../../consensus/proof/index.ts"

const CHAIN = "medmesh-test"

function failsWith(f: () => unknown): string {
  try {
    f()
    return "ok"
  } catch (err) {
    if (err instanceof ProofError) return err.type.code
    throw err
  }
}

describe("consensus/proof", () => {
  let chain: TestChain
  const txHashes: Uint8Array[] = []

  before(async () => {
    chain = await new TestChain().init()
    let nonce = 0
    for (const count of [1, 2, 3, 5, 8]) {
      nonce++
      const txs = Array.from({ length: count }, (_, i) =>
        signTx(CHAIN, chain.members[i % 4].key, nonce * 10 + Math.floor(i / 4), { provenanceNote: { subject: sha256(utf8.encode(`n${nonce}-${i}`)), kind: "bundle" } }),
      )
      await chain.commitTxs(txs)
      for (const t of txs) txHashes.push(decodeTx(t).hash)
    }
    await chain.commitNext() // the commit of the last tx block is stored with it either way
  })

  const memberKeys = (): Uint8Array[] => chain.members.map((m) => m.key.publicKey)
  const source = () => ({ blockStore: chain.blockStore, validatorSetAt: (h: number) => chain.app.validatorSet(h) })

  it("proves every committed tx offline with only the member keys, also after a JSON round trip", async () => {
    for (const hash of txHashes) {
      const proof = await buildTxProof(source(), hash, CHAIN)
      const result = verifyTxProof(proof, memberKeys(), CHAIN)
      assert.deepEqual(result.txHash, hash, `tx ${toHex(hash)}`)
      const again = decodeTxProofJson(encodeTxProofJson(proof))
      verifyTxProof(again, chain.executor.validatorSet(result.height), CHAIN)
    }
    await assert.rejects(buildTxProof(source(), sha256(Uint8Array.of(0)), CHAIN), (e: unknown) => e instanceof ProofError && e.type.code === "PROOF_TX_NOT_FOUND")
  })

  it("fails on untrusted keys, another chain, a wrong index", async () => {
    const proof = await buildTxProof(source(), txHashes[txHashes.length - 3], CHAIN)
    assert.equal(failsWith(() => verifyTxProof(proof, [seededKey("other", 0).publicKey, ...memberKeys().slice(0, 2)], CHAIN)), "PROOF_UNTRUSTED_SIGNERS")
    assert.equal(failsWith(() => verifyTxProof(proof, memberKeys(), "other-chain")), "PROOF_WRONG_CHAIN")
    assert.equal(failsWith(() => verifyTxProof({ ...proof, txIndex: (proof.txIndex + 1) % proof.txCount }, memberKeys(), CHAIN)), "PROOF_BAD_MERKLE_PATH")
  })

  it("fails when any single byte of the proof file's binary parts is flipped", async () => {
    const proof: TxProof = await buildTxProof(source(), txHashes[txHashes.length - 2], CHAIN)
    const json = JSON.parse(encodeTxProofJson(proof)) as TxProofJson
    const fields: (keyof TxProofJson)[] = ["tx", "header", "commit", "validatorSet"]
    let checked = 0
    const attempt = (mutated: TxProofJson, what: string): void => {
      delete (mutated as Partial<TxProofJson>).txHash
      const result = failsWith(() => verifyTxProof(decodeTxProofJson(JSON.stringify(mutated)), memberKeys(), CHAIN))
      assert.notEqual(result, "ok", `flipping ${what} must fail verification`)
      checked++
    }
    for (const field of fields) {
      const bytes = fromHex(field, json[field] as string)
      for (let i = 0; i < bytes.length; i++) {
        const flipped = bytes.slice()
        flipped[i] ^= 1 << (i % 8)
        attempt({ ...json, [field]: toHex(flipped) }, `${field}[${i}]`)
      }
    }
    json.merklePath.forEach((node, p) => {
      const bytes = fromHex("path", node)
      for (let i = 0; i < bytes.length; i++) {
        const flipped = bytes.slice()
        flipped[i] ^= 0x10
        const merklePath = json.merklePath.slice()
        merklePath[p] = toHex(flipped)
        attempt({ ...json, merklePath }, `merklePath[${p}][${i}]`)
      }
    })
    assert.ok(checked > 500, `checked ${checked} flips`)
  })
})
