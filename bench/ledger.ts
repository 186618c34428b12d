/**
 * bench/ledger: BFT ledger throughput and latency with real validator processes on this machine
 * (test/node/ledger/cluster.ts: MedmeshNode with libp2p over loopback, LevelDB with fsync, HTTP API).
 *
 *   npm run bench:ledger            (MEDMESH_BENCH_QUICK=1 for a short run)
 *
 * Phases:
 *  0. gossip transport: 500 vote-sized frames between two libp2p nodes on loopback, one stream per
 *     message vs one long-lived stream (the choice made in protocol/consensus/broadcast.ts).
 *  1. verify limit: Ed25519 verifications/s (common/crypto's verifier, libsodium) on one core ×
 *     cores ÷ validators — every
 *     validator verifies every tx once, so this is the ceiling signature checks put on tx/s.
 *  2. latency, n = 4: 500 tx/s offered (~300-byte signed txs, one HTTP request each with
 *     ?wait=commit, spread over the 4 nodes); commit latency = submit → "committed" answer.
 *  3. throughput, n = 4: offered rate stepped up; txs signed before each step (clients sign on
 *     their own machines), submitted in batches ({"txs": [...]}) so the load generator is not the
 *     bottleneck; committed tx/s measured on node 0's
 *     medmesh_txs_committed_total after a 1 s warm-up. `tps` = highest committed rate of a step
 *     that kept up (committed ≥ 90 % of offered), else the highest committed rate seen.
 *  4. scaling: the same latency measurement (lower rate) with n = 7 and n = 16 validator processes
 *     (n = 16 only if the run is still inside its time budget), plus the in-process simulator
 *     (consensus/sim, no faults, message delay uniform in [0, 10] simulated ms) for n = 4, 7, 16,
 *     which shows the round-trip scaling without this machine's CPU contention.
 * The machine's load average is reported: on a shared 2-core box the figures are CPU-bound.
 * The last line of output is one JSON object.
 */
import { noise } from "@chainsafe/libp2p-noise"
import { yamux } from "@chainsafe/libp2p-yamux"
import { tcp } from "@libp2p/tcp"
import { createLibp2p } from "libp2p"
import { createPublicKey, verify as nodeVerify, type KeyObject } from "node:crypto"
import { availableParallelism, loadavg } from "node:os"
import { FramedStream } from "../protocol/stream/framing.ts"
import { runSchedule, scheduleFromSeed } from "../consensus/sim/simulation.ts"
import { generateEd25519, signEd25519, verifyEd25519 } from "../common/crypto/ed25519.ts"
import { LedgerCluster, provenanceTx } from "../test/node/ledger/cluster.ts"

const QUICK = process.env.MEDMESH_BENCH_QUICK === "1"
const N = 4
const TX_BYTES = 300
const LATENCY_RATE = 500
const LATENCY_SECONDS = QUICK ? 4 : 10
const STEP_SECONDS = QUICK ? 4 : 8
// 2,500 between 2,000 and 3,000: a step's committed rate counts its drain time, so a kept-up step
// reports ~96 % of its offer and the 2,000 step alone cannot show a capacity at or above 2,000
const STEPS = QUICK ? [1000, 3000] : [1000, 2000, 2500, 3000, 4000, 6000]
const SCALING = QUICK ? [7] : [7, 16]
const SCALING_RATE = 200
const SCALING_SECONDS = QUICK ? 4 : 6
const BENCH_LEDGER_OPTS = { mempool: { maxPendingPerSigner: 100_000, maxTxs: 200_000 } }

const log = (msg: string): void => {
  process.stderr.write(`[bench:ledger] ${msg}\n`)
}
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

type Verify = (publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array) => boolean

