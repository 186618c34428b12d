/**
 * Multi-process equivocation (issue 3): 4 validator processes (MedmeshNode: libp2p over loopback,
 * LevelDB, HTTP API); validator 3 is Byzantine through the test-only fault knob
 * MEDMESH_LEDGER_FAULT_EQUIVOCATE (node/ledger/faults.ts): after each prevote it also signs a
 * conflicting prevote past its double-sign guard and sends it to its peers over the real
 * /medmesh/<chain>/consensus/1.0.0 streams. The knob is in every process's environment; it acts
 * only on the node it names.
 *  - honest processes see both votes, submit a duplicate-vote evidence tx, commit it: found through
 *    the HTTP API (blocks → txs → inclusion proof, checked offline), it names validator 3 and
 *    carries its two validly signed, conflicting prevotes; block hash and app hash agree on every
 *    node at every height; the chain keeps committing (a tx submitted afterwards commits); the
 *    stopped honest node's store flags validator 3 (and nobody else) and `medmesh ledger verify`
 *    replays it from genesis.
 *  - knob off, same run length: no evidence tx, no flag, no equivocation logged.
 * The in-process version (conflicting votes injected into honest ledgers) is in
 * test/node/ledger/ledger.test.ts. Validator keys are random per run; nothing else is.
 */
import assert from "node:assert/strict"
import { execFile } from "node:child_process"
import { writeFile } from "node:fs/promises"
import { join } from "node:path"
import { promisify } from "node:util"
import { equalBytes, toHex } from "../../common/bytes.ts"
import { verifyEd25519 } from "../../common/crypto/ed25519.ts"
import { PREVOTE, voteSignBytes } from "../../consensus/tendermint/index.ts"
import { FAULT_EQUIVOCATE_ENV } from "../../node/ledger/faults.ts"
import { verifyTxProof, type TxProofJson } from "../../node/ledger/proof.ts"
import { LevelAppStore } from "../../node/ledger/stores.ts"
import { Db } from "../../node/storage/db.ts"
import { tx as txTypes } from "../../protocol/wire/types.ts"
import { heights, LedgerCluster, provenanceTx, waitUntil as waitUntilEvery, type BlockJson } from "../node/ledger/cluster.ts"

const run = promisify(execFile)
const BIN = new URL("../../cli/bin.ts", import.meta.url).pathname
/** how long both runs (knob on, knob off) commit after their first blocks */
const RUN_MS = 6000
const BYZ = 3
const HONEST = [0, 1, 2]
const ALL = [0, 1, 2, 3]

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))
const waitUntil = (what: string, timeoutMs: number, check: () => Promise<boolean>): Promise<void> => waitUntilEvery(what, timeoutMs, check, 100)

type Envelope = ReturnType<typeof txTypes.TxEnvelope.decode>
type CommittedTx = { txHash: string; height: number; proof: TxProofJson; envelope: Envelope }


/** Starts the cluster, waits for its first blocks, lets it run RUN_MS, then for every node to be within 2 heights: returns the lowest height. */
async function runFor(c: LedgerCluster): Promise<number> {
  await c.startAll()
  await waitUntil("first blocks", 30_000, async () => (await heights(c, ALL)).every((h) => h >= 2))
  await sleep(RUN_MS)
  return settle(c)
}

async function settle(c: LedgerCluster): Promise<number> {
  let h = 0
  await waitUntil("all nodes at one height", 20_000, async () => {
    const hs = await heights(c, ALL)
    h = Math.min(...hs)
    return Math.max(...hs) - h <= 2
  })
  return h
}

/** Same block hash and app hash at every height 1..h on every node. */
async function assertSameChain(c: LedgerCluster, h: number): Promise<void> {
  for (let height = 1; height <= h; height++) {
    const blocks = await Promise.all(ALL.map((i) => c.get<BlockJson>(i, `/v1/ledger/blocks/${height}`)))
    for (let k = 0; k < ALL.length; k++) {
      assert.equal(blocks[k].status, 200, `node ${k} has block ${height}`)
      assert.equal(blocks[k].body.hash, blocks[0].body.hash, `block hash at ${height}: node ${k} vs node 0`)
      assert.equal(blocks[k].body.appHashAfter, blocks[0].body.appHashAfter, `app hash after ${height}: node ${k} vs node 0`)
    }
  }
}

