/**
 * proposer(h, r) of the paper: round-robin over the validator set of the height, offset by the
 * height so that round 0 rotates between heights. Members have equal power (ARCHITECTURE §4), so
 * no weighting (CometBFT's weighted round-robin reduces to this for equal powers).
 */
import type { ValidatorSetView } from "./validatorSet.ts"

export function proposerIndex(set: ValidatorSetView, height: number, round: number): number {
  return (height + round) % set.size
}

export function proposerKey(set: ValidatorSetView, height: number, round: number): Uint8Array {
  return set.key(proposerIndex(set, height, round))
}
