/**
 * node/ledger/verifyPool: gossiped txs' signatures checked on worker threads give the same verdicts
 * as the mempool's own check, and a Ledger using the pool admits valid gossip and refuses a forgery.
 */
import assert from "node:assert/strict"
import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { generateEd25519 } from "../../../common/crypto/ed25519.ts"
import { sha256 } from "../../../common/crypto/hash.ts"
import type { Genesis } from "../../../consensus/app/app.ts"
import { decodeTx, TxVerifier } from "../../../consensus/app/tx.ts"
import { silentLogger } from "../../../node/logger.ts"
import { Ledger, type LedgerNetwork } from "../../../node/ledger/ledger.ts"
import { VerifyPool } from "../../../node/ledger/verifyPool.ts"
import { Db } from "../../../node/storage/db.ts"
import { consensus } from "../../../protocol/wire/types.ts"
import { LOOPBACK_PARAMS, provenanceTx } from "./cluster.ts"

const CHAIN = "verify-pool"

describe("node/ledger: verify pool", function () {
  this.timeout(60_000)

  it("returns the mempool's verdicts: valid, forged signature, undecodable; the verifier cache then answers without verifying", async () => {
    const key = generateEd25519()
    const good = [1, 2, 3].map((n) => provenanceTx(CHAIN, key, n))
    const forged = provenanceTx(CHAIN, key, 4).slice()
    forged[forged.length - 2] ^= 1
    const otherChain = provenanceTx("another-chain", key, 5)
    const garbage = Uint8Array.of(1, 2, 3)
    const pool = new VerifyPool(CHAIN, 2)
    try {
      const r = await pool.verify([...good, forged, otherChain, garbage])
      assert.deepEqual([...r.valid], [1, 1, 1, 0, 0, 2])
      assert.equal(r.hashes[5], "")
      let calls = 0
      const verifier = new TxVerifier({ chainId: CHAIN }, { verify: () => (calls++, true) })
      for (let i = 0; i < 5; i++) verifier.record(r.hashes[i], r.valid[i] === 1)
      const txs = [...good, forged, otherChain]
      assert.deepEqual(txs.map((t) => verifier.verify(decodeTx(t))), [true, true, true, false, false])
      assert.equal(calls, 0, "every verdict came from the pool")
      // batches from several peers at once come back to the right caller
      const many = await Promise.all(Array.from({ length: 8 }, (_, i) => pool.verify([provenanceTx(CHAIN, key, 10 + i)])))
      assert.ok(many.every((m) => m.valid[0] === 1))
    } finally {
      await pool.close()
    }
    await assert.rejects(pool.verify(good), /unavailable/)
  })

  it("a Ledger with verifyWorkers admits gossiped txs checked on the pool, commits them, and refuses a forged one", async () => {
    const dir = await mkdtemp(join(tmpdir(), "medmesh-verify-pool-"))
    const keys = [generateEd25519(), generateEd25519()]
    const genesis: Genesis = { chainId: CHAIN, genesisTime: 1_700_000_000_000, members: keys.map((k, i) => ({ org: `org-${i}`, name: `Org ${i}`, country: "DE", nodeKey: k.publicKey, peerId: "", addresses: [] })), params: LOOPBACK_PARAMS }
    const ledgers: Ledger[] = []
    const dbs: Db[] = []
    const net = (self: number): LedgerNetwork => ({
      broadcastConsensus: (m) => {
        const bytes = consensus.ConsensusMessage.encode(m).finish()
        for (const [i, l] of ledgers.entries()) if (i !== self) setImmediate(() => l.receiveConsensus(consensus.ConsensusMessage.decode(bytes), `p${self}`))
      },
      broadcastTxs: (txs) => {
        for (const [i, l] of ledgers.entries()) if (i !== self) setImmediate(() => l.receiveTxs(txs.map((t) => t.slice()), `p${self}`))
      },
      requestBlocks: async () => ({ blocks: [], latestHeight: 0 }),
    })
    try {
      for (let i = 0; i < 2; i++) {
        const db = await Db.open(join(dir, `v${i}`))
        dbs.push(db)
        ledgers.push(new Ledger({ statusIntervalMs: 100, verifyWorkers: 1 }, { db, genesis, signingKey: keys[i], logger: silentLogger() }))
      }
      for (let i = 0; i < 2; i++) await ledgers[i].start(net(i))
      const hashes = [1, 2, 3, 4, 5].map((n) => ledgers[0].submitTx(provenanceTx(CHAIN, keys[0], n)).txHash)
      const locs = await Promise.all(hashes.map((h) => ledgers[1].waitForCommit(h, AbortSignal.timeout(30_000))))
      assert.ok(locs.every((l) => l.height >= 1), "gossiped to v1 through its pool, committed, seen committed on v1")
      // a forgery arriving by gossip: the pool says invalid, admission refuses it, it never commits
      const forged = provenanceTx(CHAIN, keys[1], 1).slice()
      forged[forged.length - 3] ^= 1
      ledgers[1].receiveTxs([forged], "p0")
      await new Promise((r) => setTimeout(r, 300)) // the pool's verdict, then admission
      assert.equal(ledgers[1].status().mempool.txs, 0, "refused at admission")
      const after = ledgers[1].submitTx(provenanceTx(CHAIN, keys[1], 2)).txHash
      await ledgers[1].waitForCommit(after, AbortSignal.timeout(30_000))
      assert.equal(ledgers[1].status().mempool.txs, 0)
      assert.equal(await ledgers[1].blockStore.loadTxLocation(sha256(forged)), undefined, "the forged tx is not committed")
    } finally {
      for (const l of ledgers) await l.close()
      for (const d of dbs) await d.close()
      await rm(dir, { recursive: true, force: true })
    }
  })
})
