/**
 * One testnet run: hosts (deploy/testnet/netns.ts), one real `medmesh` daemon per host started
 * with the CLI exactly as an operator would (`medmesh init`, `medmesh consortium create`,
 * `medmesh start`), link latency/loss, and the perturbations of a scenario (kill -9, restart,
 * SIGSTOP/SIGCONT, partitions, latency, clock skew). `close()` kills every process and removes
 * every namespace, link and file of the run; it is synchronous so signal handlers can call it.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process"
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { fromHex } from "../../common/bytes.ts"
import { apiTokenPath } from "../../node/api/auth.ts"
import { sleep, type LoadSigner } from "./load.ts"
import type { Manifest, NodeRef } from "./manifest.ts"
import { API_PORT, blockFrom, cleanupRun, createNet, healPartitions, type HostNet, type Net, netemAvailable, netemSetLinks, P2P_PORT, PREFIX, PROXY_PORT_BASE, redirectThroughProxy, setLoss } from "./netns.ts"

const ROOT = resolve(import.meta.dirname, "../..")
const CLI = join(ROOT, "cli/bin.ts")
const CLOCK_SKEW_HOOK = join(ROOT, "deploy/testnet/clockSkew.ts")
const DELAY_PROXY = join(ROOT, "deploy/testnet/delayProxy.ts")

export type TestnetNode = {
  index: number
  org: string
  country: string
  host: HostNet
  dataDir: string
  apiUrl: string
  publicKeyHex: string
  secretKey: Uint8Array
  logFile: string
  skewFile: string
  proc: ChildProcess | undefined
  /** killed on purpose and not restarted yet */
  down: boolean
  paused: boolean
  restarts: number
}

export type Event = { t: number; op: string; detail: Record<string, unknown> }

export type LatencyBackend = "none" | "netem" | "proxy"

export class Testnet {
  readonly run: string
  readonly dir: string
  readonly manifest: Manifest
  readonly log: (msg: string) => void
  net!: Net
  nodes: TestnetNode[] = []
  chainId = ""
  consortiumFile = ""
  latency: LatencyBackend = "none"
  readonly events: Event[] = []
  readonly crashed: { node: number; code: number | null; signal: string | null; t: number }[] = []
  private readonly proxies: ChildProcess[] = []
  /** delay (ms) and loss per directed link [from][to] */
  delay: number[][] = []
  private loss: number[][] = []
  private closed = false
  t0 = Date.now()

  constructor(manifest: Manifest, log: (msg: string) => void, run = randomRunId()) {
    this.manifest = manifest
    this.log = log
    this.run = run
    this.dir = join(tmpdir(), `${PREFIX}${run}`)
  }

  // ---------------------------------------------------------------- setup

