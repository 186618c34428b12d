/**
 * bench/memory: does a validator's memory stay flat under steady load? Starts a cluster of real
 * validator processes (test/node/ledger/cluster.ts: MedmeshNode, libp2p over loopback, LevelDB,
 * HTTP API), offers `--rate` tx/s of signed ~300-byte provenance notes for `--minutes`, and every
 * `--sample-s` seconds records per node the resident set (/proc/<pid>/status VmRSS) and the V8
 * heap, external memory, active handles and /metrics size (prom-client's default process metrics
 * and the number of series, so label cardinality growth shows). Load per 100 ms tick and node:
 * one `POST /v1/txs?wait=commit` single (through fetch's keep-alive sockets, which is what leaked
 * listeners before def4df2) and the rest of the node's share as one `{"txs": [...]}` batch; each
 * node's txs are signed by its member key with increasing nonces, so a tx overtaken by a higher
 * nonce of the same signer may be dropped as stale — `committed` counts what was committed.
 *
 * Reported per node after `--warmup-s`: RSS and heapUsed at the start and end of the window (mean
 * of the first/last 3 samples) and the least-squares slope in MiB per minute over the window.
 * heapUsed is sampled between GCs, so it saws: `heap_used_floor_mib` gives the lowest sample of the
 * window's first and last third (a steadier proxy for the live heap); heap snapshots (below) are
 * taken after a full GC and are the exact measure.
 *
 * Heap snapshots (for bench/heapsnapshot-diff.ts): with
 *   MEDMESH_NODE_ARGS=--heapsnapshot-signal=SIGUSR2 node bench/memory.ts --snapshot-at 90,270 --snapshot-dir /tmp/snaps
 * the nodes in `--snapshot-nodes` (default 0) get SIGUSR2 at those seconds of load (V8 does a full
 * GC before writing it) and each snapshot is moved from the node's data dir to `--snapshot-dir` as
 * node<i>-<s>s.heapsnapshot. Writing one pauses the node for seconds; leave snapshots out for
 * clean slopes.
 *
 *   node bench/memory.ts [--minutes 5] [--rate 250] [--validators 4] [--warmup-s 60] [--sample-s 10]
 */
import { copyFileSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs"
import { mkdir } from "node:fs/promises"
import { loadavg } from "node:os"
import { join } from "node:path"
import { parseArgs } from "node:util"
import { LedgerCluster, provenanceTx } from "../test/node/ledger/cluster.ts"

const { values } = parseArgs({
  options: {
    minutes: { type: "string", default: "5" },
    rate: { type: "string", default: "250" },
    validators: { type: "string", default: "4" },
    "warmup-s": { type: "string", default: "60" },
    "sample-s": { type: "string", default: "10" },
    "snapshot-at": { type: "string", default: "" },
    "snapshot-dir": { type: "string", default: "/tmp/medmesh-heapsnapshots" },
    "snapshot-nodes": { type: "string", default: "0" },
  },
})
const MINUTES = Number(values.minutes)
const RATE = Number(values.rate)
const N = Number(values.validators)
const WARMUP_S = Number(values["warmup-s"])
const SAMPLE_S = Number(values["sample-s"])
const SNAPSHOT_AT = values["snapshot-at"].split(",").filter((s) => s.length > 0).map(Number)
const SNAPSHOT_DIR = values["snapshot-dir"]
const SNAPSHOT_NODES = values["snapshot-nodes"].split(",").filter((s) => s.length > 0).map(Number)
const TICK_MS = 100
const MiB = 1024 * 1024
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

type Sample = { t: number; rss: number; heapUsed: number; heapTotal: number; external: number; handles: number; series: number; height: number; mempool: number }

/** pid of the validator process running `specFile` (a direct child of this process). */
function pidOf(specFile: string): number {
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue
    try {
      const stat = readFileSync(`/proc/${d}/stat`, "utf8")
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1])
      if (ppid !== process.pid) continue
      if (readFileSync(`/proc/${d}/cmdline`, "utf8").split("\0").includes(specFile)) return Number(d)
    } catch {
      continue
    }
  }
  throw new Error(`no process for ${specFile}`)
}

function rssBytes(pid: number): number {
  const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))
  return m === null ? NaN : Number(m[1]) * 1024
}

