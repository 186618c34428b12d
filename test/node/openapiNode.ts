/**
 * One running member node, in process, for the API-level tests (openapi, metrics): a
 * single-member consortium (so the ledger, record exchange, governance and training routes are
 * all registered and the ledger commits on its own), API on a free loopback port.
 */
import { join } from "node:path"
import { createNode, defaultNodeOptions, generateNodeKey, type MedmeshNode, newConsortium, silentLogger } from "../../node/index.ts"
import { freePorts } from "../../node/network/ports.ts"
import { makeTempDir, removeDir } from "../helpers/tmp.ts"

export type SingleNode = { node: MedmeshNode; url: string; close: () => Promise<void> }

export async function startSingleNode(prefix: string, opts: { apiHost?: string } = {}): Promise<SingleNode & { dataDir: string }> {
  const root = makeTempDir(prefix)
  const [p2p] = await freePorts(1)
  const key = generateNodeKey()
  const consortium = newConsortium({
    chainId: "api-doc-test",
    members: [{ org: "solo-de", name: "Solo", country: "DE", nodeKey: Buffer.from(key.publicKey).toString("hex"), peerId: key.peerId, addresses: [`/ip4/127.0.0.1/tcp/${p2p}`] }],
    params: { timeoutCommitMs: 50, timeoutProposeMs: 500, timeoutPrevoteMs: 200, timeoutPrecommitMs: 200 },
  })
  const o = defaultNodeOptions(join(root, "solo"))
  o.org = "solo-de"
  o.country = "DE"
  o.network = { ...o.network, host: "127.0.0.1", port: p2p }
  o.api = { ...o.api, port: 0, ...(opts.apiHost !== undefined ? { host: opts.apiHost } : {}) }
  let node: MedmeshNode
  try {
    node = await createNode(o, { nodeKey: key, consortium, logger: silentLogger() })
  } catch (err) {
    removeDir(root)
    throw err
  }
  const addr = node.apiAddress!
  return {
    dataDir: o.dataDir,
    node,
    url: `http://${addr.host}:${addr.port}`,
    close: async () => {
      await node.close()
      removeDir(root)
    },
  }
}