  /** Namespaces, data dirs (medmesh init), consortium file, link emulation. */
  async setup(): Promise<void> {
    const m = this.manifest
    mkdirSync(join(this.dir, "logs"), { recursive: true })
    this.net = createNet(this.run, m.nodes)
    this.chainId = `mmtn-${this.run}`
    const inits: Promise<string>[] = []
    for (const host of this.net.hosts) {
      const i = host.index
      const country = m.countries[i]
      const org = `${country.toLowerCase()}-hospital-${i}`
      const dataDir = join(this.dir, `node${i}`)
      // exactly what docs/operations.md tells a hospital to run: listen on every interface of the
      // host (the latency proxy dials the alias address), announce the host's address
      inits.push(cliAsync(["init", "--data-dir", dataDir, "--org", org, "--country", country, "--name", `Hospital ${i} (${country})`, "--host", "0.0.0.0", "--port", String(P2P_PORT), "--announce", `/ip4/${host.ip}/tcp/${P2P_PORT}`, "--api-host", host.ip, "--api-port", String(API_PORT), "--log-level", "info", "--json"]))
      const skewFile = join(this.dir, `skew${i}`)
      writeFileSync(skewFile, String(m.clockSkewMs[i] ?? 0))
      this.nodes.push({ index: i, org, country, host, dataDir, apiUrl: `http://${host.ip}:${API_PORT}`, publicKeyHex: "", secretKey: new Uint8Array(0), logFile: join(this.dir, "logs", `node${i}.log`), skewFile, proc: undefined, down: false, paused: false, restarts: 0 })
    }
    await Promise.all(inits)
    for (const node of this.nodes) {
      const key = JSON.parse(readFileSync(join(node.dataDir, "node-key.json"), "utf8")) as { publicKey: string; secretKey: string }
      node.publicKeyHex = key.publicKey
      node.secretKey = fromHex("secretKey", key.secretKey, 32)
    }
    this.consortiumFile = join(this.dir, "consortium.json")
    cli(["consortium", "create", "--out", this.consortiumFile, "--chain-id", this.chainId, ...this.nodes.flatMap((n) => ["--member", n.dataDir])])
    const consortium = JSON.parse(readFileSync(this.consortiumFile, "utf8")) as { params?: Record<string, number> }
    consortium.params = { ...consortium.params, ...m.params }
    writeFileSync(this.consortiumFile, JSON.stringify(consortium, null, 2))

    const n = m.nodes
    this.delay = Array.from({ length: n }, () => new Array<number>(n).fill(0))
    this.loss = Array.from({ length: n }, () => new Array<number>(n).fill(0))
    for (let a = 0; a < n; a++) {
      for (let b = 0; b < n; b++) {
        if (a === b || (m.links.crossBorderOnly && m.countries[a] === m.countries[b])) continue
        this.delay[a][b] = m.links.delayMs
        this.loss[a][b] = m.links.loss
      }
    }
    if (needsLatencyPath(m)) {
      this.latency = netemAvailable(this.run) ? "netem" : "proxy"
      if (this.latency === "proxy") this.startProxies()
    }
    this.applyLinks()
    this.event("setup", { hosts: this.net.hosts.map((h) => h.ip), latency: this.latency, chainId: this.chainId })
  }

  /** `medmesh import` of staged bundles into stopped nodes' data dirs (before startAll). */
  async importRecords(imports: { holder: number; path: string }[]): Promise<void> {
    await Promise.all(imports.map((x) => cliAsync(["import", x.path, "--data-dir", this.nodes[x.holder].dataDir, "--json"])))
    this.event("import", { holders: imports.map((x) => x.holder) })
  }

  private startProxies(): void {
    for (const host of this.net.hosts) {
      const peers = this.net.hosts.filter((p) => p !== host)
      const cfgFile = join(this.dir, `proxy${host.index}.json`)
      writeFileSync(join(this.dir, `delays${host.index}.json`), "{}")
      writeFileSync(cfgFile, JSON.stringify({ links: peers.map((p) => ({ peer: p.index, listenPort: PROXY_PORT_BASE + p.index, targetHost: p.aliasIp, targetPort: P2P_PORT })), delaysFile: join(this.dir, `delays${host.index}.json`), localAddress: host.aliasIp }))
      const fd = openSync(join(this.dir, "logs", `proxy${host.index}.log`), "a")
      const proc = spawn("ip", ["netns", "exec", host.ns, process.execPath, DELAY_PROXY, cfgFile], { stdio: ["ignore", fd, fd] })
      closeSync(fd)
      this.proxies.push(proc)
      redirectThroughProxy(host, peers)
    }
  }

  /** Pushes the delay/loss matrix to netem or to the proxies' delay files + iptables loss rules. */
  private applyLinks(): void {
    for (const host of this.net.hosts) {
      const a = host.index
      if (this.latency === "netem") {
        netemSetLinks(host, this.net.hosts.filter((p) => p !== host && (this.delay[a][p.index] > 0 || this.loss[a][p.index] > 0)).map((p) => ({ peer: p, delayMs: this.delay[a][p.index], jitterMs: 0, loss: this.loss[a][p.index] })))
        continue
      }
      if (this.latency === "proxy") {
        const delays: Record<string, number> = {}
        for (const p of this.net.hosts) if (p !== host) delays[p.index] = this.delay[a][p.index]
        writeFileSync(join(this.dir, `delays${a}.json.tmp`), JSON.stringify(delays))
        spawnSync("mv", [join(this.dir, `delays${a}.json.tmp`), join(this.dir, `delays${a}.json`)])
      }
      // loss of what `host` receives from p (the sender's link loss)
      for (const p of this.net.hosts) if (p !== host) setLoss(host, p, this.loss[p.index][a])
    }
  }

