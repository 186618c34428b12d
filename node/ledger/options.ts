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
}
