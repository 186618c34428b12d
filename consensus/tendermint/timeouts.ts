/** timeoutPropose(r), timeoutPrevote(r), timeoutPrecommit(r): base + r × delta (paper §2, "timeouts"). */
import type { ConsensusOptions } from "./options.ts"

export type RoundTimeoutStep = "propose" | "prevote" | "precommit"

export function timeoutDuration(opts: ConsensusOptions, step: RoundTimeoutStep, round: number): number {
  switch (step) {
    case "propose":
      return opts.timeoutProposeMs + round * opts.timeoutProposeDeltaMs
    case "prevote":
      return opts.timeoutPrevoteMs + round * opts.timeoutPrevoteDeltaMs
    case "precommit":
      return opts.timeoutPrecommitMs + round * opts.timeoutPrecommitDeltaMs
  }
}
