/**
 * Deterministic, valid, fully populated sample messages: the source of the sign-bytes vectors
 * (scripts/gen-vectors.ts), the seeds of the fuzz harness, and fixtures for other tests.
 * Every field of every signed message is set to a non-default value, so the per-field mutation
 * test covers each one. Keys derive from fixed labels: test keys, never use them elsewhere.
 */
import type { medmesh } from "../../protocol/wire/types.ts"
import { common, consensus, fl, records, tx } from "../../protocol/wire/types.ts"
import * as sb from "../../protocol/wire/signBytes.ts"
import type { SignDomainName } from "../../protocol/wire/signBytes.ts"
import * as codec from "../../protocol/wire/codec.ts"
import type { WireMessageName } from "../../protocol/wire/codec.ts"
import { sha256 } from "../../common/crypto/hash.ts"
import { utf8 } from "../../common/bytes.ts"
import { ed25519PublicKey, signEd25519 } from "../../common/crypto/ed25519.ts"
import { x25519PublicKey } from "../../common/crypto/x25519.ts"
import { p256 } from "@noble/curves/nist.js"

export const CHAIN_ID = "medmesh-test-1"
const T0 = 1_717_000_000_000

/** n deterministic bytes named by `label`. */
export function bytesOf(label: string, n: number): Uint8Array {
  const out = new Uint8Array(n)
  for (let i = 0, block = 0; i < n; block++) {
    const h = sha256(utf8.encode(`medmesh/test/${label}/${block}`))
    out.set(h.subarray(0, Math.min(32, n - i)), i)
    i += 32
  }
  return out
}

export type TestKey = { label: string; seed: Uint8Array; secretKey: Uint8Array; publicKey: Uint8Array }
function ed25519Key(label: string): TestKey {
  const seed = bytesOf(`key/${label}`, 32)
  return { label, seed, secretKey: seed, publicKey: ed25519PublicKey(seed) }
}

export const KEYS = {
  hospitalA: ed25519Key("hospital-a"),
  hospitalB: ed25519Key("hospital-b"),
  validator: ed25519Key("validator"),
  clinician: ed25519Key("clinician"),
  researcher: ed25519Key("researcher"),
  patient: ed25519Key("patient"),
  coordinator: ed25519Key("coordinator"),
} as const

export const EPHEMERAL_X25519_PUBLIC = x25519PublicKey(bytesOf("x25519/ephemeral", 32))
const PEER_A = "12D3KooWHdTzxYkQ3fGk8vPKhCsN5tQqJ9ZmWrV7bEyXuLc2aSfD"
const PEER_B = "12D3KooWRk4gUz9sTqLpXy2nB7vHcF3mJd8eWa5YtNxQs6PzKbVh"
const h = (label: string): Uint8Array => bytesOf(`hash/${label}`, 32)

const sign = (key: TestKey, bytes: Uint8Array): Uint8Array => signEd25519(key.secretKey, bytes)

// ---- signed messages ----

export function credential(subject: TestKey = KEYS.clinician, role = common.Role.ROLE_CLINICIAN): medmesh.common.v1.Credential.$Properties {
  const c: medmesh.common.v1.Credential.$Properties = {
    subject: { type: common.KeyType.KEY_TYPE_ED25519, key: subject.publicKey },
    org: "charite-de",
    department: "Cardiology",
    role,
    country: "DE",
    notBefore: T0,
    notAfter: T0 + 365 * 86_400_000,
    issuer: KEYS.hospitalA.publicKey,
    serial: bytesOf(`serial/${subject.label}`, 16),
  }
  return { ...c, signature: sign(KEYS.hospitalA, sb.credentialSignBytes(CHAIN_ID, c)) }
}

export function vote(blockHash: Uint8Array = h("block-42"), type = consensus.VoteType.VOTE_TYPE_PRECOMMIT): medmesh.consensus.v1.Vote.$Properties {
  const v = { type, height: 42, round: 3, blockHash, timestamp: T0 + 42_000, validatorIndex: 1, validator: KEYS.validator.publicKey }
  return { ...v, signature: sign(KEYS.validator, sb.voteSignBytes(CHAIN_ID, v)) }
}

export function proposal(): medmesh.consensus.v1.Proposal.$Properties {
  const p = { height: 42, round: 3, validRound: 1, blockHash: h("block-42"), timestamp: T0 + 41_000, proposer: KEYS.validator.publicKey }
  return { ...p, signature: sign(KEYS.validator, sb.proposalSignBytes(CHAIN_ID, p)) }
}

