/**
 * `medmesh devnet`: a consortium of four hospitals on this machine, each a separate
 * `medmesh start` process with its own data dir and ports, and a story told through the nodes'
 * real HTTP API (docs/devnet.md). The story is a list of steps; a step either does the real
 * operation and checks its outcome, or fails — a feature that has not landed yet fails with
 * "not available yet: …", never with a stand-in.
 */
import { existsSync } from "node:fs"
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises"
import { freePort } from "../network/ports.ts"
import { join, resolve } from "node:path"
import { MedmeshError } from "../../common/errors.ts"
import { newConsortium, writeConsortiumFile, type ConsortiumMemberJson } from "../consortium/file.ts"
import type { ConsortiumParams } from "../consortium/params.ts"
import { FEDERATED_OPTIONS_FILE } from "../federated/options.ts"
import { initDataDir } from "../init.ts"
import { CANDIDATE_HOSPITAL, GENESIS_HOSPITALS, type DevnetHospital } from "./hospitals.ts"
import { DevnetNodeProcess, killNodesOnExit } from "./processes.ts"

export type DevnetErrorType =
  | { code: "DEVNET_DIR_IN_USE"; dir: string; pid: number }
  | { code: "DEVNET_DIR_NOT_DEVNET"; dir: string }
  | { code: "DEVNET_NODE_FAILED"; org: string }

export class DevnetError extends MedmeshError<DevnetErrorType> {}

/** A feature the story needs has not landed in this build: the step fails and says which. */
export class NotAvailableError extends MedmeshError<{ code: "DEVNET_NOT_AVAILABLE"; feature: string }> {
  constructor(feature: string) {
    super({ code: "DEVNET_NOT_AVAILABLE", feature }, `not available yet: ${feature}`)
  }
}

export const DEVNET_CHAIN_ID = "medmesh-devnet"
export const DEVNET_MARKER = "devnet.json"

/** Consensus tuned for loopback: quick rounds; when idle, an empty block every ~0.5 s (a tx ends the wait at once; the story waits ≤ 30 s for an admission 20 blocks ahead). */
export const DEVNET_PARAMS: Partial<ConsortiumParams> = {
  timeoutProposeMs: 1000,
  timeoutProposeDeltaMs: 500,
  timeoutPrevoteMs: 500,
  timeoutPrevoteDeltaMs: 250,
  timeoutPrecommitMs: 500,
  timeoutPrecommitDeltaMs: 250,
  timeoutCommitMs: 200,
  emptyBlockIntervalMs: 250,
  validatorChangeDelay: 2,
}

/** Every hospital auto-approves logistic-regression jobs of researchers credentialed by charite-de. */
export const DEVNET_FEDERATED_POLICY = {
  approval: { mode: "auto", rules: { allowedModels: ["logreg", "mlp"], maxRounds: 50, requireDp: false, minNoiseMultiplier: 0, maxEpsilon: 10, allowedResearcherOrgs: ["charite-de"], allowedAggregation: ["secure", "masked", "plain"] } },
  approvalWindowMs: 3000,
}

export type DevnetNode = {
  hospital: DevnetHospital
  dataDir: string
  p2pPort: number
  apiPort: number
  apiUrl: string
  member: ConsortiumMemberJson
  process: DevnetNodeProcess
}

export type DevnetOptions = {
  /** the devnet's folder; every data dir, log and the consortium file go inside */
  dir: string
  logLevel?: "error" | "warn" | "info" | "debug"
}


function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

export class Devnet {
  readonly dir: string
  readonly consortiumFile: string
  readonly nodes: DevnetNode[] = []
  readonly logLevel: string
  private readonly usedPorts = new Set<number>()

  private constructor(dir: string, logLevel: string) {
    this.dir = dir
    this.consortiumFile = join(dir, "consortium.json")
    this.logLevel = logLevel
  }

