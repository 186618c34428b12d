/** validateBasic for medmesh.tx.v1: the envelope, exactly one body, and every body type. */
import type { medmesh } from "../types.ts"
import { common, tx } from "../types.ts"
import {
  MAX_ADDRESSES, MAX_BLOCK_BYTES, MAX_BLOCK_TXS, MAX_CATEGORIES, MAX_CONSENT_IDS, MAX_FEATURES, MAX_FL_ATTEMPTS, MAX_FL_ROUNDS,
  MAX_HE_PUBLIC_KEY_BYTES, MAX_MEMBERS, MAX_NOTE_CHARS, MAX_PURPOSES, MAX_REFERENCE_BYTES, MAX_REFERENCES, MAX_SECURITY_LABELS, MAX_SPEC_CHARS,
  MAX_TX_BYTES, NONCE_BYTES, X25519_KEY_BYTES,
} from "../limits.ts"
import {
  type Ctx, CODE_PATTERN, FHIR_CODE_PATTERN, FHIR_RESOURCE_TYPE_PATTERN, LOWER_TOKEN_PATTERN, MULTIADDR_PATTERN, PEER_ID_PATTERN,
  anyKey, at, bool, bytesInRange, bytesOfLength, country, distinct, ed25519Key, enumValue, fail, finite, hash, list, name, optionalHash, orgId,
  present, reason, rootCtx, signature, text, token, uint,
} from "./check.ts"
import { validateCredential, validatePeriod, validatePublicKey } from "./common.ts"
import { validateVote } from "./consensus.ts"
import { WEBAUTHN_MAX_AUTHENTICATOR_DATA_BYTES, WEBAUTHN_MAX_CLIENT_DATA_BYTES, WEBAUTHN_MIN_AUTHENTICATOR_DATA_BYTES } from "../../../common/crypto/webauthn.ts"

type BodyName = NonNullable<medmesh.tx.v1.TxEnvelope["body"]>
type Envelope = medmesh.tx.v1.TxEnvelope.$Properties

const peerId = (ctx: Ctx, field: string, v: string | null | undefined): void => token(ctx, field, v, PEER_ID_PATTERN, "a libp2p peer id string")
const fhirType = (ctx: Ctx, field: string, v: string): void => token(ctx, field, v, FHIR_RESOURCE_TYPE_PATTERN, "a FHIR resource type")
const flRound = (ctx: Ctx, field: string, v: number | null | undefined): void => uint(ctx, field, v, 0, MAX_FL_ROUNDS)
const flAttempt = (ctx: Ctx, field: string, v: number | null | undefined): void => uint(ctx, field, v, 0, MAX_FL_ATTEMPTS)
const orgList = (ctx: Ctx, field: string, v: readonly string[] | null | undefined, min: number): void => {
  list(ctx, field, v, min, MAX_MEMBERS, (c, f, o) => orgId(c, f, o))
  distinct(ctx, field, v)
}

export function validateMember(m: medmesh.tx.v1.Member.$Properties, ctx: Ctx): void {
  orgId(ctx, "org", m.org)
  name(ctx, "name", m.name, true)
  country(ctx, "country", m.country)
  ed25519Key(ctx, "nodeKey", m.nodeKey)
  peerId(ctx, "peerId", m.peerId)
  list(ctx, "addresses", m.addresses, 0, MAX_ADDRESSES, (c, f, a) => token(c, f, a, MULTIADDR_PATTERN, "a multiaddr string"))
}

