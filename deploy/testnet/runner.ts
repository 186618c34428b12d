#!/usr/bin/env node
/**
 * The testnet runner: `npm run testnet -- <scenario|command>` (needs root and iproute2/iptables;
 * installs them from Debian when missing).
 *
 *   npm run testnet -- kill-one-of-four          a scenario in deploy/testnet/scenarios/ (or a path)
 *   npm run testnet -- ci                        the CI set, one after the other (≤ 10 min)
 *   npm run testnet -- soak [--minutes 30] [--seed 1]   random perturbations from a seed; memory per node
 *   npm run testnet -- list                      the checked-in scenarios
 *   npm run testnet -- cleanup                   removes leftovers of any run (namespaces, links, processes, files)
 *   options: --keep (keep data dirs and logs in /tmp/mmtn-<run>), --quiet
 *
 * Stages: setup → start → load (+ perturb on the manifest's timeline) → wait (revert what is
 * still perturbed, let the nodes converge) → check (invariants). Progress goes to stderr; the
 * last line on stdout is the JSON summary. Exit 0 when every invariant held, 1 otherwise.
 * SIGINT/SIGTERM (and any failure) remove everything the run made before exiting.
 */
import { readdirSync, readFileSync } from "node:fs"
import { basename, join, resolve } from "node:path"
import { checkNoFork, checkNoLostEntries, checkOneAccessEventPerRequest, fetchChain, type BlockSummary, type InvariantResult } from "./invariants.ts"
import { LoadGenerator, sleep } from "./load.ts"
import { type Manifest, ManifestError, parseManifest, type Perturbation } from "./manifest.ts"
import { Monitor, getJson } from "./monitor.ts"
import { cleanupRun, ensurePrerequisites, leftovers } from "./netns.ts"
import { RecordWorld, stageImports, type RecordStats } from "./records.ts"
import { tail, Testnet } from "./testnet.ts"

const SCENARIO_DIR = resolve(import.meta.dirname, "scenarios")
/** the CI set: every checked-in acceptance scenario */
export const CI_SCENARIOS = ["kill-one-of-four", "partition-two-two", "leader-isolation", "pause-ten-seconds", "cross-border-latency", "clock-skew"]

export type Summary = {
  scenario: string
  run: string
  ok: boolean
  nodes: number
  latencyBackend: string
  durationSeconds: number
  entries: { submitted: number; acknowledged: number; rejected: number; unknown: number; lost: number; duplicatesSubmitted: number }
  queries: { sent: number; errors: number }
  records?: RecordStats
  heights: number[]
  /** [a][b]: node a's last ping RTT to node b as /health reports it (null for itself) */
  peerRttMs: (number | null)[][]
  /** [a][b]: a new TCP connection's round trip from host a to node b at the end (latency scenarios) */
  linkRttMs?: (number | null)[][]
  maxCommitGapMs: number
  lastPerturbationAtMs: number | null
  recoveryMs: number | null
  invariants: InvariantResult[]
  crashed: { node: number; code: number | null; signal: string | null; logTail?: string[] }[]
  perturbations: { t: number; op: string; detail: Record<string, unknown> }[]
  /** per node: first, last and highest RSS / V8 heap sample (/metrics); a restarted node's numbers restart with it */
  memory?: { node: number; samples: number; rssStartMiB: number | null; rssEndMiB: number | null; rssMaxMiB: number | null; heapStartMiB: number | null; heapEndMiB: number | null; heapMaxMiB: number | null; restarts: number }[]
  rejectReasons: Record<string, number>
  error?: string
  logs?: string
}

let current: Testnet | undefined
let keepFiles = false
let quiet = false
const log = (msg: string): void => {
  if (!quiet) process.stderr.write(`testnet: ${msg}\n`)
}

