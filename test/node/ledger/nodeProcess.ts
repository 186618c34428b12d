/**
 * Child-process entry for ledger e2e tests and bench/ledger.ts: one medmesh node (the real
 * MedmeshNode: libp2p, LevelDB, ledger, HTTP API) from a JSON spec file. Prints `READY <apiPort>`
 * on stdout once the API listens; closes cleanly on SIGTERM/SIGINT.
 */
import { readFile } from "node:fs/promises"
import { loadConsortiumFile } from "../../../node/consortium/file.ts"
import { nodeKeyFromSecret } from "../../../node/identity/nodeKey.ts"
import { createLogger, isLogLevel } from "../../../node/logger.ts"
import { MedmeshNode } from "../../../node/node.ts"
import { defaultNodeOptions } from "../../../node/options.ts"

export type NodeProcessSpec = {
  dataDir: string
  org: string
  secretKeyHex: string
  consortiumFile: string
  p2pPort: number
  apiPort: number
  logLevel: string
  ledger?: Record<string, unknown>
}

const spec = JSON.parse(await readFile(process.argv[2], "utf8")) as NodeProcessSpec
const options = defaultNodeOptions(spec.dataDir)
options.org = spec.org
options.consortiumFile = spec.consortiumFile
options.network = { ...options.network, host: "127.0.0.1", port: spec.p2pPort, dialBackoffMinMs: 100, dialBackoffMaxMs: 1000, dialTimeoutMs: 2000 }
options.api = { ...options.api, enabled: true, host: "127.0.0.1", port: spec.apiPort }
options.metrics = { ...options.metrics, enabled: true }
options.log = { level: isLogLevel(spec.logLevel) ? spec.logLevel : "warn" }
const logger = createLogger({ level: options.log.level, module: "node" })
const node = new MedmeshNode(options, {
  logger,
  nodeKey: nodeKeyFromSecret(Uint8Array.from(Buffer.from(spec.secretKeyHex, "hex"))),
  consortium: await loadConsortiumFile(spec.consortiumFile),
  ledger: spec.ledger ?? {},
})
await node.init()
process.stdout.write(`READY ${node.apiAddress?.port ?? 0}\n`)
let closing = false
const shutdown = (): void => {
  if (closing) return
  closing = true
  void node.close().then(() => process.exit(0))
}
process.on("SIGTERM", shutdown)
process.on("SIGINT", shutdown)
// the parent holds our stdin: if it dies (crashed test, killed bench), exit instead of lingering
process.stdin.on("end", () => process.exit(0))
process.stdin.on("close", () => process.exit(0))
process.stdin.resume()
