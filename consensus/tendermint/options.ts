/**
 * Options of the Tendermint core. Timeouts grow linearly with the round (base + round × delta), the
 * paper's condition for liveness after GST: eventually a timeout exceeds the real message delay.
 */
import { ConsensusError } from "./errors.ts"

export type ConsensusOptions = {
  chainId: string
  timeoutProposeMs: number
  timeoutProposeDeltaMs: number
  timeoutPrevoteMs: number
  timeoutPrevoteDeltaMs: number
  timeoutPrecommitMs: number
  timeoutPrecommitDeltaMs: number
  /** Pause after a commit before round 0 of the next height (lets late precommits and txs arrive). */
  timeoutCommitMs: number
  /**
   * CometBFT's create_empty_blocks_interval. > 0: round 0 of a height waits (step "newRound") until
   * the node reports txs (`txsAvailable`), a proposal or f + 1 validators' messages of the round
   * arrive, or this many ms pass — an idle chain commits one empty block per interval instead of
   * one per timeoutCommit. 0: propose at once (Algorithm 1). Rounds > 0 never wait.
   */
  emptyBlockIntervalMs: number
  /** Period of re-sending our votes and the proposals we hold: the paper's gossip assumption. */
  gossipIntervalMs: number
  /** Messages for heights in (h, h + maxFutureHeights] are buffered; further ones are dropped. */
  maxFutureHeights: number
  /** Messages for rounds above round + maxFutureRounds are dropped (bounds memory per height). */
  maxFutureRounds: number
  /** Buffered future-height messages per claimed sender, and in total. */
  maxBufferedPerSender: number
  maxBufferedMessages: number
  /** Distinct proposals kept per round (an equivocating proposer sends more than one). */
  maxProposalsPerRound: number
  /** Decided heights whose proposal and precommits are kept to help lagging peers decide. */
  decisionHistory: number
}

export const defaultConsensusOptions: ConsensusOptions = {
  chainId: "medmesh-devnet",
  timeoutProposeMs: 3000,
  timeoutProposeDeltaMs: 500,
  timeoutPrevoteMs: 1000,
  timeoutPrevoteDeltaMs: 500,
  timeoutPrecommitMs: 1000,
  timeoutPrecommitDeltaMs: 500,
  timeoutCommitMs: 50,
  emptyBlockIntervalMs: 0,
  gossipIntervalMs: 1000,
  maxFutureHeights: 4,
  maxFutureRounds: 64,
  maxBufferedPerSender: 256,
  maxBufferedMessages: 8192,
  maxProposalsPerRound: 4,
  decisionHistory: 16,
}

/** Fast values for tests and the simulator (fake clock: the numbers are simulated milliseconds). */
export const testConsensusOptions: ConsensusOptions = {
  ...defaultConsensusOptions,
  chainId: "medmesh-test",
  timeoutProposeMs: 100,
  timeoutProposeDeltaMs: 25,
  timeoutPrevoteMs: 50,
  timeoutPrevoteDeltaMs: 25,
  timeoutPrecommitMs: 50,
  timeoutPrecommitDeltaMs: 25,
  timeoutCommitMs: 5,
  gossipIntervalMs: 150,
}

export function validateConsensusOptions(opts: ConsensusOptions): ConsensusOptions {
  const bad = (field: string, reason: string): never => {
    throw new ConsensusError({ code: "CONSENSUS_OPTIONS_INVALID", field, reason }, `consensus options: ${field} ${reason}`)
  }
  if (typeof opts.chainId !== "string" || opts.chainId.length === 0 || opts.chainId.length > 255) bad("chainId", "must be 1..255 chars")
  for (const [k, v] of Object.entries(opts)) {
    if (k === "chainId") continue
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) bad(k, "must be a finite number >= 0")
  }
  if (opts.timeoutProposeMs <= 0 || opts.timeoutPrevoteMs <= 0 || opts.timeoutPrecommitMs <= 0) bad("timeout*Ms", "must be > 0")
  if (opts.gossipIntervalMs <= 0) bad("gossipIntervalMs", "must be > 0")
  if (opts.maxProposalsPerRound < 1) bad("maxProposalsPerRound", "must be >= 1")
  return opts
}

/** The options the consortium's params set (consensus/app params), and governance may change. */
export const TIMING_KEYS = [
  "timeoutProposeMs",
  "timeoutProposeDeltaMs",
  "timeoutPrevoteMs",
  "timeoutPrevoteDeltaMs",
  "timeoutPrecommitMs",
  "timeoutPrecommitDeltaMs",
  "timeoutCommitMs",
  "emptyBlockIntervalMs",
] as const satisfies readonly (keyof ConsensusOptions)[]

export type ConsensusTiming = Pick<ConsensusOptions, (typeof TIMING_KEYS)[number]>

/** Only the timing fields of `from` that are set. */
export function pickTiming(from: Partial<Record<string, unknown>>): Partial<ConsensusTiming> {
  const out: Partial<ConsensusTiming> = {}
  for (const k of TIMING_KEYS) {
    const v = from[k]
    if (typeof v === "number") out[k] = v
  }
  return out
}
