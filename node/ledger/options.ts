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
}

export const defaultLedgerOptions: LedgerOptions = {
  consensus: {},
  mempool: {},
  statusIntervalMs: 500,
  syncLagBlocks: 2,
  syncBatchBlocks: 64,
  syncRequestTimeoutMs: 10_000,
}