export function patientLinkStatement(): medmesh.tx.v1.PatientLinkStatement.$Properties {
  return {
    pseudonym: h("pseudonym"),
    patientKey: { type: common.KeyType.KEY_TYPE_ED25519, key: KEYS.patient.publicKey },
    org: "charite-de",
    localRecordCommitment: h("local-record"),
    custodial: true,
    issuedAt: T0 + 5_000,
  }
}

export function recordRequest(): medmesh.records.v1.RecordRequest.$Properties {
  const r = {
    credential: credential(),
    pseudonym: h("pseudonym"),
    categories: ["Observation", "Condition"],
    purpose: common.Purpose.PURPOSE_EMERGENCY,
    nonce: bytesOf("request-nonce", 16),
    issuedAt: T0 + 60_000,
    ephemeralKey: EPHEMERAL_X25519_PUBLIC,
    breakGlassReason: "Unconscious patient in the emergency department",
    holderOrg: "hus-fi",
  }
  return { ...r, signature: sign(KEYS.clinician, sb.recordRequestSignBytes(CHAIN_ID, r)) }
}

export function recordLocator(): medmesh.records.v1.RecordLocator.$Properties {
  const l = { locatorKey: h("locator"), holderOrg: "hus-fi", holderPeerId: PEER_B, updatedAt: T0 + 7_000, holderKey: KEYS.hospitalB.publicKey }
  return { ...l, signature: sign(KEYS.hospitalB, sb.recordLocatorSignBytes(CHAIN_ID, l)) }
}

const WEIGHTS = new Uint8Array(new Float32Array([0.5, -1.25, 3, 0.125]).buffer)

export function roundStart(): medmesh.fl.v1.RoundStart.$Properties {
  const m = {
    jobId: h("job"), round: 2, attempt: 1, globalWeights: WEIGHTS, globalWeightsHash: sha256(WEIGHTS), rosterTx: h("roster"),
    deadline: T0 + 600_000, hePublicKey: bytesOf("he-public-key", 96), coordinator: KEYS.coordinator.publicKey,
  }
  return { ...m, signature: sign(KEYS.coordinator, sb.roundStartSignBytes(CHAIN_ID, m)) }
}

export function maskedUpdate(): medmesh.fl.v1.MaskedUpdate.$Properties {
  const chunks = [bytesOf("chunk/0", 48), bytesOf("chunk/1", 16)]
  const m = {
    jobId: h("job"), round: 2, attempt: 1, org: "hus-fi", mode: fl.AggregationMode.AGGREGATION_MODE_MASKED, chunks, exampleCount: 120,
    updateHash: sha256(...chunks), parameterCount: 16, participant: KEYS.hospitalB.publicKey,
  }
  return { ...m, signature: sign(KEYS.hospitalB, sb.maskedUpdateSignBytes(CHAIN_ID, m)) }
}

export function aggregateSum(): medmesh.fl.v1.AggregateSum.$Properties {
  const m = {
    jobId: h("job"), round: 2, attempt: 1, mode: fl.AggregationMode.AGGREGATION_MODE_MASKED, chunks: [bytesOf("sum/0", 48), bytesOf("sum/1", 16)],
    orgs: ["charite-de", "hus-fi"], updateHashes: [h("update-a"), h("update-b")], totalExamples: 215, parameterCount: 16,
    aggregator: KEYS.coordinator.publicKey,
  }
  return { ...m, signature: sign(KEYS.coordinator, sb.aggregateSumSignBytes(CHAIN_ID, m)) }
}

export function roundResult(): medmesh.fl.v1.RoundResult.$Properties {
  const m = {
    jobId: h("job"), round: 2, attempt: 1, globalWeights: WEIGHTS, globalWeightsHash: sha256(WEIGHTS), aggregateHash: h("aggregate"),
    keyHolder: KEYS.hospitalA.publicKey,
  }
  return { ...m, signature: sign(KEYS.hospitalA, sb.roundResultSignBytes(CHAIN_ID, m)) }
}

export function roundPrepare(): medmesh.fl.v1.RoundPrepare.$Properties {
  const m = { jobId: h("job"), round: 2, attempt: 1, coordinator: KEYS.coordinator.publicKey, issuedAt: T0 + 1_000 }
  return { ...m, signature: sign(KEYS.coordinator, sb.roundPrepareSignBytes(CHAIN_ID, m)) }
}

