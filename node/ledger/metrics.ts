/** Ledger metrics, registered on the node's Prometheus registry; names end in their unit. */
import { Counter, Gauge, Histogram, type Registry } from "prom-client"

export class LedgerMetrics {
  readonly height: Gauge
  readonly rounds: Counter
  readonly commitLatency: Histogram
  readonly blockTxs: Histogram
  readonly mempoolTxs: Gauge
  readonly mempoolRejected: Counter<"code">
  readonly txsCommitted: Counter
  readonly syncedBlocks: Counter
  readonly halted: Gauge

  constructor(registry: Registry) {
    const registers = [registry]
    this.height = new Gauge({ name: "medmesh_consensus_height", help: "Last committed block height", registers })
    this.rounds = new Counter({ name: "medmesh_consensus_rounds_total", help: "Consensus rounds entered beyond round 0 plus one per height", registers })
    this.commitLatency = new Histogram({
      name: "medmesh_commit_latency_seconds",
      help: "Time from a tx's submission to this node until its block is committed here",
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    })
    this.blockTxs = new Histogram({ name: "medmesh_block_txs", help: "Txs per committed block", buckets: [0, 1, 10, 100, 500, 1000, 5000, 10000], registers })
    this.mempoolTxs = new Gauge({ name: "medmesh_mempool_txs", help: "Pending txs in the mempool", registers })
    this.mempoolRejected = new Counter({ name: "medmesh_mempool_rejected_total", help: "Txs refused by the mempool, by code", labelNames: ["code"], registers })
    this.txsCommitted = new Counter({ name: "medmesh_txs_committed_total", help: "Txs in blocks committed by this node", registers })
    this.syncedBlocks = new Counter({ name: "medmesh_blocksync_blocks_total", help: "Blocks applied through block sync", registers })
    this.halted = new Gauge({ name: "medmesh_consensus_halted", help: "1 if consensus halted (app hash mismatch or store failure)", registers })
  }
}