/** Every tx committed at heights 1..h, as node `i`'s HTTP API serves it (block → tx → proof → decoded envelope). */
async function committedTxs(c: LedgerCluster, i: number, h: number): Promise<CommittedTx[]> {
  const out: CommittedTx[] = []
  for (let height = 1; height <= h; height++) {
    const block = await c.get<BlockJson>(i, `/v1/ledger/blocks/${height}`)
    assert.equal(block.status, 200, `node ${i} has block ${height}`)
    for (const txHash of block.body.txHashes) {
      const r = await c.get<{ height: number; proof: TxProofJson }>(i, `/v1/ledger/txs/${txHash}`)
      assert.equal(r.status, 200, `tx ${txHash} of block ${height} is served by node ${i}`)
      out.push({ txHash, height: r.body.height, proof: r.body.proof, envelope: txTypes.TxEnvelope.decode(Buffer.from(r.body.proof.tx, "hex")) })
    }
  }
  return out
}

/** The evidence flags in a stopped node's LevelDB app state, by validator key hex. */
async function storedFlags(c: LedgerCluster, i: number): Promise<Map<string, { height: number; round: number; type: number; evidenceTx: string }[]>> {
  const db = await Db.open(join(c.validators[i].dataDir, "db")) // node/node.ts STORE_DIR
  try {
    const store = await LevelAppStore.load(db)
    const out = new Map<string, { height: number; round: number; type: number; evidenceTx: string }[]>()
    for await (const [key, value] of store.entries("vf/")) out.set(key.slice(3), JSON.parse(Buffer.from(value).toString("utf8")))
    return out
  } finally {
    await db.close()
  }
}

function logsOf(c: LedgerCluster, i: number): string {
  return c.logs[i].join("")
}

