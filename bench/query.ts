/**
 * bench/query: latency of a cross-node record query. 4 node processes on loopback (real libp2p,
 * LevelDB, BFT ledger); one patient held by hospitals 0–2 (three Synthea bundles, ~300 resources);
 * a clinician at hospital 3 queries the whole record at 20 queries/s offered (open loop: a query
 * starts every 50 ms whether or not the previous ones finished). Each query = sign 3 requests,
 * relay via hospital 3's API, 3 holders verify + decide + commit an access event + encrypt,
 * requester verifies receipts, decrypts and merges.
 *
 * commit_wait_share = Σ holder time waiting for the access event's commit / Σ holder handling time
 * (the holders' own counters, GET /v1/records/stats, over the measured window).
 * sequential_p50_ms is the warm-up (one query at a time); load_average_1m and cpus say how busy the
 * machine was, which dominates these figures on a shared box.
 *
 * Env: BENCH_QUERY_SECONDS (default 30), BENCH_QUERY_RATE (default 20), BENCH_QUERY_WARMUP (default 10 queries).
 * Prints progress on stderr and, as the last line on stdout, one JSON object.
 */
import { childrenCpuSeconds } from "../test/helpers/procStat.ts"
import { cpus, loadavg } from "node:os"
import { queryRecordsViaApi, locateViaApi, getJson } from "../node/records/requesterClient.ts"
import { createRecordsWorld, grantConsentViaApi, TREATMENT } from "../test/e2e/recordsHarness.ts"

const seconds = Number(process.env.BENCH_QUERY_SECONDS ?? 30)
const rate = Number(process.env.BENCH_QUERY_RATE ?? 20)
const warmup = Number(process.env.BENCH_QUERY_WARMUP ?? 10)

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

type Stats = { handled: number; commitWaitMs: number; totalMs: number }

const nodesCpuSeconds = (): number => childrenCpuSeconds()

const log = (msg: string): void => void process.stderr.write(`[bench:query] ${msg}\n`)
const started = Date.now()
log("starting 4 node processes, importing 3 Synthea bundles, enrolling the patient")
const w = await createRecordsWorld({ chainId: "bench-query" })
try {
  await grantConsentViaApi(w, { decision: "permit", purposes: ["treatment"] })
  const holders = await locateViaApi(w.url(3), w.pseudonym)
  log(`holders: ${holders.map((h) => h.org).join(", ")}; setup ${((Date.now() - started) / 1000).toFixed(1)} s`)
  const query = { pseudonym: w.pseudonym, categories: [] as string[], purpose: TREATMENT }
  let resources = 0
  // warm-up, one query at a time: the latency without queueing (reported as sequential_p50_ms)
  const sequential: number[] = []
  for (let i = 0; i < warmup; i++) {
    const q0 = performance.now()
    const r = await queryRecordsViaApi(w.url(3), w.chainId, w.clinician, query)
    sequential.push(performance.now() - q0)
    resources = r.record.entry.length
  }
  sequential.sort((a, b) => a - b)
  const statsBefore = await Promise.all([0, 1, 2].map((i) => getJson<Stats>(w.url(i), "/v1/records/stats")))

  const latencies: number[] = []
  const locateMs: number[] = []
  let failures = 0
  const failureKinds: Record<string, number> = {}
  const failed = (kind: string): void => {
    failures++
    failureKinds[kind] = (failureKinds[kind] ?? 0) + 1
  }
  const total = Math.round(seconds * rate)
  const interval = 1000 / rate
  const cpu0 = nodesCpuSeconds()
  const t0 = performance.now()
  const inFlight: Promise<void>[] = []
  for (let i = 0; i < total; i++) {
    const due = t0 + i * interval
    const wait = due - performance.now()
    if (wait > 0) await new Promise((r) => setTimeout(r, wait))
    inFlight.push(
      (async () => {
        const q0 = performance.now()
        try {
          // each query locates the holders, as a clinician's first query would
          const r = await queryRecordsViaApi(w.url(3), w.chainId, w.clinician, query)
          const bad = r.answers.find((a) => a.status !== "ok")
          if (bad !== undefined) failed(`${bad.status}:${bad.reason}`)
          latencies.push(performance.now() - q0)
          locateMs.push(r.locateMs)
        } catch (err) {
          failed(err instanceof Error ? err.name : "error")
        }
      })(),
    )
    if (i > 0 && i % (rate * 5) === 0) log(`${i}/${total} offered, ${latencies.length} done`)
  }
  await Promise.all(inFlight)
  const elapsed = (performance.now() - t0) / 1000
  const nodesCpu = nodesCpuSeconds() - cpu0
  const statsAfter = await Promise.all([0, 1, 2].map((i) => getJson<Stats>(w.url(i), "/v1/records/stats")))
  let commitWait = 0
  let handling = 0
  for (let i = 0; i < 3; i++) {
    commitWait += statsAfter[i].commitWaitMs - statsBefore[i].commitWaitMs
    handling += statsAfter[i].totalMs - statsBefore[i].totalMs
  }
  latencies.sort((a, b) => a - b)
  locateMs.sort((a, b) => a - b)
  const result = {
    bench: "query",
    nodes: 4,
    holders: 3,
    resources_per_query: resources,
    offered_qps: rate,
    achieved_qps: Math.round((latencies.length / elapsed) * 10) / 10,
    queries: latencies.length,
    failures,
    failure_kinds: failureKinds,
    p50_ms: Math.round(percentile(latencies, 50) * 10) / 10,
    p90_ms: Math.round(percentile(latencies, 90) * 10) / 10,
    p99_ms: Math.round(percentile(latencies, 99) * 10) / 10,
    max_ms: Math.round((latencies[latencies.length - 1] ?? NaN) * 10) / 10,
    sequential_p50_ms: Math.round(percentile(sequential, 50) * 10) / 10,
    load_average_1m: Math.round(loadavg()[0] * 10) / 10,
    cpus: cpus().length,
    locate_p50_ms: Math.round(percentile(locateMs, 50) * 10) / 10,
    commit_wait_share: handling > 0 ? Math.round((commitWait / handling) * 1000) / 1000 : null,
    // CPU the 4 node processes spent over the measured window, per query (the machine has `cpus` cores)
    nodes_cpu_ms_per_query: latencies.length > 0 ? Math.round((nodesCpu * 1000) / latencies.length) : null,
    nodes_cpu_share_of_machine: Math.round((nodesCpu / elapsed / cpus().length) * 100) / 100,
    targets: { p50_ms: 250, p99_ms: 1000 },
    wall_s: Math.round((Date.now() - started) / 100) / 10,
  }
  process.stdout.write(JSON.stringify(result) + "\n")
} finally {
  await w.cleanup()
}
