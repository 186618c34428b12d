/**
 * The Ledger service in-process, over real LevelDB stores and timers with an in-memory network:
 * single-validator commit + restart from the store, `verifyLedgerStore` (clean store, flipped byte,
 * cut tail), and an equivocating validator whose conflicting votes become committed evidence.
 * (Equivocation is tested in-process: the forged validator's votes are signed with its key and
 * injected into the honest ledgers' inboxes, which is what a Byzantine process would send.)
 */
import assert from "node:assert/strict"
import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { generateEd25519, signEd25519 } from "../../../common/crypto/ed25519.ts"
import type { Genesis } from "../../../consensus/app/app.ts"
import type { ConsensusMessage } from "../../../consensus/ports.ts"
import { PREVOTE, voteSignBytes } from "../../../consensus/tendermint/index.ts"
import { silentLogger } from "../../../node/logger.ts"
import { Ledger, type LedgerNetwork } from "../../../node/ledger/ledger.ts"
import { verifyLedgerStore } from "../../../node/ledger/verify.ts"
import { Bucket } from "../../../node/storage/buckets.ts"
import { Db, u64be } from "../../../node/storage/db.ts"
import { consensus } from "../../../protocol/wire/types.ts"
import { LOOPBACK_PARAMS, provenanceTx } from "./cluster.ts"

const CHAIN = "ledger-unit"
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

type Key = { publicKey: Uint8Array; secretKey: Uint8Array }

function genesisOf(keys: Key[]): Genesis {
  return {
    chainId: CHAIN,
    genesisTime: 1_700_000_000_000,
    members: keys.map((k, i) => ({ org: `org-${i}`, name: `Org ${i}`, country: "DE", nodeKey: k.publicKey, peerId: "", addresses: [] })),
    params: LOOPBACK_PARAMS,
  }
}

/** In-memory network: messages are re-encoded per receiver (no shared objects), delivered async. */
class Hub {
  readonly ledgers = new Map<string, Ledger>()
  network(id: string): LedgerNetwork {
    const others = (): [string, Ledger][] => [...this.ledgers].filter(([k]) => k !== id)
    return {
      broadcastConsensus: (m) => {
        const bytes = consensus.ConsensusMessage.encode(m).finish()
        for (const [, l] of others()) setImmediate(() => l.receiveConsensus(consensus.ConsensusMessage.decode(bytes), id))
      },
      broadcastTxs: (txs) => {
        for (const [, l] of others()) setImmediate(() => l.receiveTxs(txs, id))
      },
      requestBlocks: async (peer, from, to) => {
        const l = this.ledgers.get(peer)
        if (l === undefined) throw new Error("no such peer")
        const r = await l.blocksForSync(from, to, 64)
        return { blocks: r.blocks.map((b) => ({ block: consensus.Block.decode(b.block), commit: consensus.Commit.decode(b.commit) })), latestHeight: r.latestHeight }
      },
    }
  }
}

