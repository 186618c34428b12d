/**
 * bench/verify-pool: should gossiped txs' Ed25519 checks move to a worker_threads pool? Verifies
 * the same ~300-byte signed messages (a) inline on the main thread and (b) in a pool of workers,
 * batches of `--batch` handed over by postMessage (bytes copied into one transferable buffer per
 * batch), and reports per verification: wall time, main-thread CPU (process.threadCpuUsage) and
 * total process CPU (all threads). A pool frees the main thread (consensus messages do not wait
 * behind a tx flood) and can use an idle core; it cannot lower total CPU, which is what bounds tx/s
 * when 4 validator processes already share 2 cores.
 *
 *   node bench/verify-pool.ts [--n 8192] [--batch 64] [--workers 2]
 */
import { availableParallelism, loadavg } from "node:os"
import { parseArgs } from "node:util"
import { Worker } from "node:worker_threads"
import { generateEd25519, signEd25519, verifyEd25519 } from "../common/crypto/ed25519.ts"

const { values } = parseArgs({ options: { n: { type: "string", default: "8192" }, batch: { type: "string", default: "64" }, workers: { type: "string", default: String(Math.max(1, availableParallelism())) } } })
const N = Number(values.n)
const BATCH = Number(values.batch)
const WORKERS = Number(values.workers)
const MSG = 300

// the worker: verify [key 32 | sig 64 | msg MSG] records, answer with a 0/1 byte per record
const WORKER_SRC = `
const { parentPort } = require("node:worker_threads")
const { createPublicKey, verify } = require("node:crypto")
const SPKI = Buffer.from([0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00])
const keys = new Map()
parentPort.on("message", ({ id, buf, count, rec }) => {
  const u = new Uint8Array(buf)
  const out = new Uint8Array(count)
  for (let i = 0; i < count; i++) {
    const o = i * rec
    const pub = u.subarray(o, o + 32)
    const hex = Buffer.from(pub).toString("hex")
    let key = keys.get(hex)
    if (key === undefined) { key = createPublicKey({ key: Buffer.concat([SPKI, pub]), format: "der", type: "spki" }); keys.set(hex, key) }
    out[i] = verify(null, u.subarray(o + 96, o + rec), key, u.subarray(o + 32, o + 96)) ? 1 : 0
  }
  parentPort.postMessage({ id, out }, [out.buffer])
})
`

const { publicKey, secretKey } = generateEd25519()
const msgs = Array.from({ length: N }, (_, i) => {
  const m = new Uint8Array(MSG)
  new DataView(m.buffer).setUint32(0, i)
  return m
})
const sigs = msgs.map((m) => signEd25519(secretKey, m))

function measure<T>(fn: () => T | Promise<T>): Promise<{ wallUs: number; mainUs: number; totalUs: number }> {
  const t0 = performance.now()
  const m0 = process.threadCpuUsage()
  const c0 = process.cpuUsage()
  return Promise.resolve(fn()).then(() => {
    const m = process.threadCpuUsage(m0)
    const c = process.cpuUsage(c0)
    return { wallUs: (performance.now() - t0) * 1000, mainUs: m.user + m.system, totalUs: c.user + c.system }
  })
}

const inline = await measure(() => {
  for (let i = 0; i < N; i++) if (!verifyEd25519(publicKey, msgs[i], sigs[i])) throw new Error("verify failed")
})

const workers = Array.from({ length: WORKERS }, () => new Worker(WORKER_SRC, { eval: true }))
await Promise.all(workers.map((w) => new Promise<void>((r) => w.once("online", () => r()))))
let nextId = 0
const waiting = new Map<number, (out: Uint8Array) => void>()
for (const w of workers) w.on("message", ({ id, out }: { id: number; out: Uint8Array }) => waiting.get(id)?.(out))
const REC = 32 + 64 + MSG
function verifyBatch(w: Worker, from: number, count: number): Promise<Uint8Array> {
  const buf = new Uint8Array(count * REC)
  for (let i = 0; i < count; i++) {
    buf.set(publicKey, i * REC)
    buf.set(sigs[from + i], i * REC + 32)
    buf.set(msgs[from + i], i * REC + 96)
  }
  const id = nextId++
  return new Promise((resolve) => {
    waiting.set(id, resolve)
    w.postMessage({ id, buf: buf.buffer, count, rec: REC }, [buf.buffer])
  })
}
// warm the workers (key import, JIT)
await Promise.all(workers.map((w) => verifyBatch(w, 0, BATCH)))
const pooled = await measure(async () => {
  const jobs: Promise<Uint8Array>[] = []
  for (let from = 0, k = 0; from < N; from += BATCH, k++) jobs.push(verifyBatch(workers[k % WORKERS], from, Math.min(BATCH, N - from)))
  const outs = await Promise.all(jobs)
  if (outs.some((o) => o.some((b) => b !== 1))) throw new Error("verify failed")
})
await Promise.all(workers.map((w) => w.terminate()))

const per = (us: number): number => +(us / N).toFixed(2)
process.stdout.write(
  JSON.stringify({
    bench: "verify-pool",
    verifications: N,
    batch: BATCH,
    workers: WORKERS,
    cores: availableParallelism(),
    inline_us: { wall: per(inline.wallUs), main_thread_cpu: per(inline.mainUs), total_cpu: per(inline.totalUs) },
    pool_us: { wall: per(pooled.wallUs), main_thread_cpu: per(pooled.mainUs), total_cpu: per(pooled.totalUs) },
    load_average_1m: +loadavg()[0].toFixed(2),
  }) + "\n",
)