function installSignalHandlers(): void {
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(sig, () => {
      log(`${sig}: cleaning up`)
      current?.close({ keepFiles })
      process.stdout.write(JSON.stringify({ ok: false, error: `interrupted by ${sig}`, run: current?.run ?? null }) + "\n")
      process.exit(sig === "SIGINT" ? 130 : 143)
    })
  }
  process.on("exit", () => current?.close({ keepFiles }))
}

export function loadScenario(nameOrPath: string): Manifest {
  const path = nameOrPath.endsWith(".json") ? resolve(nameOrPath) : join(SCENARIO_DIR, `${nameOrPath}.json`)
  let json: unknown
  try {
    json = JSON.parse(readFileSync(path, "utf8"))
  } catch (err) {
    throw new ManifestError(`scenario ${nameOrPath}: cannot read ${path} (${err instanceof Error ? err.message : String(err)})`)
  }
  return parseManifest(json, basename(path))
}

/** Expands a manifest's timeline into timed actions (pause → pause + resume, etc.). */
type Action = { at: number; run: (tn: Testnet, resolved: Map<Perturbation, number>) => Promise<void> | void; source: Perturbation }

function actionsOf(m: Manifest): Action[] {
  const out: Action[] = []
  const ref = async (tn: Testnet, resolved: Map<Perturbation, number>, p: Perturbation, node: number | "leader"): Promise<number> => {
    if (!resolved.has(p)) resolved.set(p, await tn.resolve(node))
    return resolved.get(p)!
  }
  for (const p of m.perturbations) {
    switch (p.op) {
      case "kill":
        out.push({ at: p.at, source: p, run: async (tn, r) => tn.kill(await ref(tn, r, p, p.node)) })
        break
      case "restart":
        out.push({ at: p.at, source: p, run: (tn) => tn.restart(p.node) })
        break
      case "killRestart":
        out.push({ at: p.at, source: p, run: async (tn, r) => tn.kill(await ref(tn, r, p, p.node)) })
        out.push({ at: p.at + p.downSeconds, source: p, run: async (tn, r) => tn.restart(await ref(tn, r, p, p.node)) })
        break
      case "pause":
        out.push({ at: p.at, source: p, run: async (tn, r) => tn.pause(await ref(tn, r, p, p.node)) })
        out.push({ at: p.at + p.seconds, source: p, run: async (tn, r) => tn.resume(await ref(tn, r, p, p.node)) })
        break
      case "partition":
        out.push({
          at: p.at,
          source: p,
          run: async (tn) => {
            const groups: number[][] = []
            for (const g of p.groups) groups.push(await Promise.all(g.map((x) => tn.resolve(x))))
            tn.partition(groups)
          },
        })
        break
      case "isolate":
        out.push({
          at: p.at,
          source: p,
          run: async (tn, r) => {
            const node = await ref(tn, r, p, p.node)
            tn.partition([[node], tn.nodes.map((x) => x.index).filter((x) => x !== node)], "isolate")
          },
        })
        break
      case "ring":
        out.push({ at: p.at, source: p, run: (tn) => tn.ring() })
        break
      case "disconnect":
        out.push({ at: p.at, source: p, run: (tn) => tn.disconnect(p.link[0], p.link[1]) })
        break
      case "heal":
        out.push({ at: p.at, source: p, run: (tn) => tn.heal() })
        break
      case "latency":
        out.push({ at: p.at, source: p, run: (tn) => tn.setLatency(p.links, p.delayMs, p.loss ?? 0) })
        break
      case "clockSkew":
        out.push({ at: p.at, source: p, run: (tn) => tn.clockSkew(p.node, p.skewMs) })
        break
    }
  }
  return out.sort((a, b) => a.at - b.at)
}