export function roundJoin(): medmesh.fl.v1.RoundJoin.$Properties {
  const m = { jobId: h("job"), round: 2, attempt: 1, org: "hus-fi", maskKey: EPHEMERAL_X25519_PUBLIC, participant: KEYS.hospitalB.publicKey }
  return { ...m, signature: sign(KEYS.hospitalB, sb.roundJoinSignBytes(CHAIN_ID, m)) }
}

const F64 = (...v: number[]): Uint8Array => new Uint8Array(new Float64Array(v).buffer)

export function featureStatsRequest(): medmesh.fl.v1.FeatureStatsRequest.$Properties {
  const m = { jobId: h("job"), coordinator: KEYS.coordinator.publicKey, featureCount: 2, orgs: ["charite-de", "hus-fi"], issuedAt: T0 + 2_000 }
  return { ...m, signature: sign(KEYS.coordinator, sb.featureStatsRequestSignBytes(CHAIN_ID, m)) }
}

export function featureStats(): medmesh.fl.v1.FeatureStats.$Properties {
  const m = { jobId: h("job"), org: "hus-fi", count: 120, mean: F64(1.5, -2), m2: F64(30, 4.25), participant: KEYS.hospitalB.publicKey, columnCounts: F64(120, 118), dpMoments: F64(121.5, 3.25, -40.5, 60.75, 80.125, 0.5, 2.25) }
  return { ...m, signature: sign(KEYS.hospitalB, sb.featureStatsSignBytes(CHAIN_ID, m)) }
}

export function jobSetup(): medmesh.fl.v1.JobSetup.$Properties {
  const m = { jobId: h("job"), mean: F64(1.5, -2), std: F64(0.5, 0.25), coordinator: KEYS.coordinator.publicKey, count: 215, orgs: ["charite-de", "hus-fi"] }
  return { ...m, signature: sign(KEYS.coordinator, sb.jobSetupSignBytes(CHAIN_ID, m)) }
}

// ---- transactions: one fully populated body per oneof member ----

type Envelope = medmesh.tx.v1.TxEnvelope.$Properties
type BodyName = NonNullable<medmesh.tx.v1.TxEnvelope["body"]>

