/**
 * The votes of one height: per (round, type), each validator's votes, power tallied per block hash,
 * so "2f + 1 ⟨PREVOTE, h, r, id(v)⟩" and "2f + 1 ⟨PREVOTE, h, r, ∗⟩" are O(1) questions. A second
 * vote from a validator for the same (round, type) with another block hash is equivocation: the
 * pair goes to the EvidenceSink, and both count (as in the paper, see MAX_VOTES_PER_VALIDATOR). Also tracks which validators sent anything in a
 * round (votes or proposals), for the f + 1 round-skip rule (line 55).
 */
import { equalBytes } from "../../common/bytes.ts"
import type { EvidenceSink } from "../ports.ts"
import { type SignedVote, type VoteKind, PRECOMMIT, PREVOTE, hashKey } from "./messages.ts"
import type { ValidatorSetView } from "./validatorSet.ts"

export type AddVoteResult = { kind: "added" } | { kind: "duplicate" } | { kind: "conflict"; existing: SignedVote } | { kind: "dropped" }

/**
 * Distinct block hashes kept per validator per (round, type). The paper counts every message, so an
 * equivocator's votes count for each value it voted for (quorum intersection still yields an honest
 * validator). Counting only the first would let a node miss a commit the others saw and never
 * decide that height. The cap bounds memory; dropping an equivocator's extra votes costs no
 * liveness (after GST, 2f + 1 honest votes suffice).
 */
export const MAX_VOTES_PER_VALIDATOR = 4

class RoundVotes {
  /** Each validator's votes in arrival order (first = the one it is known by). */
  readonly byValidator = new Map<number, SignedVote[]>()
  readonly powerByHash = new Map<string, number>()
  /** Power of distinct validators that voted at all. */
  totalPower = 0
}

export class HeightVoteSet {
  readonly height: number
  private readonly set: ValidatorSetView
  private readonly evidence: EvidenceSink | null
  private readonly prevotes = new Map<number, RoundVotes>()
  private readonly precommits = new Map<number, RoundVotes>()
  private readonly senders = new Map<number, Set<number>>()

  constructor(height: number, set: ValidatorSetView, evidence: EvidenceSink | null) {
    this.height = height
    this.set = set
    this.evidence = evidence
  }

  private table(type: VoteKind): Map<number, RoundVotes> {
    return type === PREVOTE ? this.prevotes : this.precommits
  }

  private roundVotes(round: number, type: VoteKind, create: boolean): RoundVotes | undefined {
    const table = this.table(type)
    let rv = table.get(round)
    if (rv === undefined && create) {
      rv = new RoundVotes()
      table.set(round, rv)
    }
    return rv
  }

  /** The (first) vote stored for (round, type, validator), if any. */
  get(round: number, type: VoteKind, validatorIndex: number): SignedVote | undefined {
    return this.roundVotes(round, type, false)?.byValidator.get(validatorIndex)?.[0]
  }

  /** True when the validator's vote for this hash is already counted (a re-gossiped copy). */
  has(vote: SignedVote): boolean {
    const list = this.roundVotes(vote.round, vote.type, false)?.byValidator.get(vote.validatorIndex)
    return list !== undefined && list.some((v) => equalBytes(v.blockHash, vote.blockHash))
  }

  /** Adds a vote whose signature and membership are already verified. */
  add(vote: SignedVote): AddVoteResult {
    const rv = this.roundVotes(vote.round, vote.type, true)!
    const power = this.set.power(vote.validatorIndex)
    const list = rv.byValidator.get(vote.validatorIndex)
    if (list !== undefined && list.some((v) => equalBytes(v.blockHash, vote.blockHash))) return { kind: "duplicate" }
    if (list !== undefined && list.length >= MAX_VOTES_PER_VALIDATOR) return { kind: "dropped" }
    const key = hashKey(vote.blockHash)
    rv.powerByHash.set(key, (rv.powerByHash.get(key) ?? 0) + power)
    if (list === undefined) {
      rv.byValidator.set(vote.validatorIndex, [vote])
      rv.totalPower += power
      this.noteSender(vote.round, vote.validatorIndex)
      return { kind: "added" }
    }
    list.push(vote)
    this.evidence?.duplicateVote(list[0], vote)
    return { kind: "conflict", existing: list[0] }
  }

  noteSender(round: number, validatorIndex: number): void {
    let s = this.senders.get(round)
    if (s === undefined) this.senders.set(round, (s = new Set()))
    s.add(validatorIndex)
  }

  /** Power of the distinct validators that sent any message in `round`. */
  senderPower(round: number): number {
    let p = 0
    for (const i of this.senders.get(round) ?? []) p += this.set.power(i)
    return p
  }

  roundsWithSenders(): number[] {
    return [...this.senders.keys()]
  }

  /** 2f + 1 votes of `type` in `round` for the block hash `key` ("" = nil). */
  hasQuorumFor(round: number, type: VoteKind, key: string): boolean {
    return (this.roundVotes(round, type, false)?.powerByHash.get(key) ?? 0) >= this.set.quorumPower
  }

  /** 2f + 1 votes of `type` in `round`, for anything. */
  hasQuorumAny(round: number, type: VoteKind): boolean {
    return (this.roundVotes(round, type, false)?.totalPower ?? 0) >= this.set.quorumPower
  }

  /** The hash key with 2f + 1 votes of `type` in `round`, if there is one. */
  quorumHash(round: number, type: VoteKind): string | undefined {
    const rv = this.roundVotes(round, type, false)
    if (rv === undefined || rv.totalPower < this.set.quorumPower) return undefined
    for (const [key, power] of rv.powerByHash) if (power >= this.set.quorumPower) return key
    return undefined
  }

  /** Rounds that have 2f + 1 precommits for one block. */
  roundsWithCommitQuorum(): number[] {
    const out: number[] = []
    for (const r of this.precommits.keys()) {
      const key = this.quorumHash(r, PRECOMMIT)
      if (key !== undefined && key !== "") out.push(r)
    }
    return out
  }

  votesFor(round: number, type: VoteKind, key: string): SignedVote[] {
    const rv = this.roundVotes(round, type, false)
    if (rv === undefined) return []
    const out: SignedVote[] = []
    for (const list of rv.byValidator.values()) {
      const v = list.find((x) => hashKey(x.blockHash) === key)
      if (v !== undefined) out.push(v)
    }
    return out.sort((a, b) => a.validatorIndex - b.validatorIndex)
  }

  /** Every vote of one validator at this height (what it re-gossips). */
  votesBy(validatorIndex: number): SignedVote[] {
    const out: SignedVote[] = []
    for (const table of [this.prevotes, this.precommits]) {
      for (const rv of table.values()) {
        const v = rv.byValidator.get(validatorIndex)?.[0]
        if (v !== undefined) out.push(v)
      }
    }
    return out
  }
}
