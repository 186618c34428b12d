/**
 * Normalised, checked forms of votes and proposals, and their validateBasic + signature checks.
 * Decoded protobuf objects have every field optional; the state machine only ever sees these.
 * (protocol/wire/validate has a fuller validateBasic being written in parallel; the checks here are
 * the subset the core depends on and can be swapped for it.)
 */
import { equalBytes, toHex } from "../../common/bytes.ts"
import { verifyEd25519 } from "../../common/crypto/ed25519.ts"
import { consensus } from "../../protocol/wire/types.ts"
import { signBytes } from "../../protocol/wire/signBytes.ts"
import type { Proposal, Vote } from "../ports.ts"
import { ProposalError, VoteError } from "./errors.ts"
import type { ValidatorSetView } from "./validatorSet.ts"
import { proposerIndex } from "./proposer.ts"

export const PREVOTE = consensus.VoteType.VOTE_TYPE_PREVOTE as 1
export const PRECOMMIT = consensus.VoteType.VOTE_TYPE_PRECOMMIT as 2
export type VoteKind = typeof PREVOTE | typeof PRECOMMIT

const HASH_BYTES = 32
const KEY_BYTES = 32
const SIG_BYTES = 64
/** Rounds beyond this are garbage whatever the options say (uint32 on the wire). */
const MAX_ROUND = 1_000_000

export type SignedVote = {
  type: VoteKind
  height: number
  round: number
  /** empty = nil */
  blockHash: Uint8Array
  timestamp: number
  validatorIndex: number
  validator: Uint8Array
  signature: Uint8Array
}

export type SignedProposal = {
  height: number
  round: number
  validRound: number
  blockHash: Uint8Array
  timestamp: number
  proposer: Uint8Array
  signature: Uint8Array
}

export type VerifySignature = (publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array) => boolean
export const defaultVerifySignature: VerifySignature = verifyEd25519

/** Hex of a block hash, "" for nil: the key votes are tallied by. */
export function hashKey(blockHash: Uint8Array): string {
  return blockHash.length === 0 ? "" : toHex(blockHash)
}

const isUint = (v: unknown, max = Number.MAX_SAFE_INTEGER): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= max
const isBytes = (v: unknown, ...lengths: number[]): v is Uint8Array => v instanceof Uint8Array && lengths.includes(v.length)

/** validateBasic of a vote: stateless shape checks. */
export function normaliseVote(v: Vote | null | undefined): SignedVote | VoteError {
  const bad = (field: string) => new VoteError({ code: "VOTE_MALFORMED", field }, `vote: malformed ${field}`)
  if (v === null || v === undefined) return bad("vote")
  if (v.type !== PREVOTE && v.type !== PRECOMMIT) return bad("type")
  if (!isUint(v.height) || v.height < 1) return bad("height")
  if (!isUint(v.round ?? 0, MAX_ROUND)) return bad("round")
  const blockHash = v.blockHash ?? new Uint8Array(0)
  if (!isBytes(blockHash, 0, HASH_BYTES)) return bad("blockHash")
  if (!isUint(v.timestamp ?? 0)) return bad("timestamp")
  if (!isUint(v.validatorIndex ?? 0, 0xffff)) return bad("validatorIndex")
  if (!isBytes(v.validator, KEY_BYTES)) return bad("validator")
  if (!isBytes(v.signature, SIG_BYTES)) return bad("signature")
  return {
    type: v.type,
    height: v.height,
    round: v.round ?? 0,
    blockHash,
    timestamp: v.timestamp ?? 0,
    validatorIndex: v.validatorIndex ?? 0,
    validator: v.validator,
    signature: v.signature,
  }
}

/** validateBasic of a proposal: vr is -1 or an earlier round. */
export function normaliseProposal(p: Proposal | null | undefined): SignedProposal | ProposalError {
  const bad = (field: string) => new ProposalError({ code: "PROPOSAL_MALFORMED", field }, `proposal: malformed ${field}`)
  if (p === null || p === undefined) return bad("proposal")
  if (!isUint(p.height) || p.height < 1) return bad("height")
  const round = p.round ?? 0
  if (!isUint(round, MAX_ROUND)) return bad("round")
  const validRound = p.validRound ?? 0
  if (!Number.isInteger(validRound) || validRound < -1 || (validRound !== -1 && validRound >= round)) return bad("validRound")
  if (!isBytes(p.blockHash, HASH_BYTES)) return bad("blockHash")
  if (!isUint(p.timestamp ?? 0)) return bad("timestamp")
  if (!isBytes(p.proposer, KEY_BYTES)) return bad("proposer")
  if (!isBytes(p.signature, SIG_BYTES)) return bad("signature")
  return { height: p.height, round, validRound, blockHash: p.blockHash, timestamp: p.timestamp ?? 0, proposer: p.proposer, signature: p.signature }
}

export function voteSignBytes(chainId: string, vote: Vote): Uint8Array {
  return signBytes("vote", chainId, consensus.Vote, vote)
}

export function proposalSignBytes(chainId: string, proposal: Proposal): Uint8Array {
  return signBytes("proposal", chainId, consensus.Proposal, proposal)
}

/** Membership (index and key agree) and Ed25519 signature of a vote. */
export function verifyVote(chainId: string, vote: SignedVote, set: ValidatorSetView, verify: VerifySignature): VoteError | null {
  const index = set.indexOf(vote.validator)
  const validator = toHex(vote.validator)
  if (index < 0 || index !== vote.validatorIndex) {
    return new VoteError({ code: "VOTE_UNKNOWN_VALIDATOR", validator }, "vote: signer is not the validator at its index")
  }
  if (!verify(vote.validator, voteSignBytes(chainId, vote), vote.signature)) {
    return new VoteError({ code: "VOTE_INVALID_SIGNATURE", validator }, "vote: invalid signature")
  }
  return null
}

/** The proposal comes from proposer(h, r) and carries its signature. */
export function verifyProposal(chainId: string, proposal: SignedProposal, set: ValidatorSetView, verify: VerifySignature): ProposalError | null {
  const expected = set.key(proposerIndex(set, proposal.height, proposal.round))
  if (!equalBytes(expected, proposal.proposer)) {
    return new ProposalError(
      { code: "PROPOSAL_WRONG_PROPOSER", proposer: toHex(proposal.proposer), expected: toHex(expected), round: proposal.round },
      "proposal: not from proposer(h, r)",
    )
  }
  if (!verify(proposal.proposer, proposalSignBytes(chainId, proposal), proposal.signature)) {
    return new ProposalError({ code: "PROPOSAL_INVALID_SIGNATURE", proposer: toHex(proposal.proposer) }, "proposal: invalid signature")
  }
  return null
}
