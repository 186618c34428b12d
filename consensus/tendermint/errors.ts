/** Typed errors of the consensus core: callers branch on `err.type.code`. */
import { MedmeshError } from "../../common/errors.ts"

export type VoteErrorType =
  | { code: "VOTE_MALFORMED"; field: string }
  | { code: "VOTE_INVALID_SIGNATURE"; validator: string }
  | { code: "VOTE_UNKNOWN_VALIDATOR"; validator: string }
  | { code: "VOTE_WRONG_HEIGHT"; height: number; expected: number }
  | { code: "VOTE_ROUND_TOO_FAR"; round: number; current: number }
  | { code: "VOTE_CONFLICTING"; validator: string; height: number; round: number }

export class VoteError extends MedmeshError<VoteErrorType> {}

export type ProposalErrorType =
  | { code: "PROPOSAL_MALFORMED"; field: string }
  | { code: "PROPOSAL_INVALID_SIGNATURE"; proposer: string }
  | { code: "PROPOSAL_WRONG_PROPOSER"; proposer: string; expected: string; round: number }
  | { code: "PROPOSAL_WRONG_HEIGHT"; height: number; expected: number }
  | { code: "PROPOSAL_ROUND_TOO_FAR"; round: number; current: number }
  | { code: "PROPOSAL_BLOCK_HASH_MISMATCH"; round: number }
  | { code: "PROPOSAL_INVALID_BLOCK"; round: number; reason: string }
  | { code: "PROPOSAL_CONFLICTING"; proposer: string; height: number; round: number }

export class ProposalError extends MedmeshError<ProposalErrorType> {}

export type SignerErrorType =
  | { code: "SIGNER_CONFLICT"; height: number; round: number; step: number }
  | { code: "SIGNER_REGRESSION"; height: number; round: number; step: number; lastHeight: number; lastRound: number; lastStep: number }
  | { code: "SIGNER_MALFORMED"; field: string }

/** The PrivValidator refused to sign: signing would contradict what it signed before. */
export class SignerError extends MedmeshError<SignerErrorType> {}

export type ConsensusErrorType =
  | { code: "CONSENSUS_OPTIONS_INVALID"; field: string; reason: string }
  | { code: "CONSENSUS_NOT_STARTED" }
  | { code: "CONSENSUS_HALTED"; height: number; reason: string }

export class ConsensusError extends MedmeshError<ConsensusErrorType> {}

/** What a peer gets penalised for. */
export type RejectionError = VoteError | ProposalError
