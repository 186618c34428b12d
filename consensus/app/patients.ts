/**
 * Credentials, patients, consent and access: the entries a patient's audit trail is built from.
 */
import { equalBytes, toHex } from "../../common/bytes.ts"
import { tx } from "../../protocol/wire/types.ts"
import { signBytes } from "../../protocol/wire/signBytes.ts"
import type { medmesh } from "../../protocol/wire/types.ts"
import { requireBytes, requireField, requireMember, requireString, type ExecContext } from "./context.ts"
import { TxError } from "./errors.ts"
import { approvalQuorum } from "./governance.ts"
import {
  Keys,
  memberOrgs,
  readParams,
  readJson,
  writeJson,
  type AccessEventRecord,
  type ConsentRecord,
  type LinkRecord,
  type PatientRecord,
  type ProvenanceRecord,
  type RevocationRecord,
} from "./state.ts"
import { KEY_TYPE_P256, pseudonymOf, verifyKeySignature } from "./tx.ts"
import { WebAuthnError, checkWebAuthnPolicy, parseWebAuthnAssertion, verifyWebAuthnAssertion, type WebAuthnAssertionLike, type WebAuthnPolicy } from "../../common/crypto/webauthn.ts"

const DECISION_PERMIT = 1
const DECISION_DENY = 2
const OUTCOME_BREAK_GLASS = 3

type Signable = { signature?: Uint8Array | null }
type SignableCodec = { encode(message: Signable): { finish(): Uint8Array } }

/** Bytes the patient signs for a PatientLinkStatement (domain "medmesh/patient-link/v1"). */
export function patientLinkSignBytes(chainId: string, statement: medmesh.tx.v1.IPatientLinkStatement): Uint8Array {
  return signBytes("patientLink", chainId, tx.PatientLinkStatement as unknown as SignableCodec, statement as Signable)
}

/**
 * Revocation by the issuing member is decided where the credential is checked (the verifier knows
 * the issuer; the tx carries only the credential hash): every revoking member is recorded, and
 * once ≥ 2/3 of the current members have revoked, the credential is revoked for everyone.
 */
export function applyCredentialRevoke(ctx: ExecContext): void {
  const org = requireMember(ctx)
  const body = requireField(ctx.tx.envelope.credentialRevoke, "credentialRevoke")
  const hash = toHex(requireBytes(body.credentialHash, "credentialHash", 32))
  const reason = requireString(body.reason, "reason", 1000, true)
  const key = Keys.revocation(hash)
  const rec = readJson<RevocationRecord>(ctx.state, key) ?? { credentialHash: hash, revokers: [], reasons: [], firstHeight: ctx.height, consortiumHeight: 0 }
  if (rec.revokers.includes(org)) throw new TxError("ALREADY_REVOKED", "this member already revoked the credential")
  rec.revokers.push(org)
  rec.reasons.push(reason)
  if (rec.consortiumHeight === 0) {
    const members = memberOrgs(ctx.state)
    const current = new Set(members)
    if (approvalQuorum(rec.revokers.filter((o) => current.has(o)).length, members.length)) rec.consortiumHeight = ctx.height
  }
  writeJson(ctx.state, key, rec)
}

/** True if revoked by `issuerOrg` or by ≥ 2/3 of the members. */
export function isRevoked(rec: RevocationRecord | undefined, issuerOrg: string | undefined): boolean {
  if (rec === undefined) return false
  return rec.consortiumHeight > 0 || (issuerOrg !== undefined && rec.revokers.includes(issuerOrg))
}