export async function runScenario(m: Manifest): Promise<Summary> {
  const tn = new Testnet(m, log)
  current = tn
  const started = Date.now()
  let monitor: Monitor | undefined
  let load: LoadGenerator | undefined
  let records: RecordWorld | undefined
  const summary: Summary = {
    scenario: m.name,
    run: tn.run,
    ok: false,
    nodes: m.nodes,
    latencyBackend: "none",
    durationSeconds: 0,
    entries: { submitted: 0, acknowledged: 0, rejected: 0, unknown: 0, lost: 0, duplicatesSubmitted: 0 },
    queries: { sent: 0, errors: 0 },
    heights: [],
    peerRttMs: [],
    maxCommitGapMs: 0,
    lastPerturbationAtMs: null,
    recoveryMs: null,
    invariants: [],
    crashed: [],
    perturbations: [],
    rejectReasons: {},
  }
  try {
    // ---- setup
    log(`${m.name}: setup (${m.nodes} hosts, run ${tn.run})`)
    await tn.setup()
    summary.latencyBackend = tn.latency
    const withRecords = m.load.recordsPerSecond > 0
    if (withRecords) await tn.importRecords(stageImports(tn.dir, m.nodes - 1))
    // ---- start
    log(`${m.name}: start`)
    tn.installApiAuth()
    await tn.startAll()
    if (withRecords) {
      records = new RecordWorld(tn.chainId, tn.nodes.map((n) => n.apiUrl))
      await records.setup()
      tn.event("records", { holders: Math.min(3, m.nodes - 1), requester: m.nodes - 1 })
    }
    // ---- load + perturb (times from here on are relative to the start of the load)
    tn.t0 = Date.now()
    monitor = new Monitor(
      tn.nodes.map((n) => n.apiUrl),
      () => tn.now(),
      m.load.durationSeconds > 300 ? 30_000 : 10_000,
    )
    monitor.start()
    load = new LoadGenerator({ chainId: tn.chainId, signers: tn.signers(), apiUrls: tn.nodes.map((n) => n.apiUrl) })
    tn.event("load", { entriesPerSecond: m.load.entriesPerSecond, queriesPerSecond: m.load.queriesPerSecond, seconds: m.load.durationSeconds })
    const loadDone = Promise.all([load.run({ ...m.load, seconds: m.load.durationSeconds }), records?.run(m.load.recordsPerSecond, m.load.durationSeconds, () => tn.now())])
    const resolved = new Map<Perturbation, number>()
    let lastPerturbation: number | null = null
    for (const a of actionsOf(m)) {
      const wait = a.at * 1000 - tn.now()
      if (wait > 0) await sleep(wait)
      await a.run(tn, resolved)
      lastPerturbation = tn.now()
    }
    await loadDone
    log(`${m.name}: load done; waiting for open requests`)
    await load.drain()
    await records?.drain()
    // ---- wait: revert leftovers, converge
    if (tn.revertAll()) lastPerturbation = tn.now()
    summary.lastPerturbationAtMs = lastPerturbation
    const up = tn.nodes.map((n) => n.index)
    await converge(tn, monitor, m.checks.convergeTimeoutSeconds * 1000, lastPerturbation)
    await monitor.stop()
    // ---- check
    log(`${m.name}: check`)
    const heights: number[] = []
    for (const n of tn.nodes) heights.push((await getJson<{ height: number }>(`${n.apiUrl}/v1/ledger/status`, 5000))?.height ?? 0)
    summary.heights = heights
    const chains: BlockSummary[][] = []
    for (const [i, n] of tn.nodes.entries()) chains.push(await fetchChain(n.apiUrl, heights[i]))
    const invariants: InvariantResult[] = []
    invariants.push(checkNoFork(chains))
    const lost = checkNoLostEntries(chains, load.entries.values())
    invariants.push(lost.result)
    invariants.push(checkOneAccessEventPerRequest(chains[0], load.entries))
    if (records !== undefined) {
      invariants.push(await records.check(chains))
      invariants.push(records.checkAvailability((lastPerturbation ?? 0) + m.checks.recoverySeconds * 1000, Math.min(3, m.nodes - 1)))
    }
    summary.recoveryMs = lastPerturbation === null ? 0 : monitor.recoveryMs(lastPerturbation, up)
    invariants.push({
      name: `commits resume within ${m.checks.recoverySeconds} s of the last perturbation`,
      ok: summary.recoveryMs !== null && summary.recoveryMs <= m.checks.recoverySeconds * 1000,
      detail: lastPerturbation === null ? "no perturbation" : summary.recoveryMs === null ? `not every node committed past height ${monitor.maxHeightAt(lastPerturbation)} after t=${(lastPerturbation / 1000).toFixed(1)} s` : `every node past height ${monitor.maxHeightAt(lastPerturbation)} ${(summary.recoveryMs / 1000).toFixed(1)} s after the last perturbation (t=${(lastPerturbation / 1000).toFixed(1)} s)`,
    })
    const halted: string[] = []
    for (const n of tn.nodes) {
      const h = await tn.health(n.index)
      summary.peerRttMs.push(tn.nodes.map((peer) => (h?.peers.list ?? []).find((p) => p.org === peer.org)?.rttMs ?? null))
      if (h === undefined || h.status !== "ok") halted.push(`node ${n.index}: ${h === undefined ? "no /health answer" : `status ${h.status}${h.ledger?.halted ? ` (${h.ledger.halted})` : ""}`}`)
    }
    invariants.push({ name: "no node crashed or halted except those killed on purpose", ok: tn.crashed.length === 0 && halted.length === 0, detail: tn.crashed.length === 0 && halted.length === 0 ? `${tn.nodes.length} nodes healthy at the end` : [...tn.crashed.map((c) => `node ${c.node} exited (code ${c.code}, signal ${c.signal}) at ${(c.t / 1000).toFixed(1)} s`), ...halted].join("; ") })
    // a check of the harness, not of the node: the links really had the latency the scenario set
    if (tn.latency !== "none" && tn.delay.some((row) => row.some((d) => d > 0))) {
      const pairs = tn.nodes.flatMap((a) => tn.nodes.filter((b) => b !== a).map((b) => [a.index, b.index] as const))
      const rtts = await Promise.all(pairs.map(([a, b]) => tn.probeRttMs(a, b)))
      summary.linkRttMs = tn.nodes.map((a) => tn.nodes.map((b) => rtts[pairs.findIndex(([x, y]) => x === a.index && y === b.index)] ?? null))
      const short = pairs.flatMap(([a, b], k) => {
        const expected = tn.delay[a][b] + tn.delay[b][a]
        const rtt = rtts[k]
        return rtt === null || rtt < 0.9 * expected ? [`${a}→${b} rtt ${rtt ?? "none"} ms < ${expected} ms`] : []
      })
      invariants.push({ name: "latency in effect (TCP round trip between hosts ≥ the links' delay both ways)", ok: short.length === 0, detail: short.length === 0 ? `round trips ${JSON.stringify(summary.linkRttMs)} ms (${tn.latency})` : short.join("; ") })
    }
    summary.invariants = invariants
    summary.entries = { submitted: load.stats.submitted, acknowledged: load.stats.acknowledged, rejected: load.stats.rejected, unknown: load.stats.unknown, lost: lost.lost, duplicatesSubmitted: load.stats.duplicatesSubmitted }
    summary.ok = invariants.every((i) => i.ok) && lost.lost <= m.checks.maxLost
  } catch (err) {
    summary.error = err instanceof Error ? err.message : String(err)
    log(`${m.name}: ${summary.error}`)
  } finally {
    load?.stop()
    await monitor?.stop()
    if (monitor !== undefined) {
      summary.maxCommitGapMs = monitor.maxCommitGapMs(0, tn.now())
      summary.memory = memoryGrowth(monitor, tn)
    }
    if (load !== undefined) {
      summary.queries = { sent: load.stats.queries, errors: load.stats.queryErrors }
      summary.rejectReasons = load.stats.rejectReasons
      if (summary.entries.submitted === 0) summary.entries = { ...summary.entries, submitted: load.stats.submitted, acknowledged: load.stats.acknowledged, rejected: load.stats.rejected, unknown: load.stats.unknown, duplicatesSubmitted: load.stats.duplicatesSubmitted }
    }
    if (records !== undefined) summary.records = records.stats
    // the end of a crashed node's log (the files are gone after cleanup unless --keep)
    summary.crashed = tn.crashed.map(({ node, code, signal }) => ({ node, code, signal, logTail: tail(tn.nodes[node].logFile, 12).split("\n").map((l) => l.slice(0, 600)) }))
    summary.perturbations = tn.events.filter((e) => !["setup", "import", "start", "records", "load"].includes(e.op))
    summary.durationSeconds = Math.round((Date.now() - started) / 100) / 10
    if (!summary.ok && keepFiles) summary.logs = join(tn.dir, "logs")
    tn.close({ keepFiles })
    current = undefined
    const left = leftovers(tn.run)
    if (left.length > 0) {
      summary.ok = false
      summary.error = `${summary.error ?? ""} leftovers after cleanup: ${left.join(", ")}`.trim()
    }
  }
  return summary
}

