import { strict as assert } from "node:assert"
import { utf8 } from "../../common/bytes.ts"
import { sha256 } from "../../common/crypto/hash.ts"
import { verifyKeySignature, type SignatureVerifyFn } from "../../consensus/app/index.ts"
import { decodeTx, decodedTxSignBytes, txSignBytes } from "../../consensus/app/tx.ts"
import { signTx, TestChain, seededKey } from "../../consensus/app/testkit.ts"
import { MempoolError } from "../../consensus/mempool/index.ts"

const CHAIN = "medmesh-test"

function note(chain: TestChain, member: number, nonce: number, tag = "x"): Uint8Array {
  return signTx(CHAIN, chain.members[member].key, nonce, { provenanceNote: { subject: sha256(utf8.encode(`${tag}-${nonce}`)), kind: "bundle" } })
}

function code(f: () => unknown): string {
  try {
    f()
    return "ok"
  } catch (err) {
    if (err instanceof MempoolError) return err.type.code
    throw err
  }
}

describe("consensus/mempool", () => {
  it("verifies each tx signature once: gossip repeats, rechecks and block execution hit the cache", async () => {
    let calls = 0
    const counting: SignatureVerifyFn = (k, m, s) => {
      calls++
      return verifyKeySignature(k, m, s)
    }
    const chain = await new TestChain({ verify: counting }).init()
    const txs = Array.from({ length: 20 }, (_, i) => note(chain, i % 4, Math.floor(i / 4) + 1))
    chain.mempool.addTxs(txs, "peer")
    chain.mempool.addTxs(txs, "peer") // duplicates: refused before verification
    assert.equal(calls, 20, "one verification per tx on entry")
    const extra = note(chain, 0, 100)
    chain.mempool.addTx(extra)
    await chain.commitNext() // propose + validate + commit + recheck
    assert.equal(calls, 21, "no verification at proposal, validation, commit or recheck")
    const forged = note(chain, 1, 200).slice()
    forged[forged.length - 2] ^= 4
    assert.equal(code(() => chain.mempool.addTx(forged)), "TX_INVALID_SIGNATURE")
    assert.equal(code(() => chain.mempool.addTx(forged)), "TX_INVALID_SIGNATURE")
    assert.equal(calls, 22, "a forged tx is verified once, then refused from the cache")
  })

  it("deduplicates, enforces count, byte, tx-size and per-signer limits with reason codes", async () => {
    const chain = await new TestChain({ mempool: { maxTxs: 5, maxBytes: 1_000_000, maxPendingPerSigner: 3 } }).init()
    const a = note(chain, 0, 1)
    chain.mempool.addTx(a)
    assert.equal(code(() => chain.mempool.addTx(a)), "TX_ALREADY_PENDING")
    chain.mempool.addTx(note(chain, 0, 2))
    chain.mempool.addTx(note(chain, 0, 3))
    assert.equal(code(() => chain.mempool.addTx(note(chain, 0, 4))), "SIGNER_PENDING_LIMIT")
    chain.mempool.addTx(note(chain, 1, 1))
    chain.mempool.addTx(note(chain, 2, 1))
    assert.equal(code(() => chain.mempool.addTx(note(chain, 3, 1))), "MEMPOOL_FULL")
    assert.equal(chain.mempool.size, 5)
    const big = signTx(CHAIN, chain.members[3].key, 1, { provenanceNote: { subject: Uint8Array.of(1), kind: "x", note: "n".repeat(3000) } })
    const small = await new TestChain({ mempool: { maxTxBytes: 1024 } }).init()
    assert.equal(code(() => small.mempool.addTx(big)), "TX_TOO_LARGE")
    assert.equal(code(() => small.mempool.addTx(Uint8Array.of(1, 2, 3))), "TX_MALFORMED")
    const one = note(chain, 0, 1)
    const byBytes = await new TestChain({ mempool: { maxBytes: one.length + 10 } }).init()
    byBytes.mempool.addTx(one)
    assert.equal(code(() => byBytes.mempool.addTx(note(byBytes, 1, 1))), "MEMPOOL_FULL")
  })

  it("reaps within limits in nonce order per signer, gossips local txs, and update() drops committed and stale txs", async () => {
    const gossiped: Uint8Array[][] = []
    const chain = await new TestChain({ broadcastTxs: (txs) => gossiped.push(txs) }).init()
    chain.mempool.addTx(note(chain, 0, 3))
    chain.mempool.addTx(note(chain, 1, 1))
    chain.mempool.addTx(note(chain, 0, 1))
    chain.mempool.addTxs([note(chain, 2, 1)], "peer")
    assert.equal(gossiped.length, 3, "local txs gossiped, peer txs not re-gossiped")
    const reaped = chain.mempool.reap(10, 1_000_000)
    assert.deepEqual(reaped.map((t) => [t.signerId.slice(2, 8), t.envelope.nonce]), [
      [reaped[0].signerId.slice(2, 8), 1],
      [reaped[0].signerId.slice(2, 8), 3],
      [reaped[2].signerId.slice(2, 8), 1],
      [reaped[3].signerId.slice(2, 8), 1],
    ])
    assert.equal(chain.mempool.reap(2, 1_000_000).length, 2)
    assert.equal(chain.mempool.reap(10, reaped[0].bytes.length).length, 1)
    const { block } = await chain.commitNext()
    assert.equal(block.txs?.length, 4)
    assert.equal(chain.mempool.size, 0)
    // a pending tx made stale by a committed one with a higher nonce is dropped
    chain.mempool.addTx(note(chain, 3, 2))
    chain.mempool.addTx(note(chain, 3, 5))
    const builder = chain.mempool.reap(10, 1_000_000)
    assert.equal(builder.length, 2)
    chain.mempool.update(chain.app.height, [])
    assert.equal(chain.mempool.size, 2)
    void seededKey
  })

  it("reports each pending tx it drops after a block (expired, stale), not the committed ones: the ledger's commit waiters stop waiting", async () => {
    const dropped: [string, string][] = []
    const chain = await new TestChain({ onDropped: (hash, reason) => dropped.push([hash, reason]) }).init()
    await chain.commitNext() // height 1
    const expiring = signTx(CHAIN, chain.members[0].key, 1, { provenanceNote: { subject: sha256(utf8.encode("expiring")), kind: "bundle" } }, 3)
    chain.mempool.addTx(expiring)
    chain.mempool.addTx(note(chain, 1, 1))
    chain.mempool.update(3, []) // the block at height 3 is past the first tx's expiry
    assert.deepEqual(dropped, [[Buffer.from(sha256(expiring)).toString("hex"), "TX_EXPIRED"]])
    await chain.commitNext() // commits member 1's note: committed, not dropped
    assert.equal(dropped.length, 1)
  })

  it("derives a decoded tx's sign bytes from its canonical bytes, equal to encoding the envelope with the signature emptied", async () => {
    const chain = await new TestChain().init()
    const txs = [
      note(chain, 0, 1),
      note(chain, 1, 7, "y".repeat(500)),
      signTx(CHAIN, chain.members[2].key, 3, { credentialRevoke: { credentialHash: sha256(utf8.encode("c")), reason: "left" } }, 9),
      signTx(CHAIN, chain.members[3].key, 1, { consentRevoke: { pseudonym: sha256(utf8.encode("p")), consentId: sha256(utf8.encode("id")) } }),
    ]
    for (const t of txs) {
      const d = decodeTx(t)
      assert.deepEqual(decodedTxSignBytes(CHAIN, d), txSignBytes(CHAIN, d.envelope))
      assert.ok(verifyKeySignature(d.signer, decodedTxSignBytes(CHAIN, d), d.envelope.signature ?? new Uint8Array(0)))
    }
  })

  it("rechecks incrementally after a block: only pending txs that read a key the block wrote, all of them every fullRecheckEveryHeights", async () => {
    const chain = await new TestChain({ params: { maxBlockTxs: 4 }, mempool: { fullRecheckEveryHeights: 3 } }).init()
    await chain.commitNext() // height 1 (writes the genesis state too)
    for (let nonce = 1; nonce <= 5; nonce++) for (let m = 0; m < 4; m++) chain.mempool.addTx(note(chain, m, nonce))
    let checks = 0
    const checkTx = chain.app.checkTx.bind(chain.app)
    chain.app.checkTx = (d, reads) => {
      checks++
      checkTx(d, reads)
    }
    await chain.commitNext() // height 2: nonce 1 of each member
    assert.equal(chain.mempool.size, 16)
    assert.equal(checks, 0, "no pending provenance note read a key block 2 wrote (the signers' nonces are compared, not rechecked)")
    await chain.commitNext() // height 3: the periodic full recheck
    assert.equal(chain.mempool.size, 12)
    assert.equal(checks, 12, "every pending tx rechecked at the safety-net height")
    await chain.commitNext() // height 4: incremental again
    assert.equal(checks, 12)
    // a pending tx that read a key the block writes is rechecked and, refused now, dropped
    const chain2 = await new TestChain({ params: { maxBlockTxs: 1 } }).init()
    const event = (m: number): Uint8Array =>
      signTx(CHAIN, chain2.members[m].key, 1, {
        accessEvent: { requestHash: sha256(utf8.encode("req-1")), pseudonym: sha256(utf8.encode("someone")), outcome: 1, reason: "CONSENT_PERMIT", requesterKey: seededKey("clinician", 0).publicKey, requesterOrg: chain2.members[2].org, requesterCountry: "FR", requesterRole: 1, purpose: 1, decisionHeight: 1, decidedAt: 1_700_000_000_000, holderOrg: chain2.members[m].org },
      })
    chain2.mempool.addTx(event(0))
    chain2.mempool.addTx(event(1))
    await chain2.commitNext()
    assert.equal(chain2.mempool.size, 0, "the second event for the same request read the request's key, which the block wrote: dropped")
  })
})