export function validateConsortiumParams(p: medmesh.tx.v1.ConsortiumParams.$Properties, ctx: Ctx): void {
  const ms = (f: keyof typeof p, min: number): void => uint(ctx, f, p[f] as number | null | undefined, min, 3_600_000)
  ms("timeoutProposeMs", 1)
  ms("timeoutProposeDeltaMs", 0)
  ms("timeoutPrevoteMs", 1)
  ms("timeoutPrevoteDeltaMs", 0)
  ms("timeoutPrecommitMs", 1)
  ms("timeoutPrecommitDeltaMs", 0)
  ms("timeoutCommitMs", 0)
  ms("emptyBlockIntervalMs", 0)
  uint(ctx, "maxBlockTxs", p.maxBlockTxs, 1, MAX_BLOCK_TXS)
  uint(ctx, "maxBlockBytes", p.maxBlockBytes, 1, MAX_BLOCK_BYTES)
  uint(ctx, "maxTxBytes", p.maxTxBytes, 1, MAX_TX_BYTES)
  if ((p.maxTxBytes ?? 0) > (p.maxBlockBytes ?? 0)) fail(ctx, "maxTxBytes", "expected ≤ maxBlockBytes")
  uint(ctx, "requestFreshnessMs", p.requestFreshnessMs, 1)
  uint(ctx, "validatorChangeDelay", p.validatorChangeDelay)
  token(ctx, "webauthnRpId", p.webauthnRpId, RP_ID_PATTERN, "a WebAuthn relying party id (a lower-case domain name)", true)
  list(ctx, "webauthnOrigins", p.webauthnOrigins, 0, MAX_WEBAUTHN_ORIGINS, (c, f, o) => token(c, f, o, ORIGIN_PATTERN, "a web origin (https://host[:port], or http://localhost[:port])"))
  distinct(ctx, "webauthnOrigins", p.webauthnOrigins)
  if ((p.webauthnOrigins?.length ?? 0) > 0 && !p.webauthnRpId) fail(ctx, "webauthnOrigins", "set webauthnRpId too")
}

