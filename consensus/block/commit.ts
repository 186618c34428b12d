/**
 * Commit verification. A commit carries only (validator_index, timestamp, signature) per
 * precommit; the signed vote is rebuilt as Vote{PRECOMMIT, height, round, blockHash, timestamp,
 * validatorIndex, validator key} and checked against the validator set of the commit's height.
 *
 * Quorum: signed power × 3 > total power × 2 (Tendermint's "more than two thirds", 2f + 1 of
 * 3f + 1). Every signature present must be valid: a commit with one bad signature is malformed,
 * even if the rest reach the quorum, so a flipped byte anywhere in a proof is caught.
 */
import { equalBytes } from "../../common/bytes.ts"
import { verifyEd25519 } from "../../common/crypto/ed25519.ts"
import { consensus } from "../../protocol/wire/types.ts"
import { signBytes } from "../../protocol/wire/signBytes.ts"
import type { Commit, ValidatorSet, Vote } from "../ports.ts"
import { BlockError } from "./errors.ts"

export const VOTE_TYPE_PRECOMMIT = 2

/** The precommit a CommitSig stands for. */
export function precommitFromCommitSig(commit: Commit, index: number, set: ValidatorSet): Vote {
  const sig = commit.signatures?.[index]
  const validatorIndex = sig?.validatorIndex ?? 0
  return {
    type: VOTE_TYPE_PRECOMMIT,
    height: commit.height ?? 0,
    round: commit.round ?? 0,
    blockHash: commit.blockHash ?? new Uint8Array(0),
    timestamp: sig?.timestamp ?? 0,
    validatorIndex,
    validator: set.validators[validatorIndex]?.key ?? new Uint8Array(0),
    signature: sig?.signature ?? new Uint8Array(0),
  }
}

export function voteSignBytes(chainId: string, vote: Vote): Uint8Array {
  return signBytes("vote", chainId, consensus.Vote, vote)
}

/** Quorum test used everywhere: strictly more than two thirds of the total power. */
export function hasQuorum(signed: number, total: number): boolean {
  return total > 0 && signed * 3 > total * 2
}

export type VerifyCommitOptions = {
  chainId: string
  set: ValidatorSet
  height: number
  blockHash: Uint8Array
  /** Ed25519 verify; injectable so tests can count and benches can swap. */
  verify?: (publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array) => boolean
}

/** Throws BlockError unless `commit` is > 2/3 of `set`'s power, all signatures valid, for (height, blockHash). */
export function verifyCommit(commit: Commit | null | undefined, opts: VerifyCommitOptions): { signedPower: number } {
  if (commit === null || commit === undefined) throw new BlockError({ code: "COMMIT_MISSING", height: opts.height })
  const height = commit.height ?? 0
  if (height !== opts.height) throw new BlockError({ code: "COMMIT_WRONG_HEIGHT", height, expected: opts.height })
  if (!equalBytes(commit.blockHash ?? new Uint8Array(0), opts.blockHash)) throw new BlockError({ code: "COMMIT_WRONG_BLOCK", height })
  const verify = opts.verify ?? verifyEd25519
  const validators = opts.set.validators
  const seen = new Uint8Array(validators.length)
  let total = 0
  for (const v of validators) total += v.power
  let signed = 0
  const sigs = commit.signatures ?? []
  for (let i = 0; i < sigs.length; i++) {
    const index = sigs[i].validatorIndex ?? 0
    if (!Number.isInteger(index) || index < 0 || index >= validators.length) throw new BlockError({ code: "COMMIT_BAD_VALIDATOR_INDEX", index })
    if (seen[index] === 1) throw new BlockError({ code: "COMMIT_DUPLICATE_VALIDATOR", index })
    seen[index] = 1
    const vote = precommitFromCommitSig(commit, i, opts.set)
    if (!verify(validators[index].key, voteSignBytes(opts.chainId, vote), sigs[i].signature ?? new Uint8Array(0))) {
      throw new BlockError({ code: "COMMIT_INVALID_SIGNATURE", index })
    }
    signed += validators[index].power
  }
  if (!hasQuorum(signed, total)) throw new BlockError({ code: "COMMIT_INSUFFICIENT_POWER", signed, total })
  return { signedPower: signed }
}

/**
 * Block time of the next block: the median of the commit's precommit timestamps (lower median for
 * an even count; validators have equal power so it is not weighted). Never a local clock, so
 * consent periods and credential expiry evaluate the same on every node.
 */
export function commitTime(commit: Commit): number {
  const times = (commit.signatures ?? []).map((s) => s.timestamp ?? 0).sort((a, b) => a - b)
  if (times.length === 0) return 0
  return times[(times.length - 1) >> 1]
}

/**
 * Round-robin proposer of (height, round): validators[(height + round) mod n], in the order of
 * the validator set. Shared with the Tendermint core, which checks proposal signers against it.
 */
export function proposerIndex(set: ValidatorSet, height: number, round: number): number {
  const n = set.validators.length
  if (n === 0) throw new RangeError("proposerIndex: empty validator set")
  return (height + round) % n
}

export function proposerKey(set: ValidatorSet, height: number, round: number): Uint8Array {
  return set.validators[proposerIndex(set, height, round)].key
}

export function validatorIndexOf(set: ValidatorSet, key: Uint8Array): number {
  return set.validators.findIndex((v) => equalBytes(v.key, key))
}