async function until(what: string, timeoutMs: number, check: () => boolean | Promise<boolean>): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`)
    await sleep(20)
  }
}

describe("node/ledger: Ledger in-process", function () {
  this.timeout(60_000)
  let dir: string
  const open: Db[] = []
  const running: Ledger[] = []

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "medmesh-ledger-unit-"))
  })
  afterEach(async () => {
    for (const l of running.splice(0)) await l.close()
    for (const d of open.splice(0)) await d.close()
    await rm(dir, { recursive: true, force: true })
  })

  async function startLedger(name: string, key: Key, genesis: Genesis, hub: Hub): Promise<{ ledger: Ledger; db: Db }> {
    const db = await Db.open(join(dir, name))
    open.push(db)
    const ledger = new Ledger({ statusIntervalMs: 100 }, { db, genesis, signingKey: key, logger: silentLogger() })
    hub.ledgers.set(name, ledger)
    await ledger.start(hub.network(name))
    running.push(ledger)
    return { ledger, db }
  }

  async function stop(ledger: Ledger, db: Db): Promise<void> {
    await ledger.close()
    running.splice(running.indexOf(ledger), 1)
    await db.close()
    open.splice(open.indexOf(db), 1)
  }

  it("a single validator commits txs, survives a restart from its store, and the store verifies; a flipped byte and a cut tail are detected", async () => {
    const key = generateEd25519()
    const genesis = genesisOf([key])
    let { ledger, db } = await startLedger("v0", key, genesis, new Hub())
    const hashes: string[] = []
    for (let nonce = 1; nonce <= 20; nonce++) hashes.push(ledger.submitTx(provenanceTx(CHAIN, key, nonce)).txHash)
    const locs = await Promise.all(hashes.map((h) => ledger.waitForCommit(h, AbortSignal.timeout(20_000))))
    assert.ok(locs.every((l) => l.height >= 1), "every tx committed")
    const proof = await ledger.tx(hashes[7])
    assert.ok(proof !== undefined, "tx found with a proof")
    const heightBefore = ledger.status().height
    await stop(ledger, db)

    // restart: same state, and it keeps committing
    ;({ ledger, db } = await startLedger("v0", key, genesis, new Hub()))
    assert.ok(ledger.status().height >= heightBefore, "height restored from the store")
    const more = ledger.submitTx(provenanceTx(CHAIN, key, 21))
    await ledger.waitForCommit(more.txHash, AbortSignal.timeout(20_000))
    await stop(ledger, db)

    // verify: clean
    db = await Db.open(join(dir, "v0"))
    open.push(db)
    const clean = await verifyLedgerStore(db, genesis)
    assert.equal(clean.ok, true, `clean store verifies: ${JSON.stringify(clean.problems)}`)
    assert.equal(clean.txs, 21)

    // flip one byte of a stored block (in its tx bytes)
    const target = locs[7].height
    const stored = (await db.get(Bucket.block, u64be(target)))!.slice()
    stored[stored.length - 10] ^= 0x01
    await db.put(Bucket.block, u64be(target), stored)
    const flipped = await verifyLedgerStore(db, genesis)
    assert.equal(flipped.ok, false, "flipped byte detected")
    assert.ok(flipped.problems.some((p) => p.height === target), `reported at height ${target}: ${JSON.stringify(flipped.problems)}`)

    // cut tail: drop the last block and its commit
    const last = clean.blocks
    await db.del(Bucket.block, u64be(last))
    await db.del(Bucket.commit, u64be(last))
    const cut = await verifyLedgerStore(db, genesis)
    assert.ok(cut.problems.some((p) => p.check === "tail"), `cut tail detected: ${JSON.stringify(cut.problems)}`)
  })

  it("an equivocating validator's conflicting votes become a committed evidence tx", async () => {
    const keys = [generateEd25519(), generateEd25519(), generateEd25519(), generateEd25519()]
    const genesis = genesisOf(keys)
    const hub = new Hub()
    // validator 3 never runs honestly: the three others are a quorum
    const honest = await Promise.all([0, 1, 2].map((i) => startLedger(`v${i}`, keys[i], genesis, hub)))
    await until("first blocks", 20_000, () => honest.every((h) => h.ledger.status().height >= 2))
    const byz = keys[3]
    const height = honest[0].ledger.status().height + 2
    const forged = (blockHash: Uint8Array): ConsensusMessage => {
      const vote = { type: PREVOTE, height, round: 0, blockHash, timestamp: Date.now(), validatorIndex: 3, validator: byz.publicKey }
      return { vote: { ...vote, signature: signEd25519(byz.secretKey, voteSignBytes(CHAIN, vote)) } }
    }
    const a = forged(new Uint8Array(32).fill(0xaa))
    const b = forged(new Uint8Array(32).fill(0xbb))
    for (const h of honest) {
      h.ledger.receiveConsensus(a, "byzantine")
      h.ledger.receiveConsensus(b, "byzantine")
    }
    await until("evidence committed", 30_000, () => honest.every((h) => h.ledger.app.validatorFlags(byz.publicKey).length > 0))
    const flags = honest[0].ledger.app.validatorFlags(byz.publicKey)
    assert.equal(flags[0].height, height, "evidence names the equivocation height")
    const evTx = await honest[1].ledger.tx(flags[0].evidenceTx)
    assert.ok(evTx !== undefined, `evidence tx ${flags[0].evidenceTx} is in a block`)
    // and all honest nodes agree on the chain
    await until("same height", 10_000, () => new Set(honest.map((h) => h.ledger.status().height)).size === 1)
    const hs = honest.map((h) => h.ledger.status())
    assert.ok(hs.every((s) => s.appHash === hs[0].appHash && s.lastBlockHash === hs[0].lastBlockHash), "identical app and block hashes")
  })

  it("a node whose app hash diverges halts loudly: consensus stops, status says halted, txs are refused", async () => {
    const keys = [generateEd25519(), generateEd25519(), generateEd25519(), generateEd25519()]
    const genesis = genesisOf(keys)
    const hub = new Hub()
    const nodes = await Promise.all([0, 1, 2, 3].map((i) => startLedger(`v${i}`, keys[i], genesis, hub)))
    await until("first blocks", 20_000, () => nodes.every((n) => n.ledger.status().height >= 2))
    let halted: string | undefined
    const victim = nodes[3].ledger
    victim.onHalt = (reason) => (halted = reason)
    // corrupt the victim's state as a bug or a bad disk would: its app hash no longer matches the chain
    victim.app.appHash = new Uint8Array(32).fill(7)
    await until("victim halts", 20_000, () => victim.halted !== null)
    assert.ok(halted !== undefined && /app hash|APP_HASH|invalid here/i.test(halted), `halt reason names the divergence: ${halted}`)
    assert.equal(victim.status().step, "halted")
    assert.throws(() => victim.submitTx(provenanceTx(CHAIN, keys[3], 1)), (err: Error & { type?: { code: string } }) => err.type?.code === "LEDGER_HALTED")
    // the three others keep committing
    const h = nodes[0].ledger.status().height
    await until("others continue", 20_000, () => nodes.slice(0, 3).every((n) => n.ledger.status().height > h + 2))
  })
})