/** Ed25519 verifications/s on one core with `verify`, and the tx/s ceiling they put on `validators` validators sharing this machine. */
function measureVerifyLimit(validators: number, verify: Verify = verifyEd25519): { verifiesPerSecondPerCore: number; cores: number; verifyLimitTps: number } {
  const { publicKey, secretKey } = generateEd25519()
  const msgs = Array.from({ length: 256 }, (_, i) => new Uint8Array(TX_BYTES).fill(i))
  const sigs = msgs.map((m) => signEd25519(secretKey, m))
  let n = 0
  const start = performance.now()
  while (performance.now() - start < 1000) {
    for (let i = 0; i < 256; i++) if (!verify(publicKey, msgs[i], sigs[i])) throw new Error("verify failed")
    n += 256
  }
  const perCore = n / ((performance.now() - start) / 1000)
  const cores = availableParallelism()
  return { verifiesPerSecondPerCore: Math.round(perCore), cores, verifyLimitTps: Math.round((perCore * cores) / validators) }
}

/** node:crypto's one-shot Ed25519 verify (OpenSSL), the verifier medmesh used before libsodium: for comparison. */
function nodeCryptoVerifier(): Verify {
  const SPKI = Uint8Array.from([0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00])
  const keys = new Map<string, KeyObject>()
  return (publicKey, message, signature) => {
    const id = Buffer.from(publicKey).toString("hex")
    let key = keys.get(id)
    if (key === undefined) {
      key = createPublicKey({ key: Buffer.concat([SPKI, publicKey]), format: "der", type: "spki" })
      keys.set(id, key)
    }
    return nodeVerify(null, message, key, signature)
  }
}

class Signers {
  private readonly nonces: number[]
  private readonly cluster: LedgerCluster
  constructor(cluster: LedgerCluster) {
    this.cluster = cluster
    this.nonces = cluster.validators.map(() => 0)
  }
  /** Next tx of signer i (member i's key; submitted to node i so nonces arrive in order). */
  next(i: number): Uint8Array {
    return provenanceTx(this.cluster.chainId, this.cluster.validators[i], ++this.nonces[i], TX_BYTES)
  }
}

/** Open-loop load at `rate` tx/s for `seconds`, one request per tx with ?wait=commit; returns latencies (ms). */
async function latencyRun(c: LedgerCluster, signers: Signers, n: number, rate: number, seconds: number): Promise<{ latencies: number[]; failed: number }> {
  const latencies: number[] = []
  let failed = 0
  const inflight: Promise<void>[] = []
  const total = rate * seconds
  const start = performance.now()
  for (let k = 0; k < total; k++) {
    const due = start + (k * 1000) / rate
    const wait = due - performance.now()
    if (wait > 1) await sleep(wait)
    const node = k % n
    const tx = signers.next(node)
    const t0 = performance.now()
    inflight.push(
      c.submit(node, tx, true, 30_000).then(
        (r) => {
          if (r.status === 200) latencies.push(performance.now() - t0)
          else failed++
        },
        () => {
          failed++
        },
      ),
    )
  }
  await Promise.all(inflight)
  return { latencies: latencies.sort((a, b) => a - b), failed }
}

async function submitBatch(c: LedgerCluster, node: number, txs: Uint8Array[], errors: Map<string, number>): Promise<void> {
  try {
    const res = await fetch(c.url(node, "/v1/txs"), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ txs: txs.map((t) => Buffer.from(t).toString("base64")) }),
      signal: AbortSignal.timeout(60_000),
    })
    const body = (await res.json()) as { results?: { error?: string }[] }
    for (const r of body.results ?? []) if (r.error !== undefined) errors.set(r.error, (errors.get(r.error) ?? 0) + 1)
  } catch (err) {
    const code = err instanceof Error ? err.name : "error"
    errors.set(code, (errors.get(code) ?? 0) + txs.length)
  }
}

async function drain(c: LedgerCluster, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const s = await c.status(0).catch(() => undefined)
    if (s !== undefined && s.mempool.txs === 0) return
    await sleep(250)
  }
}

type Step = { offered: number; committedTps: number; windowS: number; rejected: Record<string, number> }

