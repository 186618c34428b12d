/**
 * bench/ledger-cpu: CPU time per committed tx per validator, in one process, independent of how
 * busy the machine is. Four `Ledger`s (node/ledger: the real state machine, mempool, executor,
 * LevelDB stores with fsync, real timers) joined by an in-process network that carries every
 * message as bytes through the real wire codecs (size limit, decode, validateBasic), like libp2p
 * does minus the socket. Txs (~300-byte signed provenance notes, member keys) are signed before the
 * clock starts and offered open-loop at `--rate` tx/s, a quarter to each node (submitTx, as the
 * HTTP route does after parsing). CPU = process.cpuUsage() (all threads: main, libuv pool, workers)
 * from the first submission until every node has committed every tx.
 *
 *   node bench/ledger-cpu.ts [--txs 8000] [--rate 1000] [--validators 4]
 *   node --cpu-prof --cpu-prof-dir /tmp/prof bench/ledger-cpu.ts     (where the CPU goes)
 *
 * Prints one JSON line: cpu_us_per_tx_per_validator (total CPU ÷ txs ÷ validators), heights,
 * mean txs per block, wall time and the load average (wall time is meaningless on a loaded box;
 * the CPU figure is not).
 */
import { mkdtemp, rm } from "node:fs/promises"
import { loadavg, tmpdir } from "node:os"
import { join } from "node:path"
import { parseArgs } from "node:util"
import { generateEd25519 } from "../common/crypto/ed25519.ts"
import { signerIdOf, KEY_TYPE_ED25519 } from "../consensus/app/tx.ts"
import type { Genesis } from "../consensus/app/app.ts"
import { silentLogger } from "../node/logger.ts"
import { Ledger, type LedgerNetwork } from "../node/ledger/ledger.ts"
import { Db } from "../node/storage/db.ts"
import { decodeConsensusMessage, decodeTxGossip } from "../protocol/wire/codec.ts"
import { MAX_GOSSIP_TXS } from "../protocol/wire/limits.ts"
import { consensus } from "../protocol/wire/types.ts"
import { LOOPBACK_PARAMS, provenanceTx } from "../test/node/ledger/cluster.ts"

const { values } = parseArgs({ options: { txs: { type: "string", default: "8000" }, rate: { type: "string", default: "1000" }, validators: { type: "string", default: "4" }, "verify-workers": { type: "string" } } })
const VERIFY_WORKERS = values["verify-workers"] === undefined ? undefined : Number(values["verify-workers"])
const TXS = Number(values.txs)
const RATE = Number(values.rate)
const N = Number(values.validators)
const CHAIN = "ledger-cpu"
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

type Key = { publicKey: Uint8Array; secretKey: Uint8Array }

/** In-process network: frames as bytes, decoded per receiver by the wire codecs, delivered async. */
class Hub {
  readonly ledgers = new Map<string, Ledger>()
  network(id: string): LedgerNetwork {
    const others = (): [string, Ledger][] => [...this.ledgers].filter(([k]) => k !== id)
    let txTimer: NodeJS.Timeout | undefined
    let pending: Uint8Array[] = []
    const flushTxs = (): void => {
      txTimer = undefined
      const frame = consensus.TxGossip.encode({ txs: pending }).finish()
      pending = []
      for (const [, l] of others()) setImmediate(() => l.receiveTxs(decodeTxGossip(frame).txs ?? [], id))
    }
    return {
      broadcastConsensus: (m) => {
        const bytes = consensus.ConsensusMessage.encode(m).finish()
        for (const [, l] of others()) setImmediate(() => l.receiveConsensus(decodeConsensusMessage(bytes), id))
      },
      broadcastTxs: (txs) => {
        // protocol/mempool batches for ≤ 5 ms; same here
        for (const t of txs) {
          if (pending.length >= MAX_GOSSIP_TXS) {
            clearTimeout(txTimer)
            flushTxs()
          }
          pending.push(t)
        }
        txTimer ??= setTimeout(flushTxs, 5)
      },
      requestBlocks: async (peer, from, to) => {
        const l = this.ledgers.get(peer)
        if (l === undefined) throw new Error("no such peer")
        const r = await l.blocksForSync(from, to, 64)
        return { blocks: r.blocks.map((b) => ({ block: consensus.Block.decode(b.block), commit: consensus.Commit.decode(b.commit) })), latestHeight: r.latestHeight }
      },
    }
  }
}