  /**
   * The runner calls each node's API from the root namespace, i.e. from another host, so
   * endpoints that act for the hospital need the node's API token (`<dataDir>/api-token`, new at
   * every start). Every fetch to a node's API carries the token the node wrote last.
   */
  installApiAuth(): void {
    const byOrigin = new Map(this.nodes.map((n) => [new URL(n.apiUrl).origin, apiTokenPath(n.dataDir)]))
    const realFetch = this.realFetch
    globalThis.fetch = (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
      const url = new URL(input instanceof Request ? input.url : input.toString())
      const file = byOrigin.get(url.origin)
      if (file === undefined) return realFetch(input, init)
      let token = ""
      try {
        token = readFileSync(file, "utf8").trim()
      } catch {
        // not started yet, or stopped: the public endpoints still answer
      }
      const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined))
      if (token !== "") headers.set("authorization", `Bearer ${token}`)
      return realFetch(input, { ...init, headers })
    }
  }

  private readonly realFetch = globalThis.fetch

  // ---------------------------------------------------------------- processes

  startNode(i: number): void {
    const node = this.nodes[i]
    if (node.proc !== undefined) throw new Error(`node ${i} is already running`)
    const fd = openSync(node.logFile, "a")
    const args = ["netns", "exec", node.host.ns, process.execPath, "--import", CLOCK_SKEW_HOOK, CLI, "start", "--data-dir", node.dataDir, "--consortium", this.consortiumFile]
    const proc = spawn("ip", args, { stdio: ["ignore", fd, fd], env: { ...process.env, MEDMESH_CLOCK_SKEW_FILE: node.skewFile, MEDMESH_DATA_DIR: node.dataDir, MEDMESH_DEBUG: "1" } })
    closeSync(fd)
    node.proc = proc
    node.down = false
    node.paused = false
    proc.once("exit", (code, signal) => {
      if (node.proc === proc) node.proc = undefined
      if (!node.down && !this.closed) {
        this.crashed.push({ node: i, code, signal, t: this.now() })
        this.log(`node ${i} exited unexpectedly (code ${code}, signal ${signal}); log: ${node.logFile}`)
      }
    })
  }

  async startAll(timeoutMs = 60_000): Promise<void> {
    for (const n of this.nodes) this.startNode(n.index)
    await this.waitHealthy(this.nodes.map((n) => n.index), timeoutMs)
    this.event("start", { nodes: this.nodes.length })
  }

  /** Until every listed node answers /health with status ok and has committed a block. */
  async waitHealthy(indexes: number[], timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs
    const pending = new Set(indexes)
    while (pending.size > 0) {
      if (Date.now() > deadline) throw new Error(`nodes ${[...pending].join(", ")} not healthy within ${timeoutMs} ms (logs in ${this.dir}/logs)`)
      for (const i of [...pending]) {
        const h = await this.health(i)
        if (h !== undefined && h.status === "ok" && (h.ledger?.height ?? 0) >= 1) pending.delete(i)
      }
      if (this.crashed.length > 0) throw new Error(`node ${this.crashed[0].node} exited during start; log: ${this.nodes[this.crashed[0].node].logFile}\n${tail(this.nodes[this.crashed[0].node].logFile)}`)
      await sleep(250)
    }
  }

  async health(i: number): Promise<HealthJson | undefined> {
    try {
      const res = await fetch(`${this.nodes[i].apiUrl}/health`, { signal: AbortSignal.timeout(1500) })
      return (await res.json()) as HealthJson
    } catch {
      return undefined
    }
  }

  signers(): LoadSigner[] {
    return this.nodes.map((n) => ({ org: n.org, country: n.country, publicKey: fromHex("publicKey", n.publicKeyHex, 32), secretKey: n.secretKey }))
  }

  // ---------------------------------------------------------------- perturbations

  now(): number {
    return Date.now() - this.t0
  }

  event(op: string, detail: Record<string, unknown> = {}): void {
    this.events.push({ t: this.now(), op, detail })
    this.log(`[${(this.now() / 1000).toFixed(1)}s] ${op} ${JSON.stringify(detail)}`)
  }

  async kill(i: number): Promise<void> {
    const node = this.nodes[i]
    const proc = node.proc
    node.down = true
    node.paused = false
    if (proc === undefined) return
    const exited = new Promise<void>((r) => proc.once("exit", () => r()))
    proc.kill("SIGCONT")
    proc.kill("SIGKILL")
    await Promise.race([exited, sleep(5000)])
    this.event("kill", { node: i })
  }

  restart(i: number): void {
    const node = this.nodes[i]
    if (node.proc !== undefined) return
    node.restarts++
    this.startNode(i)
    this.event("restart", { node: i })
  }

  pause(i: number): void {
    const node = this.nodes[i]
    if (node.proc === undefined) return
    node.proc.kill("SIGSTOP")
    node.paused = true
    this.event("pause", { node: i })
  }

  resume(i: number): void {
    const node = this.nodes[i]
    if (node.proc === undefined || !node.paused) return
    node.proc.kill("SIGCONT")
    node.paused = false
    this.event("resume", { node: i })
  }

  /** Cuts every link between nodes of different groups (both directions). */
  partition(groups: number[][], op = "partition"): void {
    const groupOf = new Map<number, number>()
    groups.forEach((g, gi) => g.forEach((i) => groupOf.set(i, gi)))
    const pairs: [number, number][] = []
    for (const a of groupOf.keys()) for (const b of groupOf.keys()) if (a < b && groupOf.get(a) !== groupOf.get(b)) pairs.push([a, b])
    this.cut(pairs)
    this.event(op, { groups })
  }

  /** Each node keeps only its two ring neighbours. */
  ring(): void {
    const n = this.nodes.length
    const pairs: [number, number][] = []
    for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) if (!((b - a) % n === 1 || (a - b + n) % n === 1)) pairs.push([a, b])
    this.cut(pairs)
    this.event("ring", { cut: pairs })
  }

  disconnect(a: number, b: number): void {
    this.cut([[a, b]])
    this.event("disconnect", { link: [a, b] })
  }

  private cut(pairs: [number, number][]): void {
    for (const [a, b] of pairs) {
      blockFrom(this.net.hosts[a], [this.net.hosts[b]])
      blockFrom(this.net.hosts[b], [this.net.hosts[a]])
    }
  }

  heal(): void {
    healPartitions(this.net)
    this.event("heal")
  }

  setLatency(links: "all" | [number, number][], delayMs: number, loss: number): void {
    if (this.latency === "none") throw new Error("latency perturbation in a testnet set up without the latency path")
    const n = this.nodes.length
    const pairs = links === "all" ? Array.from({ length: n }, (_, a) => Array.from({ length: n }, (_, b) => [a, b] as [number, number])).flat().filter(([a, b]) => a !== b) : links.flatMap(([a, b]) => [[a, b] as [number, number], [b, a] as [number, number]])
    for (const [a, b] of pairs) {
      this.delay[a][b] = delayMs
      this.loss[a][b] = loss
    }
    this.applyLinks()
    this.event("latency", { links, delayMs, loss, backend: this.latency })
  }

  /**
   * Round trip of a new TCP connection from host a to node b's p2p port, measured inside host a:
   * time from sending the multistream-select header to the listener's first reply. Checks the
   * link emulation itself (the node's /health RTT is only as fresh as its last ping).
   */
  probeRttMs(a: number, b: number): Promise<number | null> {
    const script = `const s=require("node:net").createConnection({host:${JSON.stringify(this.net.hosts[b].ip)},port:${P2P_PORT}},()=>{const t=performance.now();const m=Buffer.from("/multistream/1.0.0\\n");s.write(Buffer.concat([Buffer.from([m.length]),m]));s.once("data",()=>{console.log(Math.round(performance.now()-t));process.exit(0)})});s.on("error",()=>process.exit(1));setTimeout(()=>process.exit(1),5000)`
    return new Promise((resolve) => {
      const child = spawn("ip", ["netns", "exec", this.net.hosts[a].ns, process.execPath, "-e", script], { stdio: ["ignore", "pipe", "ignore"] })
      let out = ""
      child.stdout.setEncoding("utf8").on("data", (d: string) => (out += d))
      child.once("exit", (code) => resolve(code === 0 && /^\d+\s*$/.test(out) ? Number(out.trim()) : null))
    })
  }

  clockSkew(i: number, skewMs: number): void {
    writeFileSync(this.nodes[i].skewFile, String(skewMs))
    this.event("clockSkew", { node: i, skewMs })
  }

  /**
   * The node that proposes next: proposer(h, r) = validators[(h + r) mod n] (consensus/tendermint/
   * proposer.ts), with the validator order learnt from recent blocks' proposers.
   */
  async leader(): Promise<number> {
    const order = new Map<number, string>()
    for (const node of this.nodes) {
      if (node.down || node.paused) continue
      try {
        const st = (await (await fetch(`${node.apiUrl}/v1/ledger/status`, { signal: AbortSignal.timeout(2000) })).json()) as { height: number; round: number }
        const n = this.nodes.length
        for (let h = st.height; h >= Math.max(1, st.height - 4 * n) && order.size < n; h--) {
          const b = (await (await fetch(`${node.apiUrl}/v1/ledger/blocks/${h}`, { signal: AbortSignal.timeout(2000) })).json()) as { header: { proposer: string }; commit: { round: number } }
          order.set((h + b.commit.round) % n, b.header.proposer)
        }
        const key = order.get((st.height + 1 + st.round) % n)
        const found = this.nodes.findIndex((x) => x.publicKeyHex === key)
        if (found >= 0) return found
      } catch {
        // try the next node
      }
    }
    throw new Error("could not determine the leader")
  }

  async resolve(ref: NodeRef): Promise<number> {
    return ref === "leader" ? this.leader() : ref
  }

  /** Undoes what is still perturbed: heal links, resume paused and restart killed nodes. */
  revertAll(): boolean {
    let changed = false
    for (const n of this.nodes) {
      if (n.paused) {
        this.resume(n.index)
        changed = true
      }
      if (n.down) {
        this.restart(n.index)
        changed = true
      }
    }
    const partitioned = this.net.hosts.some((h) => spawnSync("ip", ["netns", "exec", h.ns, "iptables", "-S", "MMTN_PART"], { encoding: "utf8" }).stdout.includes("DROP"))
    if (partitioned) {
      this.heal()
      changed = true
    }
    return changed
  }

  // ---------------------------------------------------------------- teardown

  /** Kills every process of the run and removes namespaces, links and (unless keep) files. */
  close(opts: { keepFiles?: boolean } = {}): void {
    if (this.closed) return
    this.closed = true
    globalThis.fetch = this.realFetch
    for (const n of this.nodes) {
      if (n.proc === undefined) continue
      n.proc.kill("SIGCONT")
      n.proc.kill("SIGKILL")
    }
    for (const p of this.proxies) p.kill("SIGKILL")
    cleanupRun(this.run, { keepDirs: opts.keepFiles === true })
  }
}

