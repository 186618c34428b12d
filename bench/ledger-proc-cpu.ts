/**
 * bench/ledger-proc-cpu: CPU time per committed tx per validator with the real validator processes
 * (test/node/ledger/cluster.ts: MedmeshNode, libp2p over loopback, LevelDB, HTTP API) — what
 * bench/ledger.ts runs, measured in CPU seconds instead of wall time so a busy machine does not
 * distort it. Txs (~300-byte signed provenance notes) are signed first, then offered open-loop at
 * `--rate` tx/s in 20 ms batches ({"txs": [...]} to each node, as bench/ledger's throughput phase
 * does); CPU = utime + stime of the validator processes (/proc/<pid>/stat) from the first batch
 * until every node has committed every tx. Before the load, the idle chain is measured for
 * BENCH_IDLE_MS (5 s): an idle chain makes one empty block per empty-block interval
 * (`--empty-block-interval`, default LOOPBACK_PARAMS' 250 ms; 0 = a block per timeoutCommit, as
 * before the interval existed), so `idle_heights_per_s` ≈ 1 / (interval + timeoutCommit + a
 * round) and `idle_cpu_s_per_s` is what 4 idle validators cost (status gossip, timers, those blocks).
 *
 *   node bench/ledger-proc-cpu.ts [--txs 8000] [--rate 1000] [--validators 4] [--empty-block-interval 250]
 *   MEDMESH_NODE_ARGS="--cpu-prof --cpu-prof-dir /tmp/prof" node bench/ledger-proc-cpu.ts
 */
import { PROC_TICKS_PER_SECOND, childrenCpuSeconds } from "../test/helpers/procStat.ts"
import { loadavg } from "node:os"
import { parseArgs } from "node:util"
import { LOOPBACK_PARAMS, LedgerCluster, provenanceTx } from "../test/node/ledger/cluster.ts"

const { values } = parseArgs({
  options: {
    txs: { type: "string", default: "8000" },
    rate: { type: "string", default: "1000" },
    validators: { type: "string", default: "4" },
    "empty-block-interval": { type: "string", default: String(LOOPBACK_PARAMS.emptyBlockIntervalMs) },
  },
})
const TXS = Number(values.txs)
const RATE = Number(values.rate)
const N = Number(values.validators)
const EMPTY_BLOCK_INTERVAL_MS = Number(values["empty-block-interval"])
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))
const TICKS_PER_S = PROC_TICKS_PER_SECOND
const childrenCpuTicks = (): number => childrenCpuSeconds() * PROC_TICKS_PER_SECOND


const c = await LedgerCluster.create({ n: N, params: { emptyBlockIntervalMs: EMPTY_BLOCK_INTERVAL_MS }, ledger: { mempool: { maxPendingPerSigner: 100_000, maxTxs: 200_000 } } })
try {
  await c.startAll(60_000)
  await c.waitForHeight(2, 60_000)
  const perSigner = Math.ceil(TXS / N)
  const txs = c.validators.map((v) => Array.from({ length: perSigner }, (_, j) => Buffer.from(provenanceTx(c.chainId, v, j + 1, 300)).toString("base64")))
  const before = await Promise.all(c.validators.map((_, i) => c.committedTotal(i)))
  const h0 = (await c.status(0)).height
  // idle baseline: an idle chain still makes empty blocks (one per empty-block interval) and gossips status
  const idleH0 = (await c.status(0)).height
  const idle0 = childrenCpuTicks()
  const ti = performance.now()
  await sleep(Number(process.env.BENCH_IDLE_MS ?? 5000))
  const idleHeights = (await c.status(0)).height - idleH0
  const idleMs = performance.now() - ti
  const idleCpuPerS = (childrenCpuTicks() - idle0) / TICKS_PER_S / (idleMs / 1000)
  const cpu0 = childrenCpuTicks()
  const gen0 = process.cpuUsage()
  const t0 = performance.now()
  const tickMs = 20
  const perTick = Math.max(1, Math.round((RATE * tickMs) / 1000 / N))
  const inflight: Promise<unknown>[] = []
  for (let k = 0, j = 0; j < perSigner; k++, j += perTick) {
    const wait = t0 + k * tickMs - performance.now()
    if (wait > 1) await sleep(wait)
    for (let i = 0; i < N; i++) {
      const body = JSON.stringify({ txs: txs[i].slice(j, j + perTick) })
      inflight.push(fetch(c.url(i, "/v1/txs"), { method: "POST", headers: { "content-type": "application/json" }, body, signal: AbortSignal.timeout(120_000) }).then((r) => r.text()).then((t) => {
        if (t.includes('"error"')) process.stderr.write(`refused: ${t.slice(0, 300)}\n`)
      }))
    }
  }
  await Promise.all(inflight)
  const offered = perSigner * N
  // concurrent batches can reach a node out of nonce order; a tx whose nonce a later one overtook
  // is dropped as stale (nonces need only increase), so count what committed, once pools are empty
  let total = 0
  for (;;) {
    const now = await Promise.all(c.validators.map((_, i) => c.committedTotal(i)))
    const pools = await Promise.all(c.validators.map((_, i) => c.status(i).then((s) => s.mempool.txs)))
    if (process.env.DEBUG_BENCH === "1") process.stderr.write(`committed ${now.map((x, i) => x - before[i]).join(",")} of ${offered}, pools ${pools.join(",")}\n`)
    if (pools.every((p) => p === 0) && now.every((x, i) => x - before[i] === now[0] - before[0])) {
      // settled when two polls 300 ms apart agree (gossip in flight would show up in a pool)
      if (total === now[0] - before[0] && total > 0) break
      total = now[0] - before[0]
      await sleep(300)
      continue
    }
    total = 0
    if (performance.now() - t0 > 600_000) throw new Error(`not committed: ${now.map((x, i) => x - before[i]).join(",")} of ${offered}`)
    await sleep(50)
  }
  const wallMs = performance.now() - t0
  const cpuS = (childrenCpuTicks() - cpu0) / TICKS_PER_S
  const gen = process.cpuUsage(gen0)
  const heights = (await c.status(0)).height - h0
  process.stdout.write(
    JSON.stringify({
      bench: "ledger-proc-cpu",
      validators: N,
      txs: total,
      offered: offered,
      offered_tps: RATE,
      empty_block_interval_ms: EMPTY_BLOCK_INTERVAL_MS,
      cpu_us_per_tx_per_validator: Math.round((cpuS * 1e6) / total / N),
      cpu_us_per_tx_per_validator_net_of_idle: Math.round(((cpuS - idleCpuPerS * (wallMs / 1000)) * 1e6) / total / N),
      cpu_s_validators: +cpuS.toFixed(2),
      load_generator_cpu_us_per_tx: Math.round((gen.user + gen.system) / total),
      idle_cpu_s_per_s: +idleCpuPerS.toFixed(3),
      idle_heights_per_s: +(idleHeights / (idleMs / 1000)).toFixed(2),
      idle_cpu_ms_per_height_per_validator: +((idleCpuPerS * idleMs) / Math.max(1, idleHeights) / N).toFixed(2),
      heights,
      mean_txs_per_block: +(total / Math.max(1, heights)).toFixed(1),
      wall_s: +(wallMs / 1000).toFixed(2),
      committed_tps_wall: Math.round(total / (wallMs / 1000)),
      load_average_1m: +loadavg()[0].toFixed(2),
    }) + "\n",
  )
  // SIGTERM so --cpu-prof (MEDMESH_NODE_ARGS) can write its profiles
  await Promise.all(c.validators.map((_, i) => c.stop(i)))
} finally {
  await c.cleanup()
}