const keys: Key[] = Array.from({ length: N }, () => generateEd25519())
const genesis: Genesis = {
  chainId: CHAIN,
  genesisTime: Date.now(),
  members: keys.map((k, i) => ({ org: `org-${i}`, name: `Org ${i}`, country: "DE", nodeKey: k.publicKey, peerId: "", addresses: [] })),
  params: LOOPBACK_PARAMS,
}
const dir = await mkdtemp(join(tmpdir(), "medmesh-ledger-cpu-"))
const hub = new Hub()
const dbs: Db[] = []
const ledgers: Ledger[] = []
try {
  for (let i = 0; i < N; i++) {
    const db = await Db.open(join(dir, `v${i}`))
    dbs.push(db)
    const ledger = new Ledger({ statusIntervalMs: 500, mempool: { maxPendingPerSigner: 100_000, maxTxs: 200_000 }, ...(VERIFY_WORKERS !== undefined ? { verifyWorkers: VERIFY_WORKERS } : {}) }, { db, genesis, signingKey: keys[i], logger: silentLogger() })
    hub.ledgers.set(`v${i}`, ledger)
    ledgers.push(ledger)
  }
  for (let i = 0; i < N; i++) await ledgers[i].start(hub.network(`v${i}`))
  while (ledgers.some((l) => l.status().height < 2)) await sleep(20)

  // sign everything first: the load generator's CPU is not the ledger's
  const perSigner = Math.ceil(TXS / N)
  const txs: Uint8Array[][] = keys.map((k) => Array.from({ length: perSigner }, (_, j) => provenanceTx(CHAIN, k, j + 1, 300)))
  const signerIds = keys.map((k) => signerIdOf({ type: KEY_TYPE_ED25519, key: k.publicKey }))
  const h0 = ledgers[0].status().height

  const trace: string[] = []
  if (process.env.LEDGER_CPU_TRACE === "1") {
    let last = ""
    const tr = setInterval(() => {
      const st = ledgers.map((l) => l.status())
      const s = st.map((x) => `${x.height}/${x.round}/${x.step}/${x.mempool.txs}`).join(" ")
      if (s !== last) trace.push(`${(performance.now() - t0).toFixed(0)} ${s}`)
      last = s
    }, 2)
    tr.unref()
  }
  const cpu0 = process.cpuUsage()
  const main0 = process.threadCpuUsage()
  const t0 = performance.now()
  const tickMs = 10
  let sent = 0
  let refused = 0
  for (let k = 0; sent < perSigner * N; k++) {
    const due = t0 + k * tickMs
    const wait = due - performance.now()
    if (wait > 1) await sleep(wait)
    const target = Math.min(perSigner * N, Math.floor(((k + 1) * tickMs * RATE) / 1000))
    while (sent < target) {
      const i = sent % N
      const j = Math.floor(sent / N)
      try {
        ledgers[i].submitTx(txs[i][j])
      } catch {
        refused++
      }
      sent++
    }
  }
  const tSent = performance.now()
  for (;;) {
    if (ledgers.every((l) => signerIds.every((s) => l.app.committedNonce(s) >= perSigner))) break
    if (performance.now() - tSent > 300_000) throw new Error("not all txs committed within 300 s")
    await sleep(5)
  }
  const wallMs = performance.now() - t0
  const cpu = process.cpuUsage(cpu0)
  const main = process.threadCpuUsage(main0)
  const heights = ledgers[0].status().height - h0
  const total = perSigner * N
  const cpuUs = cpu.user + cpu.system
  const out = {
    bench: "ledger-cpu",
    validators: N,
    txs: total,
    offered_tps: RATE,
    verify_workers_per_validator: VERIFY_WORKERS ?? "default",
    refused,
    cpu_us_per_tx_per_validator: Math.round(cpuUs / total / N),
    cpu_us_per_tx_all_validators: Math.round(cpuUs / total),
    main_thread_cpu_us_per_tx_per_validator: Math.round((main.user + main.system) / total / N),
    cpu_user_s: +(cpu.user / 1e6).toFixed(2),
    cpu_system_s: +(cpu.system / 1e6).toFixed(2),
    heights,
    mean_txs_per_block: +(total / Math.max(1, heights)).toFixed(1),
    wall_s: +(wallMs / 1000).toFixed(2),
    committed_tps_wall: Math.round(total / (wallMs / 1000)),
    load_average_1m: +loadavg()[0].toFixed(2),
  }
  if (trace.length > 0) process.stderr.write(trace.join("\n") + "\n")
  process.stdout.write(JSON.stringify(out) + "\n")
} finally {
  for (const l of ledgers) await l.close()
  for (const d of dbs) await d.close()
  await rm(dir, { recursive: true, force: true })
}
