/**
 * One real member node for the handler fuzz tests: createNode in process with a real LevelDB in a
 * temp dir, libp2p on a free loopback port, the HTTP API on another, ledger + records + FL running.
 * The chain id is test/vectors' CHAIN_ID and the org is "hus-fi", so the signed samples of
 * test/vectors/samples.ts (record requests to hus-fi, txs, FL messages) verify here and the fuzz
 * gets past the signature checks into the handlers' logic.
 *
 * `baseline()` records what the fuzz must not damage; `assertIntact()` checks it afterwards.
 */
import { strict as assert } from "node:assert"
import { Agent, request } from "node:http"
import { join } from "node:path"
import { createNode, defaultNodeOptions, generateNodeKey, type MedmeshNode, newConsortium, type NodeKey, silentLogger } from "../../../node/index.ts"
import type { Consortium } from "../../../node/consortium/file.ts"
import { genesisOfConsortium, verifyLedgerDataDir } from "../../../node/ledger/index.ts"
import { STORE_DIR } from "../../../node/node.ts"
import { freePorts } from "../../../node/network/ports.ts"
import { removeDir } from "../../helpers/tmp.ts"
import { fastTempDir } from "./support.ts"
import { CHAIN_ID } from "../../vectors/samples.ts"

export const FUZZ_ORG = "hus-fi"

export type FuzzNode = {
  node: MedmeshNode
  key: NodeKey
  consortium: Consortium
  dataDir: string
  host: string
  port: number
  agent: Agent
  /** one HTTP request over the keep-alive agent */
  http(method: string, path: string, body?: Uint8Array, headers?: Record<string, string>): Promise<{ status: number; contentType: string; body: Buffer }>
  /** Stops the node; with `verify`, checks the whole ledger store (hash chain, commits, app state) before the temp dir goes. */
  close(opts?: { verify?: boolean }): Promise<void>
}

export async function startFuzzNode(prefix: string): Promise<FuzzNode> {
  const root = fastTempDir(prefix)
  const [p2p] = await freePorts(1)
  const key = generateNodeKey()
  const consortium = newConsortium({
    chainId: CHAIN_ID,
    members: [{ org: FUZZ_ORG, name: "HUS", country: "FI", nodeKey: Buffer.from(key.publicKey).toString("hex"), peerId: key.peerId, addresses: [`/ip4/127.0.0.1/tcp/${p2p}`] }],
    params: { timeoutCommitMs: 50, timeoutProposeMs: 500, timeoutPrevoteMs: 200, timeoutPrecommitMs: 200 },
  })
  const o = defaultNodeOptions(join(root, "node"))
  o.org = FUZZ_ORG
  o.country = "FI"
  o.network = { ...o.network, host: "127.0.0.1", port: p2p }
  o.api = { ...o.api, port: 0 }
  let node: MedmeshNode
  try {
    node = await createNode(o, { nodeKey: key, consortium, logger: silentLogger() })
  } catch (err) {
    removeDir(root)
    throw err
  }
  const { host, port } = node.apiAddress!
  const agent = new Agent({ keepAlive: true, maxSockets: 64 })
  const http: FuzzNode["http"] = (method, path, body, headers = {}) =>
    new Promise((resolve, reject) => {
      const req = request({ agent, host, port, method, path, headers: { ...(body !== undefined ? { "content-type": "application/json", "content-length": String(body.length) } : {}), ...headers } }, (res) => {
        const chunks: Buffer[] = []
        res.on("data", (c: Buffer) => chunks.push(c))
        res.on("end", () => resolve({ status: res.statusCode ?? 0, contentType: String(res.headers["content-type"] ?? ""), body: Buffer.concat(chunks) }))
        res.on("error", reject)
      })
      req.on("error", reject)
      req.end(body)
    })
  let closed = false
  return {
    node,
    key,
    consortium,
    dataDir: o.dataDir,
    host,
    port,
    agent,
    http,
    close: async (opts = {}) => {
      if (closed) return
      closed = true
      agent.destroy()
      try {
        await node.close()
        if (opts.verify === true) await assertStoreVerifies(o.dataDir, consortium)
      } finally {
        removeDir(root)
      }
    },
  }
}

export type Baseline = { height: number; blockHash: string; appHashAfter: string | null }

/** The committed state at the current height: it must read back the same after the fuzz. */
export async function baseline(n: FuzzNode): Promise<Baseline> {
  const ledger = n.node.ledger!
  const height = ledger.app.height
  const view = height > 0 ? await ledger.block(height) : undefined
  return { height, blockHash: view?.hash ?? "", appHashAfter: view?.appHashAfter ?? null }
}

/** The node still answers /health (status ok, not halted), and the baseline block reads back unchanged. */
export async function assertIntact(n: FuzzNode, base: Baseline): Promise<void> {
  const health = await n.http("GET", "/health")
  assert.equal(health.status, 200, "/health answers 200")
  const h = JSON.parse(health.body.toString("utf8")) as { status: string; ledger?: { height: number; halted: string | null } }
  assert.equal(h.status, "ok", `/health status after the fuzz: ${health.body.toString("utf8").slice(0, 300)}`)
  assert.equal(h.ledger?.halted, null)
  const ledger = n.node.ledger!
  assert.ok(ledger.app.height >= base.height, "the ledger height never goes back")
  if (base.height > 0) {
    const view = await ledger.block(base.height)
    assert.equal(view?.hash, base.blockHash, `block ${base.height} unchanged`)
    assert.equal(view?.appHashAfter ?? null, base.appHashAfter, `app hash after block ${base.height} unchanged`)
  }
}

async function assertStoreVerifies(dataDir: string, consortium: Consortium): Promise<void> {
  const report = await verifyLedgerDataDir(join(dataDir, STORE_DIR), genesisOfConsortium(consortium))
  assert.ok(report.ok, `ledger store verifies after the fuzz: ${JSON.stringify(report.problems.slice(0, 3))}`)
}