export function applyPatientLink(ctx: ExecContext): void {
  const org = requireMember(ctx)
  const body = requireField(ctx.tx.envelope.patientLink, "patientLink")
  const statement = requireField(body.statement, "statement")
  if ((statement.org ?? "") !== org) throw new TxError("NOT_AUTHORISED", "statement.org is not the signing member", "statement.org")
  const patientKey = requireField(statement.patientKey, "statement.patientKey")
  const key = { type: patientKey.type ?? 0, key: patientKey.key ?? new Uint8Array(0) }
  const pseudonym = requireBytes(statement.pseudonym, "statement.pseudonym", 32)
  if (!equalBytes(pseudonym, pseudonymOf(ctx.chainId, key))) throw new TxError("PSEUDONYM_MISMATCH", "pseudonym is not derived from the patient key")
  requireBytes(statement.localRecordCommitment, "statement.localRecordCommitment", 32)
  const signature = body.patientSignature ?? new Uint8Array(0)
  if (body.patientWebauthn != null) {
    if (key.type !== KEY_TYPE_P256) throw new TxError("PATIENT_SIGNATURE_INVALID", "a passkey assertion needs a P-256 patient key", "patientWebauthn")
    try {
      verifyWebAuthnAssertion(key.key, patientLinkSignBytes(ctx.chainId, statement), body.patientWebauthn, signature, webauthnPolicy(ctx))
    } catch (err) {
      if (err instanceof WebAuthnError) throw new TxError("PATIENT_SIGNATURE_INVALID", `patient passkey signature over the link statement: ${err.message}`, "patientWebauthn")
      throw err
    }
  } else if (!verifyKeySignature(key, patientLinkSignBytes(ctx.chainId, statement), signature)) {
    throw new TxError("PATIENT_SIGNATURE_INVALID", "patient signature over the link statement does not verify")
  }
  const p = toHex(pseudonym)
  if (ctx.state.has(Keys.link(p, org))) throw new TxError("LINK_EXISTS", "this member already linked the pseudonym")
  const custodial = statement.custodial === true
  const link: LinkRecord = {
    org,
    custodial,
    localRecordCommitment: toHex(statement.localRecordCommitment ?? new Uint8Array(0)),
    issuedAt: statement.issuedAt ?? 0,
    height: ctx.height,
    txHash: ctx.tx.hashHex,
  }
  writeJson(ctx.state, Keys.link(p, org), link)
  const patient = readJson<PatientRecord>(ctx.state, Keys.patient(p)) ?? { keyType: key.type, key: toHex(key.key), custodialOrgs: [], orgs: [], firstHeight: ctx.height }
  patient.orgs.push(org)
  if (custodial) patient.custodialOrgs.push(org)
  writeJson(ctx.state, Keys.patient(p), patient)
  ctx.pseudonyms.push(pseudonym)
}

/** The consortium's WebAuthn relying party, from the params in force. */
function webauthnPolicy(ctx: ExecContext): WebAuthnPolicy | undefined {
  const p = readParams(ctx.state)
  return p.webauthnRpId ? { rpId: p.webauthnRpId, origins: p.webauthnOrigins ?? [] } : undefined
}

/**
 * The stateful half of a passkey-signed envelope's check (the signature, challenge and flags were
 * checked by the TxVerifier): its rpIdHash and origin against the params in force at this height.
 */
export function requireEnvelopeWebAuthnPolicy(ctx: ExecContext, assertion: WebAuthnAssertionLike): void {
  try {
    checkWebAuthnPolicy(parseWebAuthnAssertion(assertion), webauthnPolicy(ctx))
  } catch (err) {
    if (err instanceof WebAuthnError) throw new TxError("TX_INVALID_SIGNATURE", `passkey assertion: ${err.message}`, "webauthn")
    throw err
  }
}

/** The pseudonym of the envelope signer, which must be a linked patient. */
function requirePatientSigner(ctx: ExecContext, claimed: Uint8Array | null | undefined): { p: string; pseudonym: Uint8Array; patient: PatientRecord } {
  const pseudonym = pseudonymOf(ctx.chainId, ctx.tx.signer)
  if (!(claimed instanceof Uint8Array) || !equalBytes(claimed, pseudonym)) throw new TxError("PSEUDONYM_MISMATCH", "signer is not the patient of this pseudonym")
  const p = toHex(pseudonym)
  const patient = readJson<PatientRecord>(ctx.state, Keys.patient(p))
  if (patient === undefined) throw new TxError("PATIENT_NOT_LINKED", "no member has linked this patient")
  return { p, pseudonym, patient }
}

