/**
 * Hosts as Linux network namespaces on one machine: a bridge in the root namespace, one veth pair
 * and one namespace per host, addresses in 10.77.<subnet>.0/24, and per-host firewall chains for
 * partitions and packet loss. Everything this file creates is named `mmtn-<run>-…`, so
 * `cleanupByPrefix()` can remove leftovers of any run (also one killed with SIGKILL) and never
 * touches anything else on the machine. Namespaces have no default route: traffic never leaves
 * the bridge.
 *
 * Synchronous on purpose: setup is a few dozen short `ip` calls, and cleanup must also run from a
 * signal handler.
 */
import { execFileSync, spawnSync } from "node:child_process"
import { existsSync, readdirSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

export const PREFIX = "mmtn-"
/** the node's libp2p port inside every host */
export const P2P_PORT = 7400
/** the node's HTTP API port inside every host (listening on the host's address) */
export const API_PORT = 7480
/** first local port of the latency proxy in a host (one port per peer: base + peer index) */
export const PROXY_PORT_BASE = 17400
/** the host address the latency proxy dials (a second address on the same interface) */
const ALIAS_OFFSET = 100
const BRIDGE_HOST = 254
/** run ids are 4–8 hex digits; a run's files live in `<tmpdir>/mmtn-<run>` */
export const RUN_ID_RE = /^[0-9a-f]{4,8}$/
const RUN_DIR_RE = /^mmtn-[0-9a-f]{4,8}$/
/** iptables chains in every host namespace */
export const CHAIN_PARTITION = "MMTN_PART"
export const CHAIN_LOSS = "MMTN_LOSS"

export type HostNet = {
  index: number
  ns: string
  /** the host's address: libp2p listens here, peers dial it */
  ip: string
  /** second address of the host; the latency proxy dials this one so its own traffic is not redirected */
  aliasIp: string
  vethHost: string
}

export type Net = {
  run: string
  subnet: number
  bridge: string
  bridgeIp: string
  hosts: HostNet[]
}

export function sh(cmd: string, args: string[], opts: { ns?: string; allowFail?: boolean; timeoutMs?: number } = {}): string {
  const argv = opts.ns !== undefined ? ["netns", "exec", opts.ns, cmd, ...args] : args
  const bin = opts.ns !== undefined ? "ip" : cmd
  const r = spawnSync(bin, argv, { encoding: "utf8", timeout: opts.timeoutMs ?? 15_000 })
  if ((r.status !== 0 || r.error !== undefined) && opts.allowFail !== true) {
    throw new Error(`${[bin, ...argv].join(" ")} failed (${r.status ?? r.error?.message}): ${(r.stderr ?? "").trim()}`)
  }
  return r.stdout ?? ""
}

function has(bin: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${bin}`], { encoding: "utf8" }).status === 0
}

/** Root, iproute2 and iptables; installs the Debian packages when a tool is missing. */
export function ensurePrerequisites(log: (msg: string) => void): void {
  if (process.getuid?.() !== 0) throw new Error("the testnet needs root (network namespaces, veth, iptables)")
  const missing = [
    ["ip", "iproute2"],
    ["iptables", "iptables"],
  ].filter(([bin]) => !has(bin)).map(([, pkg]) => pkg)
  if (missing.length === 0) return
  log(`installing ${missing.join(" ")} from Debian`)
  execFileSync("apt-get", ["update", "-qq"], { stdio: "ignore", timeout: 300_000 })
  execFileSync("apt-get", ["install", "-y", "-qq", ...missing], { stdio: "ignore", timeout: 300_000, env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } })
}

/** Whether the kernel has sch_netem (tried in a throwaway namespace). */
export function netemAvailable(run: string): boolean {
  const ns = `${PREFIX}${run}-probe`
  sh("ip", ["netns", "add", ns])
  try {
    return spawnSync("ip", ["netns", "exec", ns, "tc", "qdisc", "add", "dev", "lo", "root", "netem", "delay", "1ms"], { encoding: "utf8" }).status === 0
  } finally {
    sh("ip", ["netns", "del", ns], { allowFail: true })
  }
}

/** A subnet 10.77.<s>.0/24 that no interface of the root namespace uses. */
function freeSubnet(): number {
  const used = sh("ip", ["-o", "-4", "addr", "show"])
  for (let s = 0; s < 250; s++) if (!used.includes(` 10.77.${s}.`)) return s
  throw new Error("no free 10.77.x.0/24 subnet")
}

/** Creates bridge, namespaces and veth pairs for `n` hosts. On failure removes what it made. */
export function createNet(run: string, n: number): Net {
  if (n < 1 || n > 64) throw new Error(`hosts must be in [1, 64], got ${n}`)
  const subnet = freeSubnet()
  const base = `10.77.${subnet}`
  const bridge = `${PREFIX}${run}-br`
  const net: Net = { run, subnet, bridge, bridgeIp: `${base}.${BRIDGE_HOST}`, hosts: [] }
  try {
    sh("ip", ["link", "add", bridge, "type", "bridge"])
    sh("ip", ["addr", "add", `${net.bridgeIp}/24`, "dev", bridge])
    sh("ip", ["link", "set", bridge, "up"])
    for (let i = 0; i < n; i++) {
      const ns = `${PREFIX}${run}-h${i}`
      const vethHost = `${PREFIX}${run}-v${i}`
      const vethPeer = `${PREFIX}${run}-p${i}`
      const host: HostNet = { index: i, ns, ip: `${base}.${i + 1}`, aliasIp: `${base}.${i + 1 + ALIAS_OFFSET}`, vethHost }
      net.hosts.push(host)
      sh("ip", ["netns", "add", ns])
      sh("ip", ["link", "add", vethHost, "type", "veth", "peer", "name", vethPeer])
      sh("ip", ["link", "set", vethHost, "master", bridge])
      sh("ip", ["link", "set", vethHost, "up"])
      sh("ip", ["link", "set", vethPeer, "netns", ns])
      sh("ip", ["link", "set", vethPeer, "name", "eth0"], { ns })
      sh("ip", ["addr", "add", `${host.ip}/24`, "dev", "eth0"], { ns })
      sh("ip", ["addr", "add", `${host.aliasIp}/24`, "dev", "eth0"], { ns })
      sh("ip", ["link", "set", "eth0", "up"], { ns })
      sh("ip", ["link", "set", "lo", "up"], { ns })
      for (const chain of [CHAIN_PARTITION, CHAIN_LOSS]) {
        sh("iptables", ["-N", chain], { ns })
        sh("iptables", ["-A", "INPUT", "-j", chain], { ns })
      }
    }
    return net
  } catch (err) {
    cleanupRun(run)
    throw err
  }
}

/** Both addresses of a host (partition and loss rules match either). */
function addressesOf(h: HostNet): string[] {
  return [h.ip, h.aliasIp]
}

/**
 * Drops everything `host` receives from each of `peers` (apply on both sides for a symmetric
 * cut). Silent drops, like a real broken link: TCP keeps retrying until it gives up.
 */
export function blockFrom(host: HostNet, peers: HostNet[]): void {
  for (const p of peers) for (const addr of addressesOf(p)) sh("iptables", ["-A", CHAIN_PARTITION, "-s", `${addr}/32`, "-j", "DROP"], { ns: host.ns })
}

export function healPartitions(net: Net): void {
  for (const h of net.hosts) sh("iptables", ["-F", CHAIN_PARTITION], { ns: h.ns, allowFail: true })
}

/** Random loss (0..1) of packets `host` receives from `peer`. Replaces an earlier setting. */
export function setLoss(host: HostNet, peer: HostNet, loss: number): void {
  for (const addr of addressesOf(peer)) {
    // delete any earlier rule for this source (at most one exists per address)
    const rules = sh("iptables", ["-S", CHAIN_LOSS], { ns: host.ns })
    for (const line of rules.split("\n")) {
      if (line.startsWith(`-A ${CHAIN_LOSS} -s ${addr}/32`)) sh("iptables", ["-D", ...line.slice(3).split(" ")], { ns: host.ns, allowFail: true })
    }
    if (loss > 0) sh("iptables", ["-A", CHAIN_LOSS, "-s", `${addr}/32`, "-m", "statistic", "--mode", "random", "--probability", loss.toFixed(4), "-j", "DROP"], { ns: host.ns })
  }
}

/**
 * Sends `host`'s outgoing libp2p connections to peer j through its local latency proxy
 * (127.0.0.1:PROXY_PORT_BASE+j), which dials the peer's alias address. Used when the kernel has
 * no sch_netem.
 */
export function redirectThroughProxy(host: HostNet, peers: HostNet[]): void {
  // either address of the peer (the node listens on 0.0.0.0, so peers may learn both); the proxy's
  // own connections leave from this host's alias address and are not redirected
  for (const p of peers) {
    for (const addr of addressesOf(p)) {
      sh("iptables", ["-t", "nat", "-A", "OUTPUT", "-p", "tcp", "!", "-s", `${host.aliasIp}/32`, "-d", `${addr}/32`, "--dport", String(P2P_PORT), "-j", "REDIRECT", "--to-ports", String(PROXY_PORT_BASE + p.index)], { ns: host.ns })
    }
  }
}

/**
 * Latency with sch_netem when the kernel has it: an htb root with one class per peer, a netem
 * leaf on each, and a u32 filter by destination. (Not exercised on machines without netem.)
 */
export function netemSetLinks(host: HostNet, links: { peer: HostNet; delayMs: number; jitterMs: number; loss: number }[]): void {
  sh("tc", ["qdisc", "del", "dev", "eth0", "root"], { ns: host.ns, allowFail: true })
  if (links.length === 0) return
  sh("tc", ["qdisc", "add", "dev", "eth0", "root", "handle", "1:", "htb", "default", "999"], { ns: host.ns })
  sh("tc", ["class", "add", "dev", "eth0", "parent", "1:", "classid", "1:999", "htb", "rate", "10gbit"], { ns: host.ns })
  for (const l of links) {
    const cls = `1:${l.peer.index + 1}`
    sh("tc", ["class", "add", "dev", "eth0", "parent", "1:", "classid", cls, "htb", "rate", "10gbit"], { ns: host.ns })
    const netem = ["delay", `${l.delayMs}ms`, ...(l.jitterMs > 0 ? [`${l.jitterMs}ms`] : []), ...(l.loss > 0 ? ["loss", `${(l.loss * 100).toFixed(3)}%`] : [])]
    sh("tc", ["qdisc", "add", "dev", "eth0", "parent", cls, "handle", `${l.peer.index + 10}:`, "netem", ...netem], { ns: host.ns })
    for (const addr of addressesOf(l.peer)) sh("tc", ["filter", "add", "dev", "eth0", "parent", "1:", "protocol", "ip", "u32", "match", "ip", "dst", `${addr}/32`, "flowid", cls], { ns: host.ns })
  }
}

/** pids of processes inside a namespace */
function pidsIn(ns: string): number[] {
  return sh("ip", ["netns", "pids", ns], { allowFail: true })
    .split(/\s+/)
    .filter((s) => /^\d+$/.test(s))
    .map(Number)
}

function listNamespaces(): string[] {
  return sh("ip", ["netns", "list"], { allowFail: true })
    .split("\n")
    .map((l) => l.trim().split(" ")[0])
    .filter((n) => n !== undefined && n.startsWith(PREFIX))
}

function listLinks(): string[] {
  return sh("ip", ["-o", "link", "show"], { allowFail: true })
    .split("\n")
    .map((l) => /^\d+:\s+([^:@\s]+)/.exec(l)?.[1])
    .filter((n): n is string => n !== undefined && n.startsWith(PREFIX))
}

/**
 * Removes every namespace, link and temp dir of one run (`run` given) or of all runs: kills the
 * processes inside each namespace first (SIGCONT for paused ones, then SIGKILL), so nothing
 * keeps running in a deleted namespace. Returns what it removed.
 */
export function cleanupRun(run?: string, opts: { keepDirs?: boolean } = {}): { namespaces: string[]; links: string[]; processes: number[]; dirs: string[] } {
  const prefix = run === undefined ? PREFIX : `${PREFIX}${run}-`
  const removed = { namespaces: [] as string[], links: [] as string[], processes: [] as number[], dirs: [] as string[] }
  const namespaces = listNamespaces().filter((n) => n.startsWith(prefix))
  for (const ns of namespaces) {
    for (const pid of pidsIn(ns)) {
      try {
        process.kill(pid, "SIGCONT")
        process.kill(pid, "SIGKILL")
        removed.processes.push(pid)
      } catch {
        // already gone
      }
    }
  }
  // let the kernel reap them before the namespaces go (bounded wait)
  const deadline = Date.now() + 5000
  while (Date.now() < deadline && namespaces.some((ns) => pidsIn(ns).length > 0)) spawnSync("sleep", ["0.1"])
  for (const ns of namespaces) {
    sh("ip", ["netns", "del", ns], { allowFail: true })
    removed.namespaces.push(ns)
  }
  // veths die with their namespace; the bridge and any stray host-side veth are removed here
  for (const link of listLinks().filter((l) => l.startsWith(prefix))) {
    sh("ip", ["link", "del", link], { allowFail: true })
    removed.links.push(link)
  }
  if (opts.keepDirs !== true) {
    const tmp = tmpdir()
    for (const name of existsSync(tmp) ? readdirSync(tmp) : []) {
      if (run !== undefined ? name !== `${PREFIX}${run}` : !RUN_DIR_RE.test(name)) continue
      rmSync(join(tmp, name), { recursive: true, force: true })
      removed.dirs.push(join(tmp, name))
    }
  }
  return removed
}

/** Names of leftover namespaces and links (for tests and the `cleanup` report). */
export function leftovers(run?: string): string[] {
  const prefix = run === undefined ? PREFIX : `${PREFIX}${run}-`
  return [...listNamespaces(), ...listLinks()].filter((n) => n.startsWith(prefix))
}
