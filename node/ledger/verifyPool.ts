/**
 * Ed25519 checks of gossiped txs on worker threads (node:worker_threads), so a tx flood neither
 * holds the event loop (consensus messages wait behind admission otherwise) nor stays on one core.
 * A batch from a peer goes to the next worker; its verdicts seed the TxVerifier cache (keyed by tx
 * hash, computed by the same code as the mempool's, consensus/app/tx.ts), and the mempool's
 * admission then finds every signature already checked. Admission order is the arrival order.
 *
 * Measured by bench/verify-pool.ts: the main thread's share is ~1 µs per tx (copy + postMessage);
 * total CPU per verification is unchanged, so with more validator processes than cores the pool
 * buys latency, not throughput. Any worker failure falls back to verifying on the main thread.
 */
import { Worker } from "node:worker_threads"
import { toHex } from "../../common/bytes.ts"

const WORKER_URL = new URL("./verifyWorker.ts", import.meta.url)

export type VerifiedBatch = { hashes: string[]; valid: Uint8Array }

type Pending = { resolve: (r: VerifiedBatch) => void; reject: (e: Error) => void }

export class VerifyPool {
  private readonly chainId: string
  private readonly size: number
  private workers: Worker[] = []
  private next = 0
  private nextId = 0
  private readonly pending = new Map<number, Pending>()
  private closed = false
  broken = false

  constructor(chainId: string, size: number) {
    this.chainId = chainId
    this.size = size
  }

  /** Spawns the workers (they load their modules once, off the hot path); verify() does it on first use otherwise. */
  start(): void {
    if (this.workers.length > 0 || this.closed) return
    for (let i = 0; i < this.size; i++) {
      const w = new Worker(WORKER_URL)
      w.unref()
      w.on("message", (m: { id: number; hashes: Uint8Array; results: Uint8Array }) => {
        const p = this.pending.get(m.id)
        if (p === undefined) return
        this.pending.delete(m.id)
        const hashes: string[] = new Array(m.results.length)
        for (let k = 0; k < m.results.length; k++) hashes[k] = m.results[k] === 2 ? "" : toHex(m.hashes.subarray(32 * k, 32 * k + 32))
        p.resolve({ hashes, valid: m.results })
      })
      w.on("error", (err) => this.fail(err))
      w.on("exit", (code) => {
        if (!this.closed) this.fail(new Error(`verify worker exited with ${code}`))
      })
      this.workers.push(w)
    }
  }

  private fail(err: Error): void {
    this.broken = true
    for (const p of this.pending.values()) p.reject(err)
    this.pending.clear()
  }

  /** Verdicts for `txs` (hash hex "" where a tx does not decode). Rejects if the pool broke. */
  verify(txs: Uint8Array[]): Promise<VerifiedBatch> {
    if (this.closed || this.broken) return Promise.reject(new Error("verify pool unavailable"))
    if (this.workers.length === 0) this.start()
    const id = this.nextId++
    const w = this.workers[this.next++ % this.workers.length]
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      w.postMessage({ id, chainId: this.chainId, txs })
    })
  }

  async close(): Promise<void> {
    this.closed = true
    this.fail(new Error("verify pool closed"))
    await Promise.all(this.workers.map((w) => w.terminate()))
    this.workers = []
  }
}