/**
 * Offered `rate` tx/s for `seconds` in 20 ms batches. Committed rate = txs committed on node 0
 * from the start of the step until its mempool is empty again (at most 15 s after the last
 * submission), over that window: equal to the offered rate when the network keeps up, the
 * network's capacity when it does not.
 */
async function throughputStep(c: LedgerCluster, signers: Signers, n: number, rate: number, seconds: number): Promise<Step> {
  await drain(c, 30_000)
  const tickMs = 20
  const perTick = (rate * tickMs) / 1000
  const ticks = (seconds * 1000) / tickMs
  let carry = 0
  const errors = new Map<string, number>()
  const inflight: Promise<void>[] = []
  // Txs are signed before the step starts: in a deployment clients sign on their own machines, so
  // signing is no part of the validators' throughput and must not share their 2 cores here.
  const batches: Uint8Array[][][] = []
  for (let k = 0; k < ticks; k++) {
    carry += perTick
    const count = Math.floor(carry)
    carry -= count
    batches.push(
      Array.from({ length: n }, (_, node) => {
        const per = Math.floor(count / n) + (node < count % n ? 1 : 0)
        return Array.from({ length: per }, () => signers.next(node))
      }),
    )
  }
  const before = await c.committedTotal(0)
  const start = performance.now()
  for (let k = 0; k < ticks; k++) {
    const wait = start + k * tickMs - performance.now()
    if (wait > 1) await sleep(wait)
    for (let node = 0; node < n; node++) {
      const txs = batches[k][node]
      if (txs.length > 0) inflight.push(submitBatch(c, node, txs, errors))
    }
  }
  await Promise.all(inflight)
  await drain(c, 15_000)
  const after = await c.committedTotal(0)
  const windowS = (performance.now() - start) / 1000
  return { offered: rate, committedTps: Math.round((after - before) / windowS), windowS: +windowS.toFixed(1), rejected: Object.fromEntries(errors) }
}

async function withCluster<T>(n: number, fn: (c: LedgerCluster, signers: Signers) => Promise<T>): Promise<T> {
  const c = await LedgerCluster.create({ n, ledger: BENCH_LEDGER_OPTS })
  try {
    // a loaded 2-core machine starts 16 Node processes slowly
    await c.startAll(30_000 * Math.ceil(n / 4))
    await c.waitForHeight(2, 60_000 * Math.ceil(n / 4))
    return await fn(c, new Signers(c))
  } finally {
    await c.cleanup()
  }
}

/** Frames of `bytes` from A to B: a fresh stream per message vs one long-lived stream. */
async function measureGossipTransport(messages: number, bytes: number): Promise<{ messages: number; per_message_stream_ms: number; long_lived_stream_ms: number }> {
  const mk = () => createLibp2p({ addresses: { listen: ["/ip4/127.0.0.1/tcp/0"] }, transports: [tcp()], connectionEncrypters: [noise()], streamMuxers: [yamux()] })
  const a = await mk()
  const b = await mk()
  try {
    let got = 0
    let onAll: () => void = () => {}
    await b.handle(
      "/bench/gossip/1",
      async (stream) => {
        const f = new FramedStream(stream, { maxMessageBytes: 1 << 20 })
        for (;;) {
          const m = await f.read()
          if (m === undefined) {
            await stream.close().catch(() => {})
            return
          }
          if (++got === messages) onAll()
        }
      },
      { maxInboundStreams: 2 * messages },
    )
    // the per-message variant keeps up to `messages` half-closed streams: lift the default limit of 64
    await a.handle("/bench/gossip/1", () => {}, { maxOutboundStreams: 2 * messages })
    await a.dial(b.getMultiaddrs()[0])
    const msg = new Uint8Array(bytes)
    got = 0
    let all = new Promise<void>((r) => (onAll = r))
    let t0 = performance.now()
    for (let i = 0; i < messages; i++) {
      const f = new FramedStream(await a.dialProtocol(b.peerId, "/bench/gossip/1"), { maxMessageBytes: 1 << 20 })
      await f.write(msg)
      await f.closeWrite()
    }
    await all
    const perMessage = (performance.now() - t0) / messages
    got = 0
    all = new Promise<void>((r) => (onAll = r))
    t0 = performance.now()
    const f = new FramedStream(await a.dialProtocol(b.peerId, "/bench/gossip/1"), { maxMessageBytes: 1 << 20 })
    for (let i = 0; i < messages; i++) await f.write(msg)
    await all
    const longLived = (performance.now() - t0) / messages
    return { messages, per_message_stream_ms: +perMessage.toFixed(3), long_lived_stream_ms: +longLived.toFixed(4) }
  } finally {
    await a.stop()
    await b.stop()
  }
}

