/**
 * Patients on the node: enrolment (a PatientLink tx linking a local record to the patient's
 * pseudonym, signed by the patient's key — held by the hospital when custodial), consents
 * (ConsentGrant / ConsentRevoke txs signed by the patient key), and the patient's audit trail
 * with inclusion proofs. See docs/record-exchange.md.
 */
import { randomBytes } from "node:crypto"
import { fromHex, toHex, utf8 } from "../../common/bytes.ts"
import { hkdfSha256 } from "../../common/crypto/hkdf.ts"
import { sha256 } from "../../common/crypto/hash.ts"
import { signWith, verifySigned } from "../../common/crypto/keys.ts"
import { MedmeshError } from "../../common/errors.ts"
import { decodeTxEnvelope, encodeTxEnvelope } from "../../protocol/wire/codec.ts"
import { txSignBytes } from "../../protocol/wire/signBytes.ts"
import { common, tx } from "../../protocol/wire/types.ts"
import type { medmesh } from "../../protocol/wire/types.ts"
import { generatePersonKey, type PersonKey } from "../credentials/keyFile.ts"
import { localRecordCommitment, patientLinkSignBytes, pseudonymOf } from "../identity/patient.ts"
import type { NodeKey } from "../identity/nodeKey.ts"
import { purposeName, purposeOfName, roleName, roleOfName } from "../records/requestHandlerMapping.ts"
import type { TxBody, TxSigner } from "../records/requestHandler.ts"
import type { RecordStore } from "../records/store.ts"
import { Bucket } from "../storage/buckets.ts"
import type { Db } from "../storage/db.ts"
import { loadCustodialKey, saveCustodialKey } from "./custodial.ts"

export { loadCustodialKey, saveCustodialKey } from "./custodial.ts"

export type PatientErrorType =
  | { code: "PATIENT_NOT_FOUND" }
  | { code: "PATIENT_ALREADY_ENROLLED" }
  | { code: "PATIENT_NOT_ENROLLED" }
  | { code: "PATIENT_SIGNATURE_INVALID" }
  | { code: "PATIENT_KEY_NOT_HELD" }
  | { code: "CONSENT_INVALID"; field: string }
  | { code: "TX_NOT_COMMITTED"; reason: string }
export class PatientError extends MedmeshError<PatientErrorType> {}

/** The ledger operations patients need (node/ledger's Ledger, adapted). */
export interface PatientLedger {
  submitTx(txBytes: Uint8Array): Promise<void>
  waitForCommit(txHash: Uint8Array, opts: { signal?: AbortSignal }): Promise<{ height: number }>
}

export type PatientDeps = {
  chainId: string
  org: string
  db: Db
  store: RecordStore
  nodeKey: NodeKey
  signer: TxSigner
  ledger: PatientLedger
  /** called once a link is committed (publishes the record locator) */
  onLinked?: (pseudonym: Uint8Array) => Promise<void>
  commitTimeoutMs?: number
}

export type LocalLink = { patientId: string; pseudonym: string; custodial: boolean; keyType: number; txHash: string; height: number; linkedAt: number }

const COMMITMENT_SALT_INFO = "medmesh/local-record-salt/v1"

/** Deterministic per patient and secret to the hospital: prepare and enrol agree without state. */
function commitmentSalt(nodeKey: NodeKey, patientId: string): Uint8Array {
  return hkdfSha256(nodeKey.secretKey, utf8.encode(patientId), COMMITMENT_SALT_INFO, 16)
}

export async function commitTx(ledger: PatientLedger, txBytes: Uint8Array, timeoutMs = 30_000): Promise<{ txHash: string; height: number }> {
  const hash = sha256(txBytes)
  try {
    await ledger.submitTx(txBytes)
    const { height } = await ledger.waitForCommit(hash, { signal: AbortSignal.timeout(timeoutMs) })
    return { txHash: toHex(hash), height }
  } catch (err) {
    const reason = err instanceof MedmeshError ? err.type.code : err instanceof Error ? err.message : String(err)
    throw new PatientError({ code: "TX_NOT_COMMITTED", reason }, `tx not committed: ${reason}`)
  }
}

/** A tx signed by a person's key (patient), with a wall-clock µs nonce (nonces need only increase). */
let lastPersonNonce = 0
export function signPersonTx(chainId: string, key: PersonKey, body: TxBody): Uint8Array {
  lastPersonNonce = Math.max(lastPersonNonce + 1, Date.now() * 1000)
  const unsigned = { ...body, signer: { type: key.keyType, key: key.publicKey }, nonce: lastPersonNonce, expiryHeight: 0 }
  return encodeTxEnvelope({ ...unsigned, signature: signWith(key.keyType, key.secretKey, txSignBytes(chainId, unsigned)) })
}

