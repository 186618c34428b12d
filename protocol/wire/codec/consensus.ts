import { consensus } from "../types.ts"
import {
  MAX_BLOCK_BYTES, MAX_BLOCK_WITH_COMMIT_BYTES, MAX_COMMIT_BYTES, MAX_CONSENSUS_MESSAGE_BYTES, MAX_HEADER_BYTES, MAX_PROPOSAL_BYTES,
  MAX_PROPOSAL_MESSAGE_BYTES, MAX_STATUS_BYTES, MAX_SYNC_REQUEST_BYTES, MAX_SYNC_RESPONSE_BYTES, MAX_TX_GOSSIP_BYTES, MAX_VALIDATOR_SET_BYTES,
  MAX_VOTE_BYTES,
} from "../limits.ts"
import * as v from "../validate/consensus.ts"
import { defineCodec } from "./define.ts"

export const voteCodec = defineCodec({ name: "Vote", type: consensus.Vote, maxBytes: MAX_VOTE_BYTES, validateBasic: (m) => v.validateVote(m) })
export const encodeVote = voteCodec.encode
export const decodeVote = voteCodec.decode

export const proposalCodec = defineCodec({ name: "Proposal", type: consensus.Proposal, maxBytes: MAX_PROPOSAL_BYTES, validateBasic: (m) => v.validateProposal(m) })
export const encodeProposal = proposalCodec.encode
export const decodeProposal = proposalCodec.decode

export const headerCodec = defineCodec({ name: "Header", type: consensus.Header, maxBytes: MAX_HEADER_BYTES, validateBasic: (m) => v.validateHeader(m) })
export const encodeHeader = headerCodec.encode
export const decodeHeader = headerCodec.decode

export const commitCodec = defineCodec({ name: "Commit", type: consensus.Commit, maxBytes: MAX_COMMIT_BYTES, validateBasic: (m) => v.validateCommit(m) })
export const encodeCommit = commitCodec.encode
export const decodeCommit = commitCodec.decode

export const blockCodec = defineCodec({ name: "Block", type: consensus.Block, maxBytes: MAX_BLOCK_BYTES, validateBasic: (m) => v.validateBlock(m) })
export const encodeBlock = blockCodec.encode
export const decodeBlock = blockCodec.decode

export const proposalMessageCodec = defineCodec({
  name: "ProposalMessage",
  type: consensus.ProposalMessage,
  maxBytes: MAX_PROPOSAL_MESSAGE_BYTES,
  validateBasic: (m) => v.validateProposalMessage(m),
})
export const encodeProposalMessage = proposalMessageCodec.encode
export const decodeProposalMessage = proposalMessageCodec.decode

export const statusCodec = defineCodec({ name: "Status", type: consensus.Status, maxBytes: MAX_STATUS_BYTES, validateBasic: (m) => v.validateStatus(m) })
export const encodeStatus = statusCodec.encode
export const decodeStatus = statusCodec.decode

export const syncRequestCodec = defineCodec({ name: "SyncRequest", type: consensus.SyncRequest, maxBytes: MAX_SYNC_REQUEST_BYTES, validateBasic: (m) => v.validateSyncRequest(m) })
export const encodeSyncRequest = syncRequestCodec.encode
export const decodeSyncRequest = syncRequestCodec.decode

export const syncResponseCodec = defineCodec({ name: "SyncResponse", type: consensus.SyncResponse, maxBytes: MAX_SYNC_RESPONSE_BYTES, validateBasic: (m) => v.validateSyncResponse(m) })
export const encodeSyncResponse = syncResponseCodec.encode
export const decodeSyncResponse = syncResponseCodec.decode

/** A block with the commit that finalised it: what block sync and the block store hold. */
export const blockWithCommitCodec = defineCodec({
  name: "BlockWithCommit",
  type: consensus.BlockWithCommit,
  maxBytes: MAX_BLOCK_WITH_COMMIT_BYTES,
  validateBasic: (m) => v.validateBlockWithCommit(m),
})
export const encodeBlockWithCommit = blockWithCommitCodec.encode
export const decodeBlockWithCommit = blockWithCommitCodec.decode

export const txGossipCodec = defineCodec({ name: "TxGossip", type: consensus.TxGossip, maxBytes: MAX_TX_GOSSIP_BYTES, validateBasic: (m) => v.validateTxGossip(m) })
export const encodeTxGossip = txGossipCodec.encode
export const decodeTxGossip = txGossipCodec.decode

export const consensusMessageCodec = defineCodec({
  name: "ConsensusMessage",
  type: consensus.ConsensusMessage,
  maxBytes: MAX_CONSENSUS_MESSAGE_BYTES,
  validateBasic: (m) => v.validateConsensusMessage(m),
})
export const encodeConsensusMessage = consensusMessageCodec.encode
export const decodeConsensusMessage = consensusMessageCodec.decode

export const validatorSetCodec = defineCodec({ name: "ValidatorSet", type: consensus.ValidatorSet, maxBytes: MAX_VALIDATOR_SET_BYTES, validateBasic: (m) => v.validateValidatorSet(m) })
export const encodeValidatorSet = validatorSetCodec.encode
export const decodeValidatorSet = validatorSetCodec.decode