const startedAt = Date.now()
const LOAD_AT_START = +loadavg()[0].toFixed(2)
const gossip = await measureGossipTransport(500, 170)
log(`gossip transport: ${JSON.stringify(gossip)}`)
const verify = measureVerifyLimit(N)
log(`verify: ${verify.verifiesPerSecondPerCore}/s per core × ${verify.cores} cores ÷ ${N} = ${verify.verifyLimitTps} tx/s`)
const verifyNodeCrypto = measureVerifyLimit(N, nodeCryptoVerifier())
log(`verify with node:crypto (for comparison): ${verifyNodeCrypto.verifiesPerSecondPerCore}/s per core → ${verifyNodeCrypto.verifyLimitTps} tx/s`)

const main = await withCluster(N, async (c, signers) => {
  const low = await latencyRun(c, signers, N, SCALING_RATE, SCALING_SECONDS)
  const n4Low = { p50_ms: +percentile(low.latencies, 50).toFixed(1), p99_ms: +percentile(low.latencies, 99).toFixed(1), rate: SCALING_RATE, samples: low.latencies.length, failed: low.failed }
  log(`scaling n=4: p50 ${n4Low.p50_ms} ms, p99 ${n4Low.p99_ms} ms at ${SCALING_RATE} tx/s`)
  log(`latency at ${LATENCY_RATE} tx/s for ${LATENCY_SECONDS} s`)
  const lat = await latencyRun(c, signers, N, LATENCY_RATE, LATENCY_SECONDS)
  log(`  p50 ${percentile(lat.latencies, 50).toFixed(1)} ms, p99 ${percentile(lat.latencies, 99).toFixed(1)} ms, failed ${lat.failed}`)
  const steps: Step[] = []
  for (const rate of STEPS) {
    if (Date.now() - startedAt > 4 * 60_000) break
    const r = await throughputStep(c, signers, N, rate, STEP_SECONDS).catch((err: unknown): Step => {
      log(`  step ${rate} failed: ${String(err)}`)
      return { offered: rate, committedTps: 0, windowS: 0, rejected: { error: 1 } }
    })
    log(`  offered ${rate} tx/s → committed ${r.committedTps} tx/s over ${r.windowS} s (refused: ${JSON.stringify(r.rejected)})`)
    steps.push(r)
    if (r.committedTps < 0.9 * rate) break
  }
  const kept = steps.filter((s) => s.committedTps >= 0.9 * s.offered)
  if (steps.length === 0) steps.push({ offered: 0, committedTps: 0, windowS: 0, rejected: {} })
  const tps = kept.length > 0 ? Math.max(...kept.map((s) => s.committedTps)) : Math.max(...steps.map((s) => s.committedTps))
  // agreement check: every node has the same block hash and app hash at the last common height
  let agree: boolean | null = null
  let h = 0
  try {
    const statuses = await Promise.all(c.validators.map((_, i) => c.status(i)))
    h = Math.min(...statuses.map((s) => s.height))
    const blocks = await Promise.all(c.validators.map((_, i) => c.get<{ hash: string; appHashAfter: string }>(i, `/v1/ledger/blocks/${h}`)))
    agree = blocks.every((b) => b.body.hash === blocks[0].body.hash && b.body.appHashAfter === blocks[0].body.appHashAfter)
  } catch (err) {
    log(`agreement check failed: ${String(err)}`)
  }
  return { lat, steps, tps, agree, height: h, n4Low }
})

