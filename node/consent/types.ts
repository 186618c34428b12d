/**
 * Domain types of consent evaluation, shaped after FHIR R4 Consent (provision.actor, .data/.class
 * as resource types, .securityLabel, .purpose, .period, .type permit|deny). The ledger's wire
 * types map onto these. An absent or empty field means "any". Semantics: docs/consent.md.
 */

export type Purpose = "treatment" | "research" | "emergency"
export const PURPOSES: readonly Purpose[] = ["treatment", "research", "emergency"]

export type ConsentActor = {
  org?: string
  department?: string
  role?: string
  /** the clinician's subject public key, hex */
  clinician?: string
  /** ISO 3166-1 alpha-2 */
  country?: string
}

export type ConsentData = {
  /** FHIR resource types this consent covers */
  resourceTypes?: readonly string[]
  /** covers only resources carrying at least one of these `meta.security` codes */
  securityLabels?: readonly string[]
}

export type Consent = {
  /** hex */
  consentId: string
  /** the patient's pseudonym on the ledger, hex */
  pseudonym: string
  decision: "permit" | "deny"
  actor: ConsentActor
  data: ConsentData
  purposes?: readonly Purpose[]
  /** ledger (block) time in ms; both ends inclusive, as FHIR Period */
  period?: { start?: number; end?: number }
  /** height of the block that committed the grant */
  grantedAtHeight: number
  /** height of the block that committed the revocation */
  revokedAtHeight?: number
  /** signed by a key the hospital holds for the patient */
  custodial: boolean
}

/** Who asks: the attributes of a verified clinician credential. */
export type Requester = {
  org: string
  department: string
  role: string
  /** subject public key, hex */
  clinician: string
  country: string
}

export type AccessRequest = {
  pseudonym: string
  requester: Requester
  purpose: Purpose
  /** resource types asked for; empty means the whole record */
  resourceTypes: readonly string[]
  /** the ledger height the decision is taken against, and that block's time (ms) */
  at: { height: number; time: number }
}

/** Any resource type not named in the decision's other rules (only when the whole record was asked for). */
export const ANY_OTHER_TYPE = "*"

/**
 * What may be released of one resource type. A resource of this type carrying labels S is
 * released iff (permit === "all" or S ∩ permit ≠ ∅) and S ∩ denyLabels = ∅.
 */
export type TypeRule = {
  /** a FHIR resource type, or ANY_OTHER_TYPE */
  resourceType: string
  permit: "all" | readonly string[]
  denyLabels: readonly string[]
}

export type DecisionReasonCode =
  | "CONSENT_PERMITS"
  | "CONSENT_DENIES"
  | "CONSENT_REVOKED"
  | "CONSENT_NOT_ACTIVE"
  | "NO_APPLICABLE_CONSENT"
  | "NO_CONSENT"
  | "BREAK_GLASS"

export type ConsentDecision = {
  decision: "permit" | "deny"
  /** the ledger height (and its block time) the decision was taken against; record it with the access event */
  height: number
  time: number
  purpose: Purpose
  /** non-empty rules only; empty iff decision is "deny" */
  permitted: readonly TypeRule[]
  /**
   * resource types of which nothing may be released: of the requested types, or, when the whole
   * record was asked for, of the types the applicable consents name (these never fall under "*")
   */
  withheld: readonly string[]
  /** active consents that apply to this requester, purpose and request, permit and deny, sorted */
  matchedConsentIds: readonly string[]
  /** some applied permit is custodial (signed with a key the hospital holds for the patient) */
  custodial: boolean
  reason: DecisionReasonCode
  /** one line for the audit trail; no patient data */
  detail: string
  /** set only by breakGlassDecision */
  breakGlass?: { reason: string; consentDecision: "permit" | "deny"; consentReason: DecisionReasonCode }
}