export async function loadLocalLink(db: Db, patientId: string): Promise<LocalLink | undefined> {
  const v = await db.get(Bucket.patientLink, utf8.encode(patientId))
  return v === undefined ? undefined : (JSON.parse(utf8.decode(v)) as LocalLink)
}

export async function patientIdOfPseudonym(db: Db, pseudonym: Uint8Array): Promise<string | undefined> {
  const v = await db.get(Bucket.pseudonymToPatient, pseudonym)
  return v === undefined ? undefined : utf8.decode(v)
}

/** Every pseudonym this hospital linked (locators are published for these). */
export async function* linkedPseudonyms(db: Db): AsyncGenerator<Uint8Array> {
  for await (const [key] of db.entries(Bucket.pseudonymToPatient)) yield key
}

/** The statement a patient's device signs to link `patientId` (non-custodial enrolment, step 1). */
export async function prepareEnrolment(deps: PatientDeps, patientId: string, patientKey: medmesh.common.v1.IPublicKey, custodial: boolean, issuedAt: number): Promise<{ statement: medmesh.tx.v1.IPatientLinkStatement; signBytes: Uint8Array }> {
  if ((await deps.store.loadResource("Patient", patientId)) === undefined) throw new PatientError({ code: "PATIENT_NOT_FOUND" }, "no Patient with this id in the record store")
  if ((await loadLocalLink(deps.db, patientId)) !== undefined) throw new PatientError({ code: "PATIENT_ALREADY_ENROLLED" }, "this patient is already enrolled")
  const statement: medmesh.tx.v1.IPatientLinkStatement = {
    pseudonym: pseudonymOf(deps.chainId, patientKey),
    patientKey,
    org: deps.org,
    localRecordCommitment: localRecordCommitment(commitmentSalt(deps.nodeKey, patientId), patientId),
    custodial,
    issuedAt,
  }
  return { statement, signBytes: patientLinkSignBytes(deps.chainId, statement) }
}

export type EnrolInput =
  | { patientId: string; custodial: true; keyType?: "ed25519" | "p256"; key?: PersonKey }
  | { patientId: string; custodial: false; patientKey: medmesh.common.v1.IPublicKey; issuedAt: number; signature: Uint8Array }

export type Enrolment = { patientId: string; pseudonym: string; custodial: boolean; keyType: "ed25519" | "p256"; txHash: string; height: number }

/** Links a local patient to a pseudonym on the ledger (PatientLink tx), then publishes its locator. */
export async function enrolPatient(deps: PatientDeps, input: EnrolInput, now: number = Date.now()): Promise<Enrolment> {
  let statement: medmesh.tx.v1.IPatientLinkStatement
  let signature: Uint8Array
  let custodialKey: PersonKey | undefined
  if (input.custodial) {
    custodialKey = input.key ?? generatePersonKey(input.keyType ?? "ed25519")
    const prepared = await prepareEnrolment(deps, input.patientId, { type: custodialKey.keyType, key: custodialKey.publicKey }, true, now)
    statement = prepared.statement
    signature = signWith(custodialKey.keyType, custodialKey.secretKey, prepared.signBytes)
  } else {
    const prepared = await prepareEnrolment(deps, input.patientId, input.patientKey, false, input.issuedAt)
    statement = prepared.statement
    if (!verifySigned(input.patientKey, prepared.signBytes, input.signature)) throw new PatientError({ code: "PATIENT_SIGNATURE_INVALID" }, "the patient's signature over the link statement does not verify")
    signature = input.signature
  }
  const pseudonym = statement.pseudonym as Uint8Array
  // the custodial key is stored before the link commits: a link without its key would lock the patient out
  if (custodialKey !== undefined) await saveCustodialKey(deps.db, deps.nodeKey, pseudonym, custodialKey)
  const committed = await commitTx(deps.ledger, deps.signer.signTx({ patientLink: { statement, patientSignature: signature } }), deps.commitTimeoutMs)
  const keyType = statement.patientKey?.type ?? common.KeyType.KEY_TYPE_ED25519
  const link: LocalLink = { patientId: input.patientId, pseudonym: toHex(pseudonym), custodial: input.custodial, keyType, txHash: committed.txHash, height: committed.height, linkedAt: now }
  await deps.db.batch(
    [
      { type: "put", bucket: Bucket.patientLink, key: utf8.encode(input.patientId), value: utf8.encode(JSON.stringify(link)) },
      { type: "put", bucket: Bucket.pseudonymToPatient, key: pseudonym, value: utf8.encode(input.patientId) },
    ],
    { sync: true },
  )
  await deps.onLinked?.(pseudonym)
  return { patientId: input.patientId, pseudonym: link.pseudonym, custodial: input.custodial, keyType: keyType === common.KeyType.KEY_TYPE_P256 ? "p256" : "ed25519", txHash: committed.txHash, height: committed.height }
}