function metric(text: string, name: string): number {
  const m = new RegExp(`^${name}(?:\\{[^}]*\\})? ([0-9.e+-]+)`, "m").exec(text)
  return m === null ? NaN : Number(m[1])
}

/** least-squares slope of y over t (ms), in y-units per minute */
function slopePerMin(ts: number[], ys: number[]): number {
  const n = ts.length
  if (n < 2) return NaN
  const mt = ts.reduce((a, b) => a + b, 0) / n
  const my = ys.reduce((a, b) => a + b, 0) / n
  let num = 0
  let den = 0
  for (let i = 0; i < n; i++) {
    num += (ts[i] - mt) * (ys[i] - my)
    den += (ts[i] - mt) ** 2
  }
  return (num / den) * 60_000
}

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length
const mib = (b: number): number => +(b / MiB).toFixed(1)

async function takeSnapshots(c: LedgerCluster, pids: number[], label: string): Promise<string[]> {
  await mkdir(SNAPSHOT_DIR, { recursive: true })
  const before = c.validators.map((v) => new Set(readdirSync(v.dataDir)))
  for (const i of SNAPSHOT_NODES) process.kill(pids[i], "SIGUSR2")
  return Promise.all(
    SNAPSHOT_NODES.map(async (i) => {
      const v = c.validators[i]
      const deadline = performance.now() + 120_000
      for (;;) {
        const f = readdirSync(v.dataDir).find((x) => x.endsWith(".heapsnapshot") && !before[i].has(x))
        if (f !== undefined) {
          // done when the size stops changing for 2 s
          const path = join(v.dataDir, f)
          let last = -1
          for (;;) {
            const size = statSync(path).size
            if (size === last && size > 0) break
            last = size
            await sleep(2000)
          }
          const out = join(SNAPSHOT_DIR, `node${i}-${label}.heapsnapshot`)
          copyFileSync(path, out)
          rmSync(path)
          return out
        }
        if (performance.now() > deadline) throw new Error(`node ${i} wrote no heap snapshot (MEDMESH_NODE_ARGS=--heapsnapshot-signal=SIGUSR2?)`)
        await sleep(500)
      }
    }),
  )
}