const RP_ID_PATTERN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/
const ORIGIN_PATTERN = /^(?:https:\/\/(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?|http:\/\/localhost)(?::[0-9]{1,5})?$/
const MAX_WEBAUTHN_ORIGINS = 16

/** Sizes only; the content (clientDataJSON, flags, challenge, signature) is checked by common/crypto/webauthn.ts. */
export function validateWebAuthnAssertion(a: medmesh.common.v1.WebAuthnAssertion.$Properties, ctx: Ctx): void {
  bytesInRange(ctx, "authenticatorData", a.authenticatorData, WEBAUTHN_MIN_AUTHENTICATOR_DATA_BYTES, WEBAUTHN_MAX_AUTHENTICATOR_DATA_BYTES)
  bytesInRange(ctx, "clientDataJson", a.clientDataJson, 1, WEBAUTHN_MAX_CLIENT_DATA_BYTES)
}

export function validatePatientLinkStatement(s: medmesh.tx.v1.PatientLinkStatement.$Properties, ctx: Ctx = rootCtx("PatientLinkStatement")): void {
  hash(ctx, "pseudonym", s.pseudonym)
  validatePublicKey(present(ctx, "patientKey", s.patientKey), at(ctx, "patientKey"))
  orgId(ctx, "org", s.org)
  hash(ctx, "localRecordCommitment", s.localRecordCommitment)
  bool(ctx, "custodial", s.custodial)
  uint(ctx, "issuedAt", s.issuedAt, 1)
}

export function validateConsent(c: medmesh.tx.v1.Consent.$Properties, ctx: Ctx): void {
  hash(ctx, "pseudonym", c.pseudonym)
  enumValue(ctx, "decision", c.decision, tx.Decision)
  if (c.actor != null) {
    const a = at(ctx, "actor")
    orgId(a, "org", c.actor.org, true)
    name(a, "department", c.actor.department)
    enumValue(a, "role", c.actor.role, common.Role, true)
    bytesOfLength(a, "clinician", c.actor.clinician, 0, 32, 33)
    country(a, "country", c.actor.country, true)
  }
  if (c.data != null) {
    const d = at(ctx, "data")
    list(d, "resourceTypes", c.data.resourceTypes, 0, MAX_CATEGORIES, fhirType)
    distinct(d, "resourceTypes", c.data.resourceTypes)
    list(d, "securityLabels", c.data.securityLabels, 0, MAX_SECURITY_LABELS, (c2, f, l) => token(c2, f, l, FHIR_CODE_PATTERN, "a FHIR security label code"))
    distinct(d, "securityLabels", c.data.securityLabels)
  }
  list(ctx, "purposes", c.purposes, 0, MAX_PURPOSES, (c2, f, p) => enumValue(c2, f, p, common.Purpose))
  distinct(ctx, "purposes", c.purposes)
  if (c.period != null) validatePeriod(c.period, at(ctx, "period"))
  bytesOfLength(ctx, "consentNonce", c.consentNonce, NONCE_BYTES)
}

export function validateAccessEvent(e: medmesh.tx.v1.AccessEvent.$Properties, ctx: Ctx): void {
  hash(ctx, "requestHash", e.requestHash)
  hash(ctx, "pseudonym", e.pseudonym)
  enumValue(ctx, "outcome", e.outcome, tx.AccessOutcome)
  token(ctx, "reason", e.reason, CODE_PATTERN, "a reason code (A-Z, 0-9, _)")
  anyKey(ctx, "requesterKey", e.requesterKey)
  orgId(ctx, "requesterOrg", e.requesterOrg)
  country(ctx, "requesterCountry", e.requesterCountry)
  enumValue(ctx, "requesterRole", e.requesterRole, common.Role)
  enumValue(ctx, "purpose", e.purpose, common.Purpose)
  list(ctx, "categories", e.categories, 0, MAX_CATEGORIES, fhirType)
  uint(ctx, "decisionHeight", e.decisionHeight, 1)
  optionalHash(ctx, "bundleHash", e.bundleHash)
  if (e.outcome === tx.AccessOutcome.ACCESS_OUTCOME_DENIED && (e.bundleHash?.length ?? 0) !== 0) fail(ctx, "bundleHash", "expected empty when denied")
  orgId(ctx, "holderOrg", e.holderOrg)
  const breakGlass = e.outcome === tx.AccessOutcome.ACCESS_OUTCOME_BREAK_GLASS
  reason(ctx, "breakGlassReason", e.breakGlassReason, breakGlass)
  if (!breakGlass && (e.breakGlassReason ?? "") !== "") fail(ctx, "breakGlassReason", "expected empty unless outcome is BREAK_GLASS")
  list(ctx, "consentIds", e.consentIds, 0, MAX_CONSENT_IDS, hash)
  uint(ctx, "decidedAt", e.decidedAt, 1)
}

export function validateFeatureSpec(f: medmesh.tx.v1.FeatureSpec.$Properties, ctx: Ctx): void {
  text(ctx, "source", f.source, MAX_SPEC_CHARS, true)
  name(ctx, "name", f.name, true)
}

/**
 * A DP job (epsilonBudget > 0) declares one public [lo, hi] per feature (finite, lo < hi) and a
 * statistics noise multiplier > 0 (docs/privacy-accounting.md "Feature statistics"); a non-DP
 * job declares neither. The privacy unit is a known PrivacyUnit, SITE (0, absent) in a non-DP job.
 */
function validateDpFeatureParams(p: medmesh.tx.v1.PrivacyParams.$Properties, dp: boolean, features: number, ctx: Ctx): void {
  list(ctx, "featureBounds", p.featureBounds, 0, MAX_FEATURES, (c, f, b) => {
    const bc = at(c, f)
    const bound = present(c, f, b)
    finite(bc, "lo", bound.lo, -Number.MAX_VALUE, Number.MAX_VALUE)
    finite(bc, "hi", bound.hi, -Number.MAX_VALUE, Number.MAX_VALUE)
    if (!((bound.lo ?? 0) < (bound.hi ?? 0))) fail(bc, "hi", "expected lo < hi")
  })
  finite(ctx, "statsNoiseMultiplier", p.statsNoiseMultiplier, 0, 1e6)
  const bounds = p.featureBounds?.length ?? 0
  if (dp) {
    if (bounds !== features) fail(ctx, "featureBounds", `a DP job needs one {lo, hi} per feature (${features}), got ${bounds}`)
    if (!((p.statsNoiseMultiplier ?? 0) > 0)) fail(ctx, "statsNoiseMultiplier", "a DP job needs a statistics noise multiplier > 0")
  } else {
    if (bounds !== 0) fail(ctx, "featureBounds", "only a DP job (epsilonBudget > 0) declares feature bounds")
    if ((p.statsNoiseMultiplier ?? 0) !== 0) fail(ctx, "statsNoiseMultiplier", "only a DP job (epsilonBudget > 0) releases statistics under DP")
  }
  enumValue(ctx, "unit", p.unit, tx.PrivacyUnit, true)
  if (!dp && (p.unit ?? 0) !== tx.PrivacyUnit.PRIVACY_UNIT_SITE) fail(ctx, "unit", "only a DP job (epsilonBudget > 0) declares a privacy unit")
}

export function validateTrainingJob(j: medmesh.tx.v1.TrainingJob.$Properties, ctx: Ctx): void {
  name(ctx, "title", j.title, true)
  validateCredential(present(ctx, "researcher", j.researcher), at(ctx, "researcher"))
  list(ctx, "features", j.features, 1, MAX_FEATURES, (c, f, s) => validateFeatureSpec(present(c, f, s), at(c, f)))
  validateFeatureSpec(present(ctx, "label", j.label), at(ctx, "label"))
  text(ctx, "labelPositive", j.labelPositive, MAX_SPEC_CHARS)
  text(ctx, "model", j.model, MAX_SPEC_CHARS, true)
  uint(ctx, "rounds", j.rounds, 1, MAX_FL_ROUNDS)
  uint(ctx, "localEpochs", j.localEpochs, 0, 10_000)
  uint(ctx, "batchSize", j.batchSize, 0, 1 << 24)
  finite(ctx, "learningRate", j.learningRate, 0, 1e6)
  token(ctx, "strategy", j.strategy, LOWER_TOKEN_PATTERN, "a strategy name", true)
  finite(ctx, "proximalMu", j.proximalMu, 0, 1e6)
  if (j.privacy != null) {
    const p = at(ctx, "privacy")
    finite(p, "clipNorm", j.privacy.clipNorm, 0, 1e12)
    finite(p, "noiseMultiplier", j.privacy.noiseMultiplier, 0, 1e6)
    finite(p, "delta", j.privacy.delta, 0, 1)
    if ((j.privacy.delta ?? 0) >= 1) fail(p, "delta", "expected < 1")
    finite(p, "epsilonBudget", j.privacy.epsilonBudget, 0, 1e6)
    finite(p, "sampleRate", j.privacy.sampleRate, 0, 1)
    validateDpFeatureParams(j.privacy, (j.privacy.epsilonBudget ?? 0) > 0, j.features?.length ?? 0, p)
  }
  uint(ctx, "minParticipants", j.minParticipants, 0, MAX_MEMBERS)
  uint(ctx, "roundDeadlineMs", j.roundDeadlineMs)
  token(ctx, "aggregation", j.aggregation, LOWER_TOKEN_PATTERN, "an aggregation mode name", true)
  name(ctx, "table", j.table)
  uint(ctx, "seed", j.seed)
}

/** One validator per oneof member of TxEnvelope.body. */
const bodies: { [K in BodyName]: (body: NonNullable<Envelope[K]>, ctx: Ctx) => void } = {
  memberPropose: (b, ctx) => {
    validateMember(present(ctx, "member", b.member), at(ctx, "member"))
    uint(ctx, "effectiveHeight", b.effectiveHeight)
  },
  memberVote: (b, ctx) => {
    hash(ctx, "proposalTx", b.proposalTx)
    bool(ctx, "approve", b.approve)
  },
  memberRemove: (b, ctx) => {
    orgId(ctx, "org", b.org)
    reason(ctx, "reason", b.reason)
    uint(ctx, "effectiveHeight", b.effectiveHeight)
  },
  memberRotateKey: (b, ctx) => {
    orgId(ctx, "org", b.org)
    ed25519Key(ctx, "newNodeKey", b.newNodeKey)
    peerId(ctx, "newPeerId", b.newPeerId)
    uint(ctx, "effectiveHeight", b.effectiveHeight)
  },
  paramsChange: (b, ctx) => {
    validateConsortiumParams(present(ctx, "params", b.params), at(ctx, "params"))
    uint(ctx, "effectiveHeight", b.effectiveHeight)
  },
  credentialRevoke: (b, ctx) => {
    hash(ctx, "credentialHash", b.credentialHash)
    reason(ctx, "reason", b.reason)
  },
  patientLink: (b, ctx) => {
    validatePatientLinkStatement(present(ctx, "statement", b.statement), at(ctx, "statement"))
    signature(ctx, "patientSignature", b.patientSignature)
    if (b.patientWebauthn != null) validateWebAuthnAssertion(b.patientWebauthn, at(ctx, "patientWebauthn"))
  },
  consentGrant: (b, ctx) => validateConsent(present(ctx, "consent", b.consent), at(ctx, "consent")),
  consentRevoke: (b, ctx) => {
    hash(ctx, "consentId", b.consentId)
    hash(ctx, "pseudonym", b.pseudonym)
  },
  accessEvent: (b, ctx) => validateAccessEvent(b, ctx),
  provenanceNote: (b, ctx) => {
    bytesInRange(ctx, "subject", b.subject, 1, MAX_REFERENCE_BYTES)
    token(ctx, "kind", b.kind, LOWER_TOKEN_PATTERN, "a kind (a-z, 0-9, _.:-)")
    text(ctx, "note", b.note, MAX_NOTE_CHARS)
    list(ctx, "references", b.references, 0, MAX_REFERENCES, (c, f, r) => bytesInRange(c, f, r, 1, MAX_REFERENCE_BYTES))
  },
  trainingJobPropose: (b, ctx) => validateTrainingJob(present(ctx, "job", b.job), at(ctx, "job")),
  trainingJobApprove: (b, ctx) => {
    hash(ctx, "jobId", b.jobId)
    bool(ctx, "approve", b.approve)
    reason(ctx, "reason", b.reason)
    uint(ctx, "consentingPatients", b.consentingPatients)
    optionalHash(ctx, "consentSnapshotHash", b.consentSnapshotHash)
    bytesInRange(ctx, "maskKey", b.maskKey, 0, MAX_HE_PUBLIC_KEY_BYTES)
  },
  trainingRoster: (b, ctx) => {
    hash(ctx, "jobId", b.jobId)
    flRound(ctx, "round", b.round)
    flAttempt(ctx, "attempt", b.attempt)
    orgList(ctx, "orgs", b.orgs, 1)
    list(ctx, "maskKeys", b.maskKeys, 0, MAX_MEMBERS, (c, f, k) => bytesOfLength(c, f, k, X25519_KEY_BYTES))
    const keys = b.maskKeys?.length ?? 0
    if (keys !== 0 && keys !== (b.orgs?.length ?? 0)) fail(ctx, "maskKeys", "expected none or one per org")
    orgId(ctx, "aggregatorOrg", b.aggregatorOrg)
    optionalHash(ctx, "hePublicKeyHash", b.hePublicKeyHash)
    uint(ctx, "deadline", b.deadline)
  },
  trainingRound: (b, ctx) => {
    hash(ctx, "jobId", b.jobId)
    flRound(ctx, "round", b.round)
    flAttempt(ctx, "attempt", b.attempt)
    orgList(ctx, "orgs", b.orgs, 1)
    const n = b.orgs?.length ?? 0
    list(ctx, "updateHashes", b.updateHashes, n, n, hash)
    list(ctx, "exampleCounts", b.exampleCounts, n, n, (c, f, v) => uint(c, f, v))
    hash(ctx, "aggregateHash", b.aggregateHash)
    finite(ctx, "epsilonSpent", b.epsilonSpent, 0, 1e6)
    hash(ctx, "globalModelHash", b.globalModelHash)
  },
  trainingComplete: (b, ctx) => {
    hash(ctx, "jobId", b.jobId)
    hash(ctx, "modelHash", b.modelHash)
    uint(ctx, "rounds", b.rounds, 0, MAX_FL_ROUNDS)
    finite(ctx, "epsilonSpent", b.epsilonSpent, 0, 1e6)
  },
  duplicateVoteEvidence: (b, ctx) => {
    const a = present(ctx, "voteA", b.voteA)
    const v = present(ctx, "voteB", b.voteB)
    validateVote(a, at(ctx, "voteA"))
    validateVote(v, at(ctx, "voteB"))
    if (a.height !== v.height || (a.round ?? 0) !== (v.round ?? 0) || a.type !== v.type) fail(ctx, "voteB", "expected the same height, round and type as voteA")
    if (a.validatorIndex !== v.validatorIndex || Buffer.compare(a.validator as Uint8Array, v.validator as Uint8Array) !== 0) fail(ctx, "voteB", "expected the same validator as voteA")
    if (Buffer.compare(a.blockHash ?? new Uint8Array(0), v.blockHash ?? new Uint8Array(0)) === 0) fail(ctx, "voteB.blockHash", "expected a different block than voteA")
  },
}

export const TX_BODY_NAMES = Object.keys(bodies) as BodyName[]

export function validateTxEnvelope(e: medmesh.tx.v1.TxEnvelope.$Properties, ctx: Ctx = rootCtx("TxEnvelope")): void {
  validatePublicKey(present(ctx, "signer", e.signer), at(ctx, "signer"))
  uint(ctx, "nonce", e.nonce, 1)
  uint(ctx, "expiryHeight", e.expiryHeight)
  const set = TX_BODY_NAMES.filter((k) => e[k] != null)
  if (set.length === 0) fail(ctx, "body", "required (no body)")
  if (set.length > 1) fail(ctx, "body", "expected exactly one body")
  const k = set[0]
  ;(bodies[k] as (b: unknown, ctx: Ctx) => void)(e[k], at(ctx, k))
  if (e.webauthn != null) {
    if (e.signer?.type !== common.KeyType.KEY_TYPE_P256) fail(ctx, "webauthn", "a passkey assertion needs a P-256 signer")
    validateWebAuthnAssertion(e.webauthn, at(ctx, "webauthn"))
  }
  signature(ctx, "signature", e.signature)
}