export function applyConsentGrant(ctx: ExecContext): void {
  const body = requireField(ctx.tx.envelope.consentGrant, "consentGrant")
  const consent = requireField(body.consent, "consent")
  const { p, pseudonym, patient } = requirePatientSigner(ctx, consent.pseudonym)
  if (consent.decision !== DECISION_PERMIT && consent.decision !== DECISION_DENY) throw new TxError("INVALID_FIELD", "decision must be permit or deny", "consent.decision")
  const start = consent.period?.start ?? 0
  const end = consent.period?.end ?? 0
  if (end !== 0 && end < start) throw new TxError("INVALID_FIELD", "period ends before it starts", "consent.period")
  if ((consent.consentNonce?.length ?? 0) > 32) throw new TxError("INVALID_FIELD", "consent nonce too long", "consent.consentNonce")
  const record: ConsentRecord = {
    consentId: ctx.tx.hashHex,
    height: ctx.height,
    time: ctx.time,
    custodial: patient.custodialOrgs.length > 0,
    revokedHeight: 0,
    revokeTx: "",
    consent: toHex(tx.Consent.encode(consent).finish()),
  }
  writeJson(ctx.state, Keys.consent(p, record.consentId), record)
  ctx.pseudonyms.push(pseudonym)
}

export function applyConsentRevoke(ctx: ExecContext): void {
  const body = requireField(ctx.tx.envelope.consentRevoke, "consentRevoke")
  const { p, pseudonym } = requirePatientSigner(ctx, body.pseudonym)
  const id = toHex(requireBytes(body.consentId, "consentId", 32))
  const key = Keys.consent(p, id)
  const record = readJson<ConsentRecord>(ctx.state, key)
  if (record === undefined) throw new TxError("CONSENT_NOT_FOUND", "no such consent for this patient")
  if (record.revokedHeight !== 0) throw new TxError("ALREADY_REVOKED", "consent already revoked")
  record.revokedHeight = ctx.height
  record.revokeTx = ctx.tx.hashHex
  writeJson(ctx.state, key, record)
  ctx.pseudonyms.push(pseudonym)
}

export function applyAccessEvent(ctx: ExecContext): void {
  const org = requireMember(ctx)
  const event = requireField(ctx.tx.envelope.accessEvent, "accessEvent")
  if ((event.holderOrg ?? "") !== org) throw new TxError("NOT_AUTHORISED", "holderOrg is not the signing member", "holderOrg")
  const request = toHex(requireBytes(event.requestHash, "requestHash", 32))
  const pseudonym = requireBytes(event.pseudonym, "pseudonym", 32)
  const outcome = event.outcome ?? 0
  if (outcome < 1 || outcome > 3) throw new TxError("INVALID_FIELD", "outcome missing", "outcome")
  if (outcome === OUTCOME_BREAK_GLASS) requireString(event.breakGlassReason, "breakGlassReason", 2000)
  if ((event.decisionHeight ?? 0) > ctx.height) throw new TxError("DECISION_HEIGHT_IN_FUTURE", "decision height above the block height")
  const requestKey = Keys.accessRequest(request)
  if (ctx.state.has(requestKey)) throw new TxError("DUPLICATE_ACCESS_EVENT", "an access event for this request is already committed")
  ctx.state.put(requestKey, ctx.tx.hash)
  const record: AccessEventRecord = { txHash: ctx.tx.hashHex, height: ctx.height, index: ctx.index, time: ctx.time, event: toHex(tx.AccessEvent.encode(event).finish()) }
  writeJson(ctx.state, Keys.accessEvent(toHex(pseudonym), ctx.height, ctx.index), record)
  ctx.pseudonyms.push(pseudonym)
}

export function applyProvenanceNote(ctx: ExecContext): void {
  const org = requireMember(ctx)
  const note = requireField(ctx.tx.envelope.provenanceNote, "provenanceNote")
  const subject = requireBytes(note.subject, "subject", undefined, 64)
  const references = note.references ?? []
  if (references.length > 256) throw new TxError("INVALID_FIELD", "too many references", "references")
  const record: ProvenanceRecord = {
    txHash: ctx.tx.hashHex,
    height: ctx.height,
    org,
    kind: requireString(note.kind, "kind", 100),
    note: requireString(note.note, "note", 4000, true),
    references: references.map((r) => toHex(r)),
  }
  writeJson(ctx.state, Keys.provenance(toHex(subject), ctx.tx.hashHex), record)
}