// ---- consents ----

/** A consent as the CLI and HTTP API write it; absent fields mean "any". */
export type ConsentInput = {
  decision: "permit" | "deny"
  org?: string
  department?: string
  role?: string
  /** clinician subject key, hex */
  clinician?: string
  country?: string
  resourceTypes?: string[]
  securityLabels?: string[]
  purposes?: string[]
  /** ms since epoch, or ISO 8601 */
  start?: number | string
  end?: number | string
}

function timeOf(field: string, v: number | string | undefined): number {
  if (v === undefined) return 0
  const t = typeof v === "number" ? v : Date.parse(v)
  if (!Number.isSafeInteger(t) || t < 0) throw new PatientError({ code: "CONSENT_INVALID", field }, `consent.${field}: not a time (ms since epoch or ISO 8601)`)
  return t
}

export function buildConsent(pseudonym: Uint8Array, input: ConsentInput): medmesh.tx.v1.IConsent {
  const bad = (field: string, why: string): PatientError => new PatientError({ code: "CONSENT_INVALID", field }, `consent.${field}: ${why}`)
  if (input.decision !== "permit" && input.decision !== "deny") throw bad("decision", 'expected "permit" or "deny"')
  let role = common.Role.ROLE_UNSPECIFIED
  if (input.role !== undefined && input.role !== "") {
    try {
      role = roleOfName(input.role)
    } catch (err) {
      throw bad("role", (err as Error).message)
    }
  }
  const purposes = (input.purposes ?? []).map((p) => {
    try {
      return purposeOfName(p)
    } catch (err) {
      throw bad("purposes", (err as Error).message)
    }
  })
  const clinician = input.clinician !== undefined && input.clinician !== "" ? fromHex("clinician", input.clinician) : new Uint8Array(0)
  if (input.country !== undefined && input.country !== "" && !/^[A-Z]{2}$/.test(input.country)) throw bad("country", "ISO 3166-1 alpha-2, e.g. DE")
  const start = timeOf("start", input.start)
  const end = timeOf("end", input.end)
  if (end !== 0 && end < start) throw bad("end", "before start")
  return {
    pseudonym,
    decision: input.decision === "permit" ? tx.Decision.DECISION_PERMIT : tx.Decision.DECISION_DENY,
    actor: { org: input.org ?? "", department: input.department ?? "", role, clinician, country: input.country ?? "" },
    data: { resourceTypes: input.resourceTypes ?? [], securityLabels: input.securityLabels ?? [] },
    purposes,
    period: { start, end },
    consentNonce: new Uint8Array(randomBytes(16)),
  }
}

/** The patient key to sign with: the supplied one, or the custodial key this hospital holds. */
async function patientKeyFor(deps: PatientDeps, pseudonym: Uint8Array, key: PersonKey | undefined): Promise<PersonKey> {
  if (key !== undefined) return key
  const held = await loadCustodialKey(deps.db, deps.nodeKey, pseudonym)
  if (held === undefined) throw new PatientError({ code: "PATIENT_KEY_NOT_HELD" }, "this hospital holds no custodial key for the patient: sign with the patient's key file")
  return held
}

export async function grantConsent(deps: PatientDeps, pseudonym: Uint8Array, input: ConsentInput, key?: PersonKey): Promise<{ consentId: string; height: number }> {
  const signer = await patientKeyFor(deps, pseudonym, key)
  const c = await commitTx(deps.ledger, signPersonTx(deps.chainId, signer, { consentGrant: { consent: buildConsent(pseudonym, input) } }), deps.commitTimeoutMs)
  return { consentId: c.txHash, height: c.height }
}

export async function revokeConsent(deps: PatientDeps, pseudonym: Uint8Array, consentId: string, key?: PersonKey): Promise<{ txHash: string; height: number }> {
  const signer = await patientKeyFor(deps, pseudonym, key)
  return commitTx(deps.ledger, signPersonTx(deps.chainId, signer, { consentRevoke: { consentId: fromHex("consentId", consentId, 32), pseudonym } }), deps.commitTimeoutMs)
}