/** Waits until every node answers, none is syncing, and all reached one height above the max at the last perturbation. */
async function converge(tn: Testnet, monitor: Monitor, timeoutMs: number, lastPerturbation: number | null): Promise<void> {
  const deadline = Date.now() + timeoutMs
  const target = Math.max(monitor.maxHeightAt(lastPerturbation ?? tn.now()), monitor.maxHeightAt(tn.now())) + 1
  while (Date.now() < deadline) {
    const st = await Promise.all(tn.nodes.map((n) => getJson<{ height: number; syncing: boolean }>(`${n.apiUrl}/v1/ledger/status`, 2000)))
    if (st.every((s) => s !== undefined && s.height >= target && !s.syncing)) return
    await sleep(500)
  }
  log(`nodes did not all reach height ${target} within ${timeoutMs} ms`)
}

function memoryGrowth(monitor: Monitor, tn: Testnet): Summary["memory"] {
  const mib = (x: number | null | undefined): number | null => (x === null || x === undefined ? null : Math.round((x / 1048576) * 10) / 10)
  return tn.nodes.map((n) => {
    const rss = monitor.memory.map((s) => s.rssBytes[n.index]).filter((x): x is number => x !== null)
    const heap = monitor.memory.map((s) => s.heapUsedBytes[n.index]).filter((x): x is number => x !== null)
    return { node: n.index, samples: rss.length, rssStartMiB: mib(rss[0]), rssEndMiB: mib(rss[rss.length - 1]), rssMaxMiB: mib(rss.length > 0 ? Math.max(...rss) : null), heapStartMiB: mib(heap[0]), heapEndMiB: mib(heap[heap.length - 1]), heapMaxMiB: mib(heap.length > 0 ? Math.max(...heap) : null), restarts: n.restarts }
  })
}

