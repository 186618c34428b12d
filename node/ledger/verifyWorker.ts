/**
 * Worker side of node/ledger/verifyPool.ts: decodes each gossiped tx and checks its envelope
 * signature with the same functions the mempool uses (consensus/app/tx.ts), off the main thread.
 * Message in: { id, chainId, txs: Uint8Array[] }. Message out: { id, hashes: Uint8Array (32 bytes
 * per tx), results: Uint8Array } with 1 = valid, 0 = invalid signature, 2 = does not decode (the
 * mempool's own admission reports why).
 */
import { parentPort } from "node:worker_threads"
import { decodeTx, verifyDecodedTx } from "../../consensus/app/tx.ts"
import { TxError } from "../../consensus/app/errors.ts"

type Job = { id: number; chainId: string; txs: Uint8Array[] }

parentPort?.on("message", (job: Job) => {
  const n = job.txs.length
  const hashes = new Uint8Array(32 * n)
  const results = new Uint8Array(n)
  for (let i = 0; i < n; i++) {
    try {
      const d = decodeTx(job.txs[i])
      hashes.set(d.hash, 32 * i)
      results[i] = verifyDecodedTx(job.chainId, d) ? 1 : 0
    } catch (err) {
      if (!(err instanceof TxError)) throw err
      results[i] = 2
    }
  }
  parentPort?.postMessage({ id: job.id, hashes, results }, [hashes.buffer, results.buffer])
})
