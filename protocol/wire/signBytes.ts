/**
 * Canonical sign bytes: `domain tag ‖ 0x00 ‖ len(chain id) ‖ chain id ‖ encoding with the
 * signature field empty`. Every signed message type has its own domain tag, so a signature made
 * for one type, or for another chain, never verifies as another.
 * protobufjs static encoders write fields in field-number order and skip default values, so the
 * encoding of a given message object is deterministic. Unknown fields are discarded when decoding,
 * so a verifier signs over what it understands: a new field in a signed message may only be set
 * once every member runs a version that knows it (docs/wire-protocol.md, "Versioning").
 *
 * One function per signed message type below; all go through `signBytes` / `signBytesOfEncoding`.
 */
import { concatBytes, utf8 } from "../../common/bytes.ts"
import type { medmesh } from "./types.ts"
import { common, consensus, fl, records, tx } from "./types.ts"

export const SignDomain = {
  tx: "medmesh/tx/v1",
  vote: "medmesh/vote/v1",
  proposal: "medmesh/proposal/v1",
  credential: "medmesh/credential/v1",
  patientLink: "medmesh/patient-link/v1",
  recordRequest: "medmesh/record-request/v1",
  recordLocator: "medmesh/record-locator/v1",
  roundStart: "medmesh/fl/round-start/v1",
  maskedUpdate: "medmesh/fl/masked-update/v1",
  aggregateSum: "medmesh/fl/aggregate-sum/v1",
  roundResult: "medmesh/fl/round-result/v1",
  roundPrepare: "medmesh/fl/round-prepare/v1",
  roundJoin: "medmesh/fl/round-join/v1",
  featureStatsRequest: "medmesh/fl/feature-stats-request/v1",
  featureStats: "medmesh/fl/feature-stats/v1",
  jobSetup: "medmesh/fl/job-setup/v1",
} as const

export type SignDomainName = keyof typeof SignDomain

type Encodable<T> = { encode(message: T): { finish(): Uint8Array } }

/** Prefix + an already-made encoding. For messages without a signature field (PatientLinkStatement). */
export function signBytesOfEncoding(domain: SignDomainName, chainId: string, encoding: Uint8Array): Uint8Array {
  const tag = utf8.encode(SignDomain[domain])
  const chain = utf8.encode(chainId)
  if (chain.length > 255) throw new RangeError("chainId: longer than 255 bytes")
  return concatBytes(tag, Uint8Array.of(0, chain.length), chain, encoding)
}

/** Sign bytes of `message`, encoded by `codec` with its `signature` field emptied. */
export function signBytes<T extends { signature?: Uint8Array | null }>(domain: SignDomainName, chainId: string, codec: Encodable<T>, message: T): Uint8Array {
  const unsigned = { ...message, signature: new Uint8Array(0) }
  return signBytesOfEncoding(domain, chainId, codec.encode(unsigned).finish())
}


/** The passkey assertion (`webauthn`, field 30) is left out like the signature: its challenge commits to these bytes. */
export const txSignBytes = (chainId: string, m: medmesh.tx.v1.TxEnvelope.$Properties): Uint8Array => signBytes("tx", chainId, tx.TxEnvelope, m.webauthn == null ? m : { ...m, webauthn: null })
export const voteSignBytes = (chainId: string, m: medmesh.consensus.v1.Vote.$Properties): Uint8Array => signBytes("vote", chainId, consensus.Vote, m)
export const proposalSignBytes = (chainId: string, m: medmesh.consensus.v1.Proposal.$Properties): Uint8Array => signBytes("proposal", chainId, consensus.Proposal, m)
export const credentialSignBytes = (chainId: string, m: medmesh.common.v1.Credential.$Properties): Uint8Array => signBytes("credential", chainId, common.Credential, m)
/** Signed by the patient key; the signature travels beside it (PatientLink.patient_signature). */
export const patientLinkStatementSignBytes = (chainId: string, m: medmesh.tx.v1.PatientLinkStatement.$Properties): Uint8Array =>
  signBytesOfEncoding("patientLink", chainId, tx.PatientLinkStatement.encode(m).finish())
export const recordRequestSignBytes = (chainId: string, m: medmesh.records.v1.RecordRequest.$Properties): Uint8Array => signBytes("recordRequest", chainId, records.RecordRequest, m)
export const recordLocatorSignBytes = (chainId: string, m: medmesh.records.v1.RecordLocator.$Properties): Uint8Array => signBytes("recordLocator", chainId, records.RecordLocator, m)
export const roundStartSignBytes = (chainId: string, m: medmesh.fl.v1.RoundStart.$Properties): Uint8Array => signBytes("roundStart", chainId, fl.RoundStart, m)
export const maskedUpdateSignBytes = (chainId: string, m: medmesh.fl.v1.MaskedUpdate.$Properties): Uint8Array => signBytes("maskedUpdate", chainId, fl.MaskedUpdate, m)
export const aggregateSumSignBytes = (chainId: string, m: medmesh.fl.v1.AggregateSum.$Properties): Uint8Array => signBytes("aggregateSum", chainId, fl.AggregateSum, m)
export const roundResultSignBytes = (chainId: string, m: medmesh.fl.v1.RoundResult.$Properties): Uint8Array => signBytes("roundResult", chainId, fl.RoundResult, m)
export const roundPrepareSignBytes = (chainId: string, m: medmesh.fl.v1.RoundPrepare.$Properties): Uint8Array => signBytes("roundPrepare", chainId, fl.RoundPrepare, m)
export const roundJoinSignBytes = (chainId: string, m: medmesh.fl.v1.RoundJoin.$Properties): Uint8Array => signBytes("roundJoin", chainId, fl.RoundJoin, m)
export const featureStatsRequestSignBytes = (chainId: string, m: medmesh.fl.v1.FeatureStatsRequest.$Properties): Uint8Array => signBytes("featureStatsRequest", chainId, fl.FeatureStatsRequest, m)
export const featureStatsSignBytes = (chainId: string, m: medmesh.fl.v1.FeatureStats.$Properties): Uint8Array => signBytes("featureStats", chainId, fl.FeatureStats, m)
export const jobSetupSignBytes = (chainId: string, m: medmesh.fl.v1.JobSetup.$Properties): Uint8Array => signBytes("jobSetup", chainId, fl.JobSetup, m)