/** A soak manifest: `minutes` of load with a random perturbation (and its undo) every ~40 s. */
export function soakManifest(minutes: number, seed: number, nodes = 4): Manifest {
  let s = seed >>> 0 || 1
  const rand = (): number => {
    // mulberry32
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const pick = (k: number): number => Math.floor(rand() * k)
  const duration = Math.max(60, Math.round(minutes * 60))
  const perturbations: unknown[] = []
  for (let at = 20; at + 30 < duration; at += 30 + pick(20)) {
    const node = pick(nodes)
    const kind = pick(6)
    if (kind === 0) perturbations.push({ at, op: "killRestart", node, downSeconds: 5 + pick(10) })
    else if (kind === 1) perturbations.push({ at, op: "pause", node, seconds: 3 + pick(10) })
    else if (kind === 2) perturbations.push({ at, op: "isolate", node: rand() < 0.5 ? "leader" : node }, { at: at + 5 + pick(10), op: "heal" })
    else if (kind === 3) {
      const a = pick(nodes)
      const b = (a + 1 + pick(nodes - 1)) % nodes
      perturbations.push({ at, op: "partition", groups: [[a, b], [...Array(nodes).keys()].filter((x) => x !== a && x !== b)] }, { at: at + 5 + pick(10), op: "heal" })
    } else if (kind === 4) perturbations.push({ at, op: "latency", links: "all", delayMs: 20 + pick(60), loss: 0.01 }, { at: at + 10 + pick(10), op: "latency", links: "all", delayMs: 0, loss: 0 })
    else perturbations.push({ at, op: "clockSkew", node, skewMs: (rand() < 0.5 ? -1 : 1) * (5000 + pick(25000)) }, { at: at + 10 + pick(10), op: "clockSkew", node, skewMs: 0 })
  }
  return parseManifest(
    {
      name: `soak-${seed}`,
      description: `${minutes} min soak, seed ${seed}`,
      nodes,
      load: { entriesPerSecond: 20, queriesPerSecond: 5, recordsPerSecond: 0.2, durationSeconds: duration },
      perturbations: perturbations.filter((p) => (p as { at: number }).at <= duration),
      checks: { recoverySeconds: 30, convergeTimeoutSeconds: 120 },
    },
    `soak(seed ${seed})`,
  )
}

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : undefined
}