const c = await LedgerCluster.create({ n: N, ledger: { mempool: { maxPendingPerSigner: 100_000, maxTxs: 200_000 } } })
try {
  await c.startAll(60_000)
  await c.waitForHeight(2, 60_000)
  const pids = c.validators.map((v) => pidOf(v.specFile))
  const samples: Sample[][] = c.validators.map(() => [])
  const committed0 = await c.committedTotal(0)
  const t0 = performance.now()
  const sample = async (): Promise<void> => {
    const t = performance.now() - t0
    await Promise.all(
      c.validators.map(async (_, i) => {
        const rss = rssBytes(pids[i])
        let text: string
        let st: { height: number; mempool: { txs: number } }
        try {
          text = await (await fetch(c.url(i, "/metrics"), { signal: AbortSignal.timeout(5_000) })).text()
          st = await c.status(i)
        } catch {
          return // busy (writing a heap snapshot): skip this sample
        }
        samples[i].push({
          t,
          rss,
          heapUsed: metric(text, "nodejs_heap_size_used_bytes"),
          heapTotal: metric(text, "nodejs_heap_size_total_bytes"),
          external: metric(text, "nodejs_external_memory_bytes"),
          handles: metric(text, "nodejs_active_handles_total"),
          series: text.split("\n").filter((l) => l.length > 0 && !l.startsWith("#")).length,
          height: st.height,
          mempool: st.mempool.txs,
        })
      }),
    )
    if (process.env.DEBUG_BENCH === "1") process.stderr.write(`${(t / 1000).toFixed(0)}s ${samples.map((s) => { const x = s[s.length - 1]; return `rss ${mib(x.rss)} heap ${mib(x.heapUsed)} ext ${mib(x.external)} h ${x.handles} series ${x.series} pool ${x.mempool}` }).join(" | ")}\n`)
  }

  // load
  const durationMs = MINUTES * 60_000
  const perTick = Math.max(1, Math.round((RATE * TICK_MS) / 1000 / N))
  const nonces = c.validators.map(() => 0)
  let offered = 0
  let refused = 0
  let failed = 0
  let inflight = 0
  const post = (i: number, path: string, body: string): void => {
    inflight++
    void fetch(c.url(i, path), { method: "POST", headers: { "content-type": "application/json" }, body, signal: AbortSignal.timeout(60_000) })
      .then((r) => r.text())
      .then((t) => {
        if (t.includes('"error"')) refused++
      })
      .catch(() => failed++)
      .finally(() => inflight--)
  }
  let nextSample = 0
  const snapshots: string[] = []
  const snapshotJobs: Promise<void>[] = []
  const pendingSnapshots = [...SNAPSHOT_AT].sort((a, b) => a - b)
  for (let k = 0; ; k++) {
    const now = performance.now() - t0
    if (now >= durationMs) break
    if (now >= nextSample) {
      void sample()
      nextSample += SAMPLE_S * 1000
    }
    if (pendingSnapshots.length > 0 && now >= pendingSnapshots[0] * 1000) {
      const s = pendingSnapshots.shift()!
      snapshotJobs.push(takeSnapshots(c, pids, `${s}s`).then((files) => void snapshots.push(...files)))
    }
    for (let i = 0; i < N; i++) {
      const v = c.validators[i]
      const single = Buffer.from(provenanceTx(c.chainId, v, ++nonces[i], 300)).toString("base64")
      post(i, "/v1/txs?wait=commit&timeoutMs=30000", JSON.stringify({ txBase64: single }))
      const batch: string[] = []
      for (let j = 1; j < perTick; j++) batch.push(Buffer.from(provenanceTx(c.chainId, v, ++nonces[i], 300)).toString("base64"))
      if (batch.length > 0) post(i, "/v1/txs", JSON.stringify({ txs: batch }))
      offered += perTick
    }
    const wait = t0 + (k + 1) * TICK_MS - performance.now()
    if (wait > 1) await sleep(wait)
  }
  await sample()
  await Promise.all(snapshotJobs)
  while (inflight > 0) await sleep(100)
  const committed = (await c.committedTotal(0)) - committed0
  const loadS = (performance.now() - t0) / 1000

  const perNode = samples.map((ss, i) => {
    const w = ss.filter((s) => s.t >= WARMUP_S * 1000)
    const first = w.slice(0, 3)
    const last = w.slice(-3)
    const pick = (f: (s: Sample) => number) => ({
      start: mib(mean(first.map(f))),
      end: mib(mean(last.map(f))),
      max: mib(Math.max(...ss.map(f))),
      slope_mib_per_min: +(slopePerMin(w.map((s) => s.t), w.map(f)) / MiB).toFixed(2),
    })
    return {
      node: i,
      samples: w.length,
      rss_mib: pick((s) => s.rss),
      heap_used_mib: pick((s) => s.heapUsed),
      heap_total_mib: pick((s) => s.heapTotal),
      // heapUsed saws between GCs; the lowest sample of the window's first and last third is a
      // steadier proxy for the live heap after GC
      heap_used_floor_mib: [mib(Math.min(...w.slice(0, Math.max(1, Math.floor(w.length / 3))).map((s) => s.heapUsed))), mib(Math.min(...w.slice(-Math.max(1, Math.floor(w.length / 3))).map((s) => s.heapUsed)))],
      external_mib: pick((s) => s.external),
      rss_at_load_start_mib: mib(ss[0].rss),
      handles: [ss[0].handles, ss[ss.length - 1].handles],
      metric_series: [ss[0].series, ss[ss.length - 1].series],
      height: ss[ss.length - 1].height,
    }
  })
  process.stdout.write(
    JSON.stringify({
      bench: "memory",
      validators: N,
      minutes: MINUTES,
      warmup_s: WARMUP_S,
      offered_tps: RATE,
      offered,
      committed,
      committed_tps: Math.round(committed / loadS),
      refused,
      failed_requests: failed,
      node_args: process.env.MEDMESH_NODE_ARGS ?? "",
      snapshots,
      nodes: perNode,
      load_average_1m: +loadavg()[0].toFixed(2),
    }) + "\n",
  )
  await Promise.all(c.validators.map((_, i) => c.stop(i)))
} finally {
  await c.cleanup()
}
