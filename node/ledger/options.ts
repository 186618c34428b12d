import { availableParallelism } from "node:os"
import type { ConsensusOptions } from "../../consensus/tendermint/options.ts"
import type { MempoolOptions } from "../../consensus/mempool/options.ts"

export type LedgerOptions = {
  /** Overrides of the core's options; timeouts default to the consortium params. */
  consensus: Partial<ConsensusOptions>
  mempool: Partial<MempoolOptions>
  /** How often this node tells peers its height (block sync learns who is ahead from it). */
  statusIntervalMs: number
  /** Start block sync when a peer is at least this many committed blocks ahead. */
  syncLagBlocks: number
  /** Blocks asked per sync request (the responder may return fewer). */
  syncBatchBlocks: number
  /** Timeout of one sync request. */
  syncRequestTimeoutMs: number
  /**
   * Cap on our own proposals (below the consortium's maxBlockTxs / maxBlockBytes, which bound what
   * we accept): under a backlog a height stays short instead of carrying a giant block that every
   * validator must receive, validate, execute and fsync before the next height starts.
   */
  maxProposalTxs: number
  maxProposalBytes: number
  /**
   * Worker threads checking gossiped txs' signatures (node/ledger/verifyPool.ts); 0 = on the main
   * thread. Measured (bench/ledger-cpu.ts, 4 validators at 1,000 tx/s): main-thread CPU per tx per
   * validator 150 → 80 µs, total CPU 175 → 210 µs (the worker decodes the tx again; threads cost).
   * Worth it where the node has a core to spare — one validator per host, as deployed — not where
   * validators share cores (bench/ledger's 4 processes on 2 cores). Default: one worker on hosts
   * with ≥ 4 cores, none below.
   */
  verifyWorkers: number
}

export const defaultLedgerOptions: LedgerOptions = {
  consensus: {},
  mempool: {},
  statusIntervalMs: 500,
  syncLagBlocks: 2,
  syncBatchBlocks: 64,
  syncRequestTimeoutMs: 10_000,
  maxProposalTxs: 1000,
  maxProposalBytes: 1024 * 1024,
  verifyWorkers: availableParallelism() >= 4 ? 1 : 0,
}