async function main(argv: string[]): Promise<number> {
  keepFiles = argv.includes("--keep")
  quiet = argv.includes("--quiet")
  const cmd = argv.find((a, i) => !a.startsWith("--") && !(i > 0 && ["--minutes", "--seed"].includes(argv[i - 1])))
  if (cmd === undefined || cmd === "help") {
    process.stderr.write("usage: npm run testnet -- <scenario | ci | soak [--minutes M] [--seed S] | list | cleanup> [--keep] [--quiet]\n")
    return 2
  }
  if (cmd === "list") {
    for (const f of readdirSync(SCENARIO_DIR).filter((x) => x.endsWith(".json")).sort()) {
      const m = loadScenario(f.replace(/\.json$/, ""))
      process.stdout.write(`${m.name.padEnd(24)} ${m.description}\n`)
    }
    return 0
  }
  ensurePrerequisites(log)
  if (cmd === "cleanup") {
    const removed = cleanupRun(undefined)
    process.stdout.write(JSON.stringify({ removed, leftovers: leftovers() }) + "\n")
    return leftovers().length === 0 ? 0 : 1
  }
  installSignalHandlers()
  if (cmd === "ci") {
    const results: Summary[] = []
    for (const name of CI_SCENARIOS) {
      const s = await runScenario(loadScenario(name))
      results.push(s)
      process.stdout.write(JSON.stringify(s) + "\n")
    }
    const brief = results.map((s) => ({ scenario: s.scenario, ok: s.ok, acknowledged: s.entries.acknowledged, lost: s.entries.lost, recoveryMs: s.recoveryMs, maxCommitGapMs: s.maxCommitGapMs, failed: s.invariants.filter((i) => !i.ok).map((i) => i.name), error: s.error }))
    const passed = results.filter((s) => s.ok).length
    // the plain count line CI runners recognise, then the JSON summary as the last line
    process.stdout.write(`testnet: ${passed} passed, ${results.length - passed} failed\n`)
    process.stdout.write(JSON.stringify({ ok: passed === results.length, passed, failed: results.length - passed, scenarios: brief }) + "\n")
    return passed === results.length ? 0 : 1
  }
  const m = cmd === "soak" ? soakManifest(Number(flag(argv, "minutes") ?? "30"), Number(flag(argv, "seed") ?? "1")) : loadScenario(cmd)
  const summary = await runScenario(m)
  process.stdout.write(JSON.stringify(summary) + "\n")
  return summary.ok ? 0 : 1
}

if (import.meta.main) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`testnet: ${err instanceof Error ? err.message : String(err)}\n`)
      current?.close({ keepFiles })
      process.stdout.write(JSON.stringify({ ok: false, error: err instanceof Error ? err.message : String(err) }) + "\n")
      process.exit(err instanceof ManifestError ? 2 : 1)
    },
  )
}