const scaling: Record<string, { p50_ms: number; p99_ms: number; rate: number; samples: number; failed: number } | { error: string } | { skipped: string }> = {}
const BUDGET_MS = 6 * 60_000
for (const n of SCALING) {
  if (n > 7 && Date.now() - startedAt > BUDGET_MS) {
    scaling[`n${n}`] = { skipped: "time budget" }
    continue
  }
  try {
    scaling[`n${n}`] = await withCluster(n, async (c, signers) => {
      const r = await latencyRun(c, signers, n, SCALING_RATE, SCALING_SECONDS)
      const out = { p50_ms: +percentile(r.latencies, 50).toFixed(1), p99_ms: +percentile(r.latencies, 99).toFixed(1), rate: SCALING_RATE, samples: r.latencies.length, failed: r.failed }
      log(`scaling n=${n}: p50 ${out.p50_ms} ms, p99 ${out.p99_ms} ms at ${SCALING_RATE} tx/s`)
      return out
    })
  } catch (err) {
    scaling[`n${n}`] = { error: err instanceof Error ? err.message.slice(0, 200) : String(err) }
    log(`scaling n=${n} failed: ${String(err)}`)
  }
}

const simulated: Record<string, { commit_latency_ms: number; heights: number }> = {}
for (const n of [4, 7, 16]) {
  const base = scheduleFromSeed(1, n, 0)
  const r = await runSchedule({
    ...base,
    byzantine: [],
    crash: null,
    heightsAfterGst: 20,
    faults: { gstMs: 0, deltaMs: 10, dropP: 0, duplicateP: 0, mutateP: 0, maxDelayMs: 0, partitions: [] },
    options: { ...base.options, timeoutCommitMs: 0 },
  })
  simulated[`n${n}`] = { commit_latency_ms: +r.commitIntervalMs.toFixed(2), heights: Math.min(...r.honestHeights) }
}
log(`simulated commit interval: ${JSON.stringify(simulated)}`)

const result = {
  bench: "ledger",
  validators: N,
  tx_bytes: TX_BYTES,
  tps: main.tps,
  p50_ms: +percentile(main.lat.latencies, 50).toFixed(1),
  p99_ms: +percentile(main.lat.latencies, 99).toFixed(1),
  latency_offered_tps: LATENCY_RATE,
  latency_samples: main.lat.latencies.length,
  latency_failed: main.lat.failed,
  // as the issue defines it: node:crypto Ed25519 verifies/s × cores ÷ validators
  verify_limit_tps: verifyNodeCrypto.verifyLimitTps,
  verify_node_crypto_per_core_per_s: verifyNodeCrypto.verifiesPerSecondPerCore,
  // the verifier the ledger runs (common/crypto/ed25519.ts), measured the same way
  verify_limit_libsodium_tps: verify.verifyLimitTps,
  verify_libsodium_per_core_per_s: verify.verifiesPerSecondPerCore,
  verifier: "libsodium crypto_sign_verify_detached (sodium-native), as common/crypto/ed25519.ts",
  cores: verify.cores,
  throughput_steps: main.steps,
  gossip_transport_ms_per_message: gossip,
  nodes_agree: main.agree,
  final_height: main.height,
  load_average_1m: +loadavg()[0].toFixed(2),
  load_average_at_start_1m: LOAD_AT_START,
  scaling: { method: "processes on this machine (p50/p99 commit latency at a low offered rate); simulated = consensus/sim in-process, Δ ≤ 10 ms, simulated ms per height", simulated, n4: main.n4Low, ...scaling },
  duration_s: Math.round((Date.now() - startedAt) / 1000),
}
process.stdout.write(JSON.stringify(result) + "\n")