export const TX_BODIES: { [K in BodyName]: () => { signer: TestKey; body: NonNullable<Envelope[K]> } } = {
  memberPropose: () => ({
    signer: KEYS.hospitalA,
    body: {
      member: { org: "hus-fi", name: "Helsinki University Hospital", country: "FI", nodeKey: KEYS.hospitalB.publicKey, peerId: PEER_B, addresses: ["/ip4/10.0.0.2/tcp/4001", "/dns4/node.hus.example/tcp/4001"] },
      effectiveHeight: 50,
    },
  }),
  memberVote: () => ({ signer: KEYS.hospitalA, body: { proposalTx: h("proposal-tx"), approve: true } }),
  memberRemove: () => ({ signer: KEYS.hospitalA, body: { org: "hus-fi", reason: "Left the consortium", effectiveHeight: 60 } }),
  memberRotateKey: () => ({ signer: KEYS.hospitalB, body: { org: "hus-fi", newNodeKey: KEYS.coordinator.publicKey, newPeerId: PEER_A, effectiveHeight: 70 } }),
  paramsChange: () => ({
    signer: KEYS.hospitalA,
    body: {
      params: {
        timeoutProposeMs: 3000, timeoutProposeDeltaMs: 500, timeoutPrevoteMs: 1000, timeoutPrevoteDeltaMs: 500, timeoutPrecommitMs: 1000,
        timeoutPrecommitDeltaMs: 500, timeoutCommitMs: 1000, maxBlockTxs: 5000, maxBlockBytes: 4_194_304, maxTxBytes: 65_536,
        requestFreshnessMs: 120_000, validatorChangeDelay: 2, emptyBlockIntervalMs: 1000,
        webauthnRpId: "patients.example.org", webauthnOrigins: ["https://patients.example.org", "https://app.patients.example.org"],
      },
      effectiveHeight: 80,
    },
  }),
  credentialRevoke: () => ({ signer: KEYS.hospitalA, body: { credentialHash: h("credential"), reason: "Employment ended" } }),
  patientLink: () => {
    const statement = patientLinkStatement()
    // patientWebauthn is covered by the hospital's envelope signature (only TxEnvelope.webauthn is left out)
    const patientWebauthn = { authenticatorData: bytesOf("webauthn/authenticator-data", 37), clientDataJson: new TextEncoder().encode('{"type":"webauthn.get","challenge":"x","origin":"https://patients.example.org"}') }
    return { signer: KEYS.hospitalA, body: { statement, patientSignature: sign(KEYS.patient, sb.patientLinkStatementSignBytes(CHAIN_ID, statement)), patientWebauthn } }
  },
  consentGrant: () => ({
    signer: KEYS.patient,
    body: {
      consent: {
        pseudonym: h("pseudonym"),
        decision: tx.Decision.DECISION_PERMIT,
        actor: { org: "hus-fi", department: "Emergency", role: common.Role.ROLE_CLINICIAN, clinician: KEYS.clinician.publicKey, country: "FI" },
        data: { resourceTypes: ["Observation", "AllergyIntolerance"], securityLabels: ["PSY", "R"] },
        purposes: [common.Purpose.PURPOSE_TREATMENT, common.Purpose.PURPOSE_EMERGENCY],
        period: { start: T0, end: T0 + 30 * 86_400_000 },
        consentNonce: bytesOf("consent-nonce", 16),
      },
    },
  }),
  consentRevoke: () => ({ signer: KEYS.patient, body: { consentId: h("consent"), pseudonym: h("pseudonym") } }),
  accessEvent: () => ({
    signer: KEYS.hospitalB,
    body: {
      requestHash: h("request"), pseudonym: h("pseudonym"), outcome: tx.AccessOutcome.ACCESS_OUTCOME_BREAK_GLASS, reason: "BREAK_GLASS",
      requesterKey: KEYS.clinician.publicKey, requesterOrg: "charite-de", requesterCountry: "DE", requesterRole: common.Role.ROLE_CLINICIAN,
      purpose: common.Purpose.PURPOSE_EMERGENCY, categories: ["Observation"], decisionHeight: 41, bundleHash: h("bundle"), holderOrg: "hus-fi",
      breakGlassReason: "Unconscious patient in the emergency department", consentIds: [h("consent")], decidedAt: T0 + 61_000,
    },
  }),
  provenanceNote: () => ({ signer: KEYS.hospitalA, body: { subject: h("model"), kind: "model.export", note: "Exported for the 2024 diabetes study", references: [h("job"), h("round")] } }),
  trainingJobPropose: () => ({
    signer: KEYS.researcher,
    body: {
      job: {
        title: "Type 2 diabetes risk", researcher: credential(KEYS.researcher, common.Role.ROLE_RESEARCHER),
        features: [{ source: "loinc:2345-7", name: "glucose" }, { source: "age", name: "age" }], label: { source: "condition:44054006", name: "t2d" },
        labelPositive: "=true", model: "logreg", rounds: 10, localEpochs: 2, batchSize: 32, learningRate: 0.05, strategy: "fedprox", proximalMu: 0.01,
        privacy: { clipNorm: 1, noiseMultiplier: 1.1, delta: 1e-5, epsilonBudget: 8, sampleRate: 0.5, featureBounds: [{ lo: 2, hi: 30 }, { lo: -1, hi: 110 }], statsNoiseMultiplier: 5, unit: 1 },
        minParticipants: 2, roundDeadlineMs: 600_000, aggregation: "secure", table: "cohort", seed: 12345,
      },
    },
  }),
  trainingJobApprove: () => ({
    signer: KEYS.hospitalB,
    body: { jobId: h("job"), approve: true, reason: "Ethics board EB-2024-17", consentingPatients: 311, consentSnapshotHash: h("snapshot"), maskKey: bytesOf("mask-key", 32) },
  }),
  trainingRoster: () => ({
    signer: KEYS.coordinator,
    body: {
      jobId: h("job"), round: 2, attempt: 1, orgs: ["charite-de", "hus-fi"], maskKeys: [bytesOf("mask/a", 32), bytesOf("mask/b", 32)],
      aggregatorOrg: "charite-de", hePublicKeyHash: h("he-key"), deadline: T0 + 600_000,
    },
  }),
  trainingRound: () => ({
    signer: KEYS.coordinator,
    body: {
      jobId: h("job"), round: 2, attempt: 1, orgs: ["charite-de", "hus-fi"], updateHashes: [h("update-a"), h("update-b")], aggregateHash: h("aggregate"),
      exampleCounts: [120, 95], epsilonSpent: 1.25, globalModelHash: h("global-model"),
    },
  }),
  trainingComplete: () => ({ signer: KEYS.coordinator, body: { jobId: h("job"), modelHash: h("final-model"), rounds: 10, epsilonSpent: 6.5 } }),
  duplicateVoteEvidence: () => ({ signer: KEYS.hospitalA, body: { voteA: vote(h("block-42")), voteB: vote(h("block-42-conflict")) } }),
}

