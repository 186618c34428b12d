/**
 * `medmesh ledger status|block|tx|verify-proof|verify` against a running single-validator node
 * (test/node/ledger/cluster.ts), then `verify` on its stopped store, including a tampered proof.
 */
import assert from "node:assert/strict"
import { execFile } from "node:child_process"
import { readFile, writeFile } from "node:fs/promises"
import { join } from "node:path"
import { promisify } from "node:util"
import { LedgerCluster, provenanceTx } from "../node/ledger/cluster.ts"

const run = promisify(execFile)
const BIN = new URL("../../cli/bin.ts", import.meta.url).pathname

describe("ledger CLI against a running node", function () {
  this.timeout(120_000)
  let c: LedgerCluster

  before(async () => {
    c = await LedgerCluster.create({ n: 1 })
    await c.start(0)
    const v = c.validators[0]
    await writeFile(join(v.dataDir, "medmesh.json"), JSON.stringify({ org: v.org, name: "Hospital", country: "DE", consortiumFile: join(c.dir, "consortium.json"), api: { host: "127.0.0.1", port: v.apiPort } }))
  })
  after(async () => {
    await c.cleanup()
  })

  async function cli(...args: string[]): Promise<{ code: number; stdout: string }> {
    try {
      const { stdout } = await run(process.execPath, [BIN, ...args, "--data-dir", c.validators[0].dataDir])
      return { code: 0, stdout }
    } catch (err) {
      const e = err as { code?: number; stdout?: string }
      return { code: e.code ?? 1, stdout: e.stdout ?? "" }
    }
  }

  it("status, block, tx with proof, verify-proof (and a tampered proof fails), verify after stop", async () => {
    const v = c.validators[0]
    const r = await c.submit(0, provenanceTx(c.chainId, v, 1), true)
    assert.equal(r.status, 200)
    const status = JSON.parse((await cli("ledger", "status", "--json")).stdout) as { height: number; halted: null }
    assert.ok(status.height >= r.body.height!, "status height")
    const block = JSON.parse((await cli("ledger", "block", String(r.body.height), "--json")).stdout) as { txHashes: string[] }
    assert.ok(block.txHashes.includes(r.body.txHash!), "block lists the tx")
    const proofFile = join(c.dir, "proof.json")
    assert.equal((await cli("ledger", "tx", r.body.txHash!, "--proof-out", proofFile)).code, 0)
    const ok = await cli("ledger", "verify-proof", proofFile)
    assert.equal(ok.code, 0, ok.stdout)
    assert.match(ok.stdout, /^OK/)
    const proof = JSON.parse(await readFile(proofFile, "utf8")) as { tx: string }
    proof.tx = proof.tx.slice(0, -2) + (proof.tx.endsWith("00") ? "01" : "00")
    const bad = join(c.dir, "bad-proof.json")
    await writeFile(bad, JSON.stringify(proof))
    const refused = await cli("ledger", "verify-proof", bad)
    assert.notEqual(refused.code, 0, "tampered proof refused")
    await c.stop(0)
    const verified = await cli("ledger", "verify", "--json")
    const report = JSON.parse(verified.stdout) as { ok: boolean; txs: number }
    assert.equal(report.ok, true, verified.stdout)
    assert.equal(report.txs, 1)
  })
})
