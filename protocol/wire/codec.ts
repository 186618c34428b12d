/**
 * The codec layer: `encodeX` / `decodeX` for every top-level wire message. Decoding checks the
 * size limit before touching the bytes, wraps protobufjs failures into WireError, and runs
 * validateBasic; encoding validates too. Handlers import from here, never from gen/.
 */
import { credentialCodec } from "./codec/common.ts"
import * as c from "./codec/consensus.ts"
import * as f from "./codec/fl.ts"
import * as r from "./codec/records.ts"
import * as t from "./codec/tx.ts"

export { defineCodec, type WireCodec, type CodecSpec } from "./codec/define.ts"
export { WireError, type WireErrorType } from "./errors.ts"
export * from "./codec/common.ts"
export * from "./codec/tx.ts"
export * from "./codec/consensus.ts"
export * from "./codec/records.ts"
export * from "./codec/fl.ts"

/** Every top-level codec by message name (fuzz harness, docs, diagnostics). */
export const WIRE_CODECS = {
  Credential: credentialCodec,
  TxEnvelope: t.txEnvelopeCodec,
  PatientLinkStatement: t.patientLinkStatementCodec,
  Vote: c.voteCodec,
  Proposal: c.proposalCodec,
  Header: c.headerCodec,
  Commit: c.commitCodec,
  Block: c.blockCodec,
  ProposalMessage: c.proposalMessageCodec,
  Status: c.statusCodec,
  SyncRequest: c.syncRequestCodec,
  SyncResponse: c.syncResponseCodec,
  BlockWithCommit: c.blockWithCommitCodec,
  TxGossip: c.txGossipCodec,
  ConsensusMessage: c.consensusMessageCodec,
  ValidatorSet: c.validatorSetCodec,
  RecordRequest: r.recordRequestCodec,
  RecordResponse: r.recordResponseCodec,
  RecordLocator: r.recordLocatorCodec,
  RoundStart: f.roundStartCodec,
  MaskedUpdate: f.maskedUpdateCodec,
  AggregateSum: f.aggregateSumCodec,
  RoundResult: f.roundResultCodec,
  FlAck: f.flAckCodec,
  RoundPrepare: f.roundPrepareCodec,
  RoundJoin: f.roundJoinCodec,
  FeatureStatsRequest: f.featureStatsRequestCodec,
  FeatureStats: f.featureStatsCodec,
  JobSetup: f.jobSetupCodec,
  FlRequest: f.flRequestCodec,
  FlResponse: f.flResponseCodec,
} as const

export type WireMessageName = keyof typeof WIRE_CODECS