export function txEnvelope<K extends BodyName>(bodyName: K, nonce = 7): Envelope {
  const { signer, body } = TX_BODIES[bodyName]()
  const e: Envelope = { signer: { type: common.KeyType.KEY_TYPE_ED25519, key: signer.publicKey }, nonce, expiryHeight: 1000, [bodyName]: body }
  return { ...e, signature: sign(signer, sb.txSignBytes(CHAIN_ID, e)) }
}

// ---- the catalogue of signed message types ----

export type SignedSample = {
  /** vector name, e.g. "Vote" or "TxEnvelope/consentGrant" */
  name: string
  /** fully qualified proto type */
  protoType: string
  domain: SignDomainName
  signer: TestKey
  message: object
  signBytes: (chainId: string, message: object) => Uint8Array
  /** the signature as carried (in the message, or beside it for PatientLinkStatement) */
  signature: Uint8Array
}

function signedOf<M extends { signature?: Uint8Array | null }>(name: string, protoType: string, domain: SignDomainName, signer: TestKey, message: M, fn: (c: string, m: M) => Uint8Array): SignedSample {
  return { name, protoType, domain, signer, message, signBytes: fn as (c: string, m: object) => Uint8Array, signature: message.signature as Uint8Array }
}

export function signedSamples(): SignedSample[] {
  const statement = patientLinkStatement()
  const out: SignedSample[] = [
    signedOf("Vote", "medmesh.consensus.v1.Vote", "vote", KEYS.validator, vote(), sb.voteSignBytes),
    signedOf("Proposal", "medmesh.consensus.v1.Proposal", "proposal", KEYS.validator, proposal(), sb.proposalSignBytes),
    signedOf("Credential", "medmesh.common.v1.Credential", "credential", KEYS.hospitalA, credential(), sb.credentialSignBytes),
    {
      name: "PatientLinkStatement", protoType: "medmesh.tx.v1.PatientLinkStatement", domain: "patientLink", signer: KEYS.patient, message: statement,
      signBytes: sb.patientLinkStatementSignBytes as (c: string, m: object) => Uint8Array,
      signature: sign(KEYS.patient, sb.patientLinkStatementSignBytes(CHAIN_ID, statement)),
    },
    signedOf("RecordRequest", "medmesh.records.v1.RecordRequest", "recordRequest", KEYS.clinician, recordRequest(), sb.recordRequestSignBytes),
    signedOf("RecordLocator", "medmesh.records.v1.RecordLocator", "recordLocator", KEYS.hospitalB, recordLocator(), sb.recordLocatorSignBytes),
    signedOf("RoundStart", "medmesh.fl.v1.RoundStart", "roundStart", KEYS.coordinator, roundStart(), sb.roundStartSignBytes),
    signedOf("MaskedUpdate", "medmesh.fl.v1.MaskedUpdate", "maskedUpdate", KEYS.hospitalB, maskedUpdate(), sb.maskedUpdateSignBytes),
    signedOf("AggregateSum", "medmesh.fl.v1.AggregateSum", "aggregateSum", KEYS.coordinator, aggregateSum(), sb.aggregateSumSignBytes),
    signedOf("RoundResult", "medmesh.fl.v1.RoundResult", "roundResult", KEYS.hospitalA, roundResult(), sb.roundResultSignBytes),
    signedOf("RoundPrepare", "medmesh.fl.v1.RoundPrepare", "roundPrepare", KEYS.coordinator, roundPrepare(), sb.roundPrepareSignBytes),
    signedOf("RoundJoin", "medmesh.fl.v1.RoundJoin", "roundJoin", KEYS.hospitalB, roundJoin(), sb.roundJoinSignBytes),
    signedOf("FeatureStatsRequest", "medmesh.fl.v1.FeatureStatsRequest", "featureStatsRequest", KEYS.coordinator, featureStatsRequest(), sb.featureStatsRequestSignBytes),
    signedOf("FeatureStats", "medmesh.fl.v1.FeatureStats", "featureStats", KEYS.hospitalB, featureStats(), sb.featureStatsSignBytes),
    signedOf("JobSetup", "medmesh.fl.v1.JobSetup", "jobSetup", KEYS.coordinator, jobSetup(), sb.jobSetupSignBytes),
  ]
  for (const bodyName of Object.keys(TX_BODIES) as BodyName[]) {
    const e = txEnvelope(bodyName)
    out.push(signedOf(`TxEnvelope/${bodyName}`, "medmesh.tx.v1.TxEnvelope", "tx", TX_BODIES[bodyName]().signer, e, sb.txSignBytes))
  }
  return out
}