describe("equivocation e2e: a Byzantine validator process among 4", function () {
  this.timeout(120_000)
  let cluster: LedgerCluster | undefined

  afterEach(async () => {
    await cluster?.cleanup()
    cluster = undefined
  })

  it(`${FAULT_EQUIVOCATE_ENV} names validator 3: the honest processes commit evidence naming it with its two votes, agree at every height, keep committing; its store flags it`, async () => {
    const c = (cluster = await LedgerCluster.create({ n: 4, chainId: "equivocation-e2e", env: { [FAULT_EQUIVOCATE_ENV]: "hospital-3" } }))
    const byz = c.validators[BYZ]
    const honestKeys = new Set(HONEST.map((i) => toHex(c.validators[i].publicKey)))
    const v0 = c.validators[0]
    await writeFile(join(v0.dataDir, "medmesh.json"), JSON.stringify({ org: v0.org, name: "Hospital", country: "DE", consortiumFile: join(c.dir, "consortium.json"), api: { host: "127.0.0.1", port: v0.apiPort } }))
    const h0 = await runFor(c)

    // the chain keeps committing: a tx submitted now commits, and heights move on (signed with
    // validator 3's key: the honest ones sign their evidence txs with theirs, nonces unknown here)
    const after = await c.submit(1, provenanceTx(c.chainId, byz, 1), true, 20_000)
    assert.equal(after.status, 200, `a tx after the equivocation commits: ${JSON.stringify(after.body)}`)
    await waitUntil("heights move on", 20_000, async () => (await heights(c, ALL)).every((h) => h > h0 + 3))
    const h = await settle(c)
    await assertSameChain(c, h)

    const txs = await committedTxs(c, 0, h)
    const evidence = txs.filter((t) => t.envelope.duplicateVoteEvidence !== null && t.envelope.duplicateVoteEvidence !== undefined)
    assert.ok(evidence.length >= 1, `evidence committed within ${RUN_MS} ms (${txs.length} txs in ${h} blocks)`)
    const seen = new Set<string>()
    const validators = { validators: c.validators.map((v) => ({ key: v.publicKey, power: 1, org: v.org })) }
    for (const ev of evidence) {
      const { voteA, voteB } = ev.envelope.duplicateVoteEvidence!
      assert.ok(voteA && voteB, "both votes present")
      for (const v of [voteA, voteB]) {
        assert.ok(equalBytes(v.validator!, byz.publicKey), `the evidence names validator 3, not ${toHex(v.validator!)}`)
        assert.equal(v.type, PREVOTE)
        assert.ok(verifyEd25519(byz.publicKey, voteSignBytes(c.chainId, v), v.signature!), "each vote is validly signed by validator 3")
      }
      assert.equal(voteA.height, voteB.height, "same height")
      assert.equal(voteA.round, voteB.round, "same round")
      assert.equal(voteA.validatorIndex, voteB.validatorIndex, "same validator index")
      assert.ok(!equalBytes(voteA.blockHash ?? new Uint8Array(0), voteB.blockHash ?? new Uint8Array(0)), "conflicting block hashes")
      assert.ok((voteA.height ?? 0) <= ev.height, "evidence for a past or current height")
      assert.ok(honestKeys.has(toHex(ev.envelope.signer!.key!)), "submitted by an honest validator")
      const id = `${voteA.height}/${voteA.round}`
      assert.ok(!seen.has(id), `one committed evidence per equivocation (${id})`)
      seen.add(id)
      verifyTxProof(ev.proof, validators) // the inclusion proof holds offline with the member keys
      for (const i of [1, 2]) {
        const r = await c.get<{ height: number }>(i, `/v1/ledger/txs/${ev.txHash}`)
        assert.equal(r.body.height, ev.height, `evidence tx ${ev.txHash} at the same height on node ${i}`)
      }
    }
    assert.match(logsOf(c, BYZ), /FAULT INJECTION/, "the Byzantine node warns it is injecting faults")
    for (const i of HONEST) assert.doesNotMatch(logsOf(c, i), /FAULT INJECTION/, `the knob does not act on node ${i}`)
    assert.ok(HONEST.some((i) => /duplicate vote: evidence submitted/.test(logsOf(c, i))), "an honest node reported the duplicate vote")

    // the same through the API and the CLI: GET /v1/ledger/validators on every honest node, `medmesh ledger validators`
    type ValidatorsBody = { height: number; validators: { org: string; key: string; evidence: { evidenceTx: string; height: number }[] }[] }
    for (const i of HONEST) {
      const r = await c.get<ValidatorsBody>(i, "/v1/ledger/validators")
      assert.equal(r.status, 200)
      for (const v of r.body.validators) {
        if (v.key === toHex(byz.publicKey)) {
          for (const ev of evidence) assert.ok(v.evidence.some((f) => f.evidenceTx === ev.txHash), `node ${i} lists evidence ${ev.txHash} against validator 3`)
        } else assert.deepEqual(v.evidence, [], `node ${i}: no evidence against ${v.org}`)
      }
    }
    const listed = await run(process.execPath, [BIN, "ledger", "validators", "--json", "--data-dir", v0.dataDir])
    const cliView = JSON.parse(listed.stdout) as ValidatorsBody
    assert.ok((cliView.validators.find((v) => v.key === toHex(byz.publicKey))?.evidence.length ?? 0) >= evidence.length, `medmesh ledger validators shows the evidence: ${listed.stdout.slice(0, 300)}`)

    // app state: the stopped honest node's store flags validator 3 for each committed evidence, nobody else
    await c.stop(0)
    const flags = await storedFlags(c, 0)
    assert.deepEqual([...flags.keys()], [toHex(byz.publicKey)], "only validator 3 is flagged")
    const byzFlags = flags.get(toHex(byz.publicKey))!
    for (const ev of evidence) {
      const vote = ev.envelope.duplicateVoteEvidence!.voteA!
      assert.ok(
        byzFlags.some((f) => f.evidenceTx === ev.txHash && f.height === vote.height && f.round === (vote.round ?? 0) && f.type === PREVOTE),
        `flag for evidence ${ev.txHash} (height ${vote.height})`,
      )
    }
    const verified = await run(process.execPath, [BIN, "ledger", "verify", "--json", "--data-dir", v0.dataDir])
    const report = JSON.parse(verified.stdout) as { ok: boolean; txs: number; blocks: number }
    assert.equal(report.ok, true, `medmesh ledger verify replays the store from genesis: ${verified.stdout}`)
    assert.ok(report.txs >= evidence.length + 1, `verify replayed the evidence txs (${report.txs} txs in ${report.blocks} blocks)`)
    console.log(`      ${h} heights, ${evidence.length} evidence txs committed (equivocations at heights ${[...seen].slice(0, 5).join(", ")}${seen.size > 5 ? ", …" : ""}), ${byzFlags.length} flags`)
  })

  it("knob off, same run length: no evidence, no flag, no equivocation", async () => {
    const c = (cluster = await LedgerCluster.create({ n: 4, chainId: "equivocation-e2e" }))
    const h = await runFor(c)
    assert.ok(h >= 5, `the run committed blocks (${h})`)
    await assertSameChain(c, h)
    const txs = await committedTxs(c, 0, h)
    assert.deepEqual(
      txs.filter((t) => t.envelope.duplicateVoteEvidence !== null && t.envelope.duplicateVoteEvidence !== undefined).map((t) => t.txHash),
      [],
      "no evidence tx",
    )
    for (const i of ALL) assert.doesNotMatch(logsOf(c, i), /FAULT INJECTION|equivocation|duplicate vote/, `node ${i} logged no equivocation`)
    await c.stop(0)
    assert.equal((await storedFlags(c, 0)).size, 0, "no validator flagged")
    console.log(`      ${h} heights, no evidence`)
  })
})