  /**
   * Prepares `opts.dir`: a folder this command made before (it holds devnet.json) is wiped and
   * rebuilt — unless the devnet that made it is still running; any other non-empty folder is
   * refused. Then: four data dirs (`medmesh init`), free ports, the consortium file.
   */
  static async create(opts: DevnetOptions): Promise<Devnet> {
    const dir = resolve(opts.dir)
    await prepareDir(dir)
    const d = new Devnet(dir, opts.logLevel ?? "info")
    await writeFile(join(dir, DEVNET_MARKER), JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() }) + "\n")
    for (const h of GENESIS_HOSPITALS) d.nodes.push(await d.initNode(h))
    const consortium = newConsortium({ chainId: DEVNET_CHAIN_ID, members: d.nodes.map((n) => n.member), params: DEVNET_PARAMS }, d.consortiumFile)
    await writeConsortiumFile(d.consortiumFile, consortium, { overwrite: true })
    killNodesOnExit()
    return d
  }

  /** `medmesh init` for one hospital (in-process, node/init.ts) with free ports. */
  async initNode(h: DevnetHospital): Promise<DevnetNode> {
    const dataDir = join(this.dir, h.org)
    const p2pPort = await this.freshPort()
    const apiPort = await this.freshPort()
    const init = await initDataDir({
      dataDir,
      org: h.org,
      country: h.country,
      name: h.name,
      config: { "network.host": "127.0.0.1", "network.port": p2pPort, "api.port": apiPort, consortiumFile: this.consortiumFile, "log.level": this.logLevel },
    })
    // federated training: approve the devnet researcher's jobs automatically (docs/federated-training.md)
    await writeFile(join(dataDir, FEDERATED_OPTIONS_FILE), JSON.stringify(DEVNET_FEDERATED_POLICY, null, 2) + "\n")
    const apiUrl = `http://127.0.0.1:${apiPort}`
    const proc = new DevnetNodeProcess({ org: h.org, dataDir, apiUrl, logFile: join(dataDir, "node.log") })
    return { hospital: h, dataDir, p2pPort, apiPort, apiUrl, member: init.member, process: proc }
  }

  async initCandidate(): Promise<DevnetNode> {
    const existing = this.nodes.find((n) => n.hospital.org === CANDIDATE_HOSPITAL.org)
    if (existing !== undefined) return existing
    const n = await this.initNode(CANDIDATE_HOSPITAL)
    this.nodes.push(n)
    return n
  }

  node(org: string): DevnetNode {
    const n = this.nodes.find((x) => x.hospital.org === org)
    if (n === undefined) throw new Error(`no devnet node ${org}`)
    return n
  }

  get genesisNodes(): DevnetNode[] {
    return this.nodes.filter((n) => GENESIS_HOSPITALS.includes(n.hospital))
  }

  /** Starts the given nodes and waits until each answers /health with "ok". */
  async startNodes(nodes: DevnetNode[], timeoutMs = 30_000): Promise<void> {
    for (const n of nodes) n.process.start()
    await Promise.all(nodes.map((n) => waitHealthy(n, timeoutMs)))
  }

  /**
   * Stops every node (SIGTERM, then SIGKILL after a grace period); safe to call twice. The marker
   * stays (its pid is then gone), so the next run knows the folder is the devnet's to rebuild.
   */
  async stop(): Promise<void> {
    await Promise.all(this.nodes.map((n) => n.process.stop()))
  }

  /** Pids of node processes still running (tests assert none are left). */
  runningPids(): number[] {
    return this.nodes.filter((n) => n.process.running).map((n) => n.process.pid ?? -1)
  }

  private async freshPort(): Promise<number> {
    for (;;) {
      const p = await freePort()
      if (!this.usedPorts.has(p)) {
        this.usedPorts.add(p)
        return p
      }
    }
  }
}

async function prepareDir(dir: string): Promise<void> {
  if (existsSync(dir)) {
    const marker = join(dir, DEVNET_MARKER)
    const entries = await readdir(dir)
    if (entries.length > 0) {
      if (!existsSync(marker) && !(await isEarlierDevnet(dir))) throw new DevnetError({ code: "DEVNET_DIR_NOT_DEVNET", dir }, `${dir} exists and was not made by medmesh devnet — choose another --dir or remove it`)
      let pid = 0
      try {
        pid = Number((JSON.parse(await readFile(marker, "utf8")) as { pid?: unknown }).pid) || 0
      } catch {
        pid = 0
      }
      if (pid > 0 && pid !== process.pid && pidAlive(pid)) throw new DevnetError({ code: "DEVNET_DIR_IN_USE", dir, pid }, `a devnet is already running in ${dir} (pid ${pid}) — stop it first or choose another --dir`)
      await rm(dir, { recursive: true, force: true })
    }
  }
  await mkdir(dir, { recursive: true })
}

/** A folder of an earlier devnet run without its marker: its consortium file names the devnet chain. */
async function isEarlierDevnet(dir: string): Promise<boolean> {
  try {
    const c = JSON.parse(await readFile(join(dir, "consortium.json"), "utf8")) as { chainId?: unknown }
    return c.chainId === DEVNET_CHAIN_ID
  } catch {
    return false
  }
}

type HealthJson = { status?: string; member?: boolean; peers?: { connected?: number; members?: number }; ledger?: { height?: number } }

export async function health(n: DevnetNode, timeoutMs = 2000): Promise<HealthJson | undefined> {
  try {
    const res = await fetch(`${n.apiUrl}/health`, { signal: AbortSignal.timeout(timeoutMs) })
    return (await res.json()) as HealthJson
  } catch {
    return undefined
  }
}

async function waitHealthy(n: DevnetNode, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (!n.process.running && n.process.pid !== undefined) {
      throw new DevnetError({ code: "DEVNET_NODE_FAILED", org: n.hospital.org }, `${n.hospital.org} exited while starting (log: ${n.process.info.logFile}): ${lastLine(n.process.lastOutput())}`)
    }
    const h = await health(n, 1000)
    if (h?.status === "ok") return
    if (Date.now() > deadline) throw new DevnetError({ code: "DEVNET_NODE_FAILED", org: n.hospital.org }, `${n.hospital.org} did not become healthy within ${timeoutMs} ms (log: ${n.process.info.logFile})`)
    await new Promise((r) => setTimeout(r, 150))
  }
}

function lastLine(text: string): string {
  const line = text.split("\n").filter((l) => l.trim().length > 0).pop() ?? ""
  try {
    const j = JSON.parse(line) as { msg?: string; err?: string }
    return [j.msg, j.err].filter((x) => x !== undefined).join(": ")
  } catch {
    return line
  }
}