// ---- unsigned top-level messages ----

export function header(height = 42): medmesh.consensus.v1.Header.$Properties {
  const first = height === 1
  return {
    chainId: CHAIN_ID, height, time: T0 + height * 1000, lastBlockHash: first ? new Uint8Array(0) : h(`block-${height - 1}`), txRoot: h(`tx-root-${height}`),
    appHash: h(`app-${height}`), validatorsHash: h("validators"), proposer: KEYS.validator.publicKey,
    lastCommitHash: first ? new Uint8Array(0) : h(`commit-${height - 1}`), nextValidatorsHash: h("validators"),
  }
}

export function commit(height = 41, blockHash = h(`block-${height}`)): medmesh.consensus.v1.Commit.$Properties {
  return {
    height, round: 0, blockHash,
    signatures: [0, 1, 3].map((i) => ({ validatorIndex: i, timestamp: T0 + height * 1000 + i, signature: bytesOf(`commit-sig/${height}/${i}`, 64) })),
  }
}

export function block(height = 42): medmesh.consensus.v1.Block.$Properties {
  const txs = height === 1 ? [] : [codec.encodeTxEnvelope(txEnvelope("memberVote")), codec.encodeTxEnvelope(txEnvelope("consentRevoke", 8))]
  return { header: header(height), txs, lastCommit: height === 1 ? null : commit(height - 1) }
}