/** A committed consent, for `consent list` and the audit trail. */
export type ConsentView = {
  consentId: string
  decision: "permit" | "deny"
  actor: { org?: string; department?: string; role?: string; clinician?: string; country?: string }
  resourceTypes: string[]
  securityLabels: string[]
  purposes: string[]
  period: { start?: string; end?: string }
  grantedAtHeight: number
  revokedAtHeight: number | null
  custodial: boolean
}

export function consentView(rec: { consentId: string; height: number; revokedHeight: number; custodial: boolean; decoded: medmesh.tx.v1.IConsent }): ConsentView {
  const c = rec.decoded
  const a = c.actor ?? {}
  const iso = (t: number | null | undefined): string | undefined => (t !== null && t !== undefined && t !== 0 ? new Date(t).toISOString() : undefined)
  return {
    consentId: rec.consentId,
    decision: c.decision === tx.Decision.DECISION_PERMIT ? "permit" : "deny",
    actor: {
      ...(a.org ? { org: a.org } : {}),
      ...(a.department ? { department: a.department } : {}),
      ...((a.role ?? 0) !== 0 ? { role: roleName(a.role) } : {}),
      ...((a.clinician?.length ?? 0) > 0 ? { clinician: toHex(a.clinician as Uint8Array) } : {}),
      ...(a.country ? { country: a.country } : {}),
    },
    resourceTypes: [...(c.data?.resourceTypes ?? [])],
    securityLabels: [...(c.data?.securityLabels ?? [])],
    purposes: (c.purposes ?? []).map((p) => purposeName(p) ?? "unspecified"),
    period: { ...(iso(c.period?.start) ? { start: iso(c.period?.start) } : {}), ...(iso(c.period?.end) ? { end: iso(c.period?.end) } : {}) },
    grantedAtHeight: rec.height,
    revokedAtHeight: rec.revokedHeight > 0 ? rec.revokedHeight : null,
    custodial: rec.custodial,
  }
}

// ---- audit ----

/** One access to the patient's record as the ledger holds it, with its inclusion proof (JSON, hex). */
export type AuditEntry = {
  txHash: string
  height: number
  blockTime: string
  who: { org: string; role: string; key: string }
  where: { country: string; holder: string }
  why: { purpose: string; breakGlassReason: string | null }
  what: { categories: string[]; bundleHash: string | null }
  when: string
  decision: "granted" | "denied" | "break-glass"
  reason: string
  breakGlass: boolean
  decisionHeight: number
  consentIds: string[]
}

const OUTCOMES: Record<number, AuditEntry["decision"]> = {
  [tx.AccessOutcome.ACCESS_OUTCOME_GRANTED]: "granted",
  [tx.AccessOutcome.ACCESS_OUTCOME_DENIED]: "denied",
  [tx.AccessOutcome.ACCESS_OUTCOME_BREAK_GLASS]: "break-glass",
}

/** The audit entry a committed AccessEvent tx says (derived from the tx bytes, so a proof covers it). */
export function auditEntryOfTx(txBytes: Uint8Array, height: number, blockTime: number): AuditEntry {
  const env = decodeTxEnvelope(txBytes)
  const e = env.accessEvent
  if (e === null || e === undefined) throw new PatientError({ code: "TX_NOT_COMMITTED", reason: "not an access event" }, "tx is not an access event")
  const bundleHash = e.bundleHash ?? new Uint8Array(0)
  return {
    txHash: toHex(sha256(txBytes)),
    height,
    blockTime: new Date(blockTime).toISOString(),
    who: { org: e.requesterOrg ?? "", role: roleName(e.requesterRole), key: toHex(e.requesterKey ?? new Uint8Array(0)) },
    where: { country: e.requesterCountry ?? "", holder: e.holderOrg ?? "" },
    why: { purpose: purposeName(e.purpose) ?? "unspecified", breakGlassReason: e.breakGlassReason ? e.breakGlassReason : null },
    what: { categories: [...(e.categories ?? [])], bundleHash: bundleHash.length > 0 ? toHex(bundleHash) : null },
    when: new Date(e.decidedAt ?? 0).toISOString(),
    decision: OUTCOMES[e.outcome ?? 0] ?? "denied",
    reason: e.reason ?? "",
    breakGlass: e.outcome === tx.AccessOutcome.ACCESS_OUTCOME_BREAK_GLASS,
    decisionHeight: e.decisionHeight ?? 0,
    consentIds: (e.consentIds ?? []).map(toHex),
  }
}