export type HealthJson = { status: string; peers: { connected: number; list: { org: string; connected: boolean; rttMs?: number }[] }; ledger?: { height: number; syncing: boolean; halted: string | null } }

function needsLatencyPath(m: Manifest): boolean {
  return m.links.delayMs > 0 || m.links.loss > 0 || m.perturbations.some((p) => p.op === "latency")
}

/** Runs the medmesh CLI (same Node) and fails with its stderr. */
function cli(args: string[]): string {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", timeout: 60_000 })
  if (r.status !== 0) throw new Error(`medmesh ${args.join(" ")} failed (${r.status}): ${r.stderr.trim()}`)
  return r.stdout
}

function cliAsync(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "pipe", "pipe"], timeout: 60_000 })
    let out = ""
    let err = ""
    child.stdout.setEncoding("utf8").on("data", (d: string) => (out += d))
    child.stderr.setEncoding("utf8").on("data", (d: string) => (err += d))
    child.once("error", reject)
    child.once("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`medmesh ${args.join(" ")} failed (${code}): ${err.trim()}`))))
  })
}

export function tail(file: string, lines = 20): string {
  try {
    return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n")
  } catch {
    return ""
  }
}

export function randomRunId(): string {
  return Math.floor(Math.random() * 0xffff).toString(16).padStart(4, "0")
}