/** Encoded valid samples for every top-level codec (fuzz seeds, round-trip tests). */
export function validSamples(): Record<WireMessageName, Uint8Array[]> {
  const signed = signedSamples()
  const txs = signed.filter((s) => s.protoType === "medmesh.tx.v1.TxEnvelope").map((s) => codec.encodeTxEnvelope(s.message))
  const blockWithCommit = (height: number) => ({ block: block(height), commit: commit(height) })
  return {
    Credential: [codec.encodeCredential(credential())],
    TxEnvelope: [...txs, passkeySample().txBytes],
    PatientLinkStatement: [codec.encodePatientLinkStatement(patientLinkStatement())],
    Vote: [codec.encodeVote(vote()), codec.encodeVote(vote(new Uint8Array(0), consensus.VoteType.VOTE_TYPE_PREVOTE))],
    Proposal: [codec.encodeProposal(proposal())],
    Header: [codec.encodeHeader(header()), codec.encodeHeader(header(1))],
    Commit: [codec.encodeCommit(commit())],
    Block: [codec.encodeBlock(block()), codec.encodeBlock(block(1))],
    ProposalMessage: [codec.encodeProposalMessage({ proposal: proposal(), block: block() })],
    Status: [codec.encodeStatus({ height: 42, lastBlockHash: h("block-42"), earliestHeight: 1 })],
    SyncRequest: [codec.encodeSyncRequest({ fromHeight: 10, toHeight: 20 })],
    SyncResponse: [codec.encodeSyncResponse({ blocks: [blockWithCommit(41), blockWithCommit(42)], latestHeight: 42 })],
    BlockWithCommit: [codec.encodeBlockWithCommit(blockWithCommit(42))],
    TxGossip: [codec.encodeTxGossip({ txs: txs.slice(0, 3) })],
    ConsensusMessage: [
      codec.encodeConsensusMessage({ vote: vote() }),
      codec.encodeConsensusMessage({ status: { height: 42, lastBlockHash: h("block-42"), earliestHeight: 1 } }),
      codec.encodeConsensusMessage({ proposal: { proposal: proposal(), block: block() } }),
    ],
    ValidatorSet: [codec.encodeValidatorSet({ validators: [KEYS.hospitalA, KEYS.hospitalB, KEYS.validator].map((k, i) => ({ key: k.publicKey, power: 1, org: `member-${i}` })) })],
    RecordRequest: [codec.encodeRecordRequest(recordRequest())],
    RecordResponse: [
      codec.encodeRecordResponse({
        status: records.ResponseStatus.RESPONSE_STATUS_OK, holderOrg: "hus-fi", reason: "CONSENT_PERMIT",
        receipt: { txHash: h("access-tx"), height: 43, tx: txs[0] },
        bundle: { senderKey: bytesOf("sender", 32), nonce: bytesOf("nonce", 12), ciphertext: bytesOf("ciphertext", 80) }, bundleHash: h("bundle"),
      }),
      codec.encodeRecordResponse({ status: records.ResponseStatus.RESPONSE_STATUS_DENIED, holderOrg: "hus-fi", reason: "NO_CONSENT", receipt: { txHash: h("access-tx"), height: 43, tx: txs[1] } }),
    ],
    RecordLocator: [codec.encodeRecordLocator(recordLocator())],
    RoundStart: [codec.encodeRoundStart(roundStart())],
    MaskedUpdate: [codec.encodeMaskedUpdate(maskedUpdate())],
    AggregateSum: [codec.encodeAggregateSum(aggregateSum())],
    RoundResult: [codec.encodeRoundResult(roundResult())],
    FlAck: [codec.encodeFlAck({ ok: true }), codec.encodeFlAck({ ok: false, error: "deadline passed" })],
    RoundPrepare: [codec.roundPrepareCodec.encode(roundPrepare())],
    RoundJoin: [codec.roundJoinCodec.encode(roundJoin())],
    FeatureStatsRequest: [codec.featureStatsRequestCodec.encode(featureStatsRequest())],
    FeatureStats: [codec.featureStatsCodec.encode(featureStats())],
    JobSetup: [codec.jobSetupCodec.encode(jobSetup())],
    FlRequest: [codec.encodeFlRequest({ roundPrepare: roundPrepare() }), codec.encodeFlRequest({ roundStart: roundStart() }), codec.encodeFlRequest({ jobSetup: jobSetup() })],
    FlResponse: [
      codec.encodeFlResponse({ ok: true, join: roundJoin() }),
      codec.encodeFlResponse({ ok: true, result: roundResult() }),
      codec.encodeFlResponse({ ok: true, stats: featureStats() }),
      codec.encodeFlResponse({ ok: false, code: "ROUND_DEADLINE_PASSED", error: "deadline passed" }),
    ],
  }
}

// ---- a passkey-signed tx (test/vectors/webauthn.json) ----

/** A ConsentGrant signed with a passkey: P-256 key from a fixed seed, RFC 6979 signature (@noble/curves). */
export function passkeySample() {
  const rpId = "patients.example.org"
  const origin = `https://${rpId}`
  const secretKey = bytesOf("p256/patient-passkey", 32)
  const publicKey = p256.getPublicKey(secretKey, true)
  const { body } = TX_BODIES.consentGrant()
  const unsigned: Envelope = { signer: { type: common.KeyType.KEY_TYPE_P256, key: publicKey }, nonce: 9, expiryHeight: 0, consentGrant: body }
  const signBytes = sb.txSignBytes(CHAIN_ID, unsigned)
  const challenge = Buffer.from(sha256(signBytes)).toString("base64url")
  const authenticatorData = new Uint8Array(37)
  authenticatorData.set(sha256(new TextEncoder().encode(rpId)), 0)
  authenticatorData[32] = 0x05
  authenticatorData[36] = 1
  const clientDataJson = new TextEncoder().encode(JSON.stringify({ type: "webauthn.get", challenge, origin, crossOrigin: false }))
  const signature = p256.sign(new Uint8Array([...authenticatorData, ...sha256(clientDataJson)]), secretKey, { lowS: true })
  const envelope: Envelope = { ...unsigned, webauthn: { authenticatorData, clientDataJson }, signature }
  const txBytes = tx.TxEnvelope.encode(envelope).finish()
  return { rpId, origin, secretKey, publicKey, envelope, signBytes, challenge, authenticatorData, clientDataJson, signature, txBytes, txHash: sha256(txBytes) }
}
