import { ConsentError } from "./errors.ts"
import {
  ANY_OTHER_TYPE,
  PURPOSES,
  type AccessRequest,
  type Consent,
  type ConsentDecision,
  type DecisionReasonCode,
  type TypeRule,
} from "./types.ts"

/** A break-glass reason is free text a clinician types; it goes on the ledger, so it is bounded. */
export const MAX_BREAK_GLASS_REASON_CHARS = 1000

/**
 * A consent is active at ledger height h and block time t iff it was granted at or before h, not
 * revoked at or before h, and t lies in its period (inclusive). Revocation committed at height r
 * is therefore honoured by every decision at height ≥ r.
 */
export function isConsentActive(consent: Consent, height: number, time: number): boolean {
  if (consent.grantedAtHeight > height) return false
  if (consent.revokedAtHeight !== undefined && consent.revokedAtHeight <= height) return false
  const p = consent.period
  if (p?.start !== undefined && time < p.start) return false
  if (p?.end !== undefined && time > p.end) return false
  return true
}

/**
 * Evaluates a request against a patient's consents at a named ledger height. Pure.
 * Deny wins: a resource is released iff some applicable permit covers it and no applicable deny
 * does. No applicable permit means no access. Full semantics: docs/consent.md.
 */
export function evaluateConsent(consents: readonly Consent[], request: AccessRequest): ConsentDecision {
  assertRequest(request)
  const { height, time } = request.at
  const requested = [...new Set(request.resourceTypes)].sort()
  const mine = consents.filter((c) => sameHex(c.pseudonym, request.pseudonym))
  for (const c of mine) assertConsent(c)

  const fits = (c: Consent): boolean => actorMatches(c, request) && purposeMatches(c, request) && typesIntersect(c, requested)
  const applicable = mine.filter((c) => isConsentActive(c, height, time) && fits(c))
  const permits = applicable.filter((c) => c.decision === "permit")
  const denies = applicable.filter((c) => c.decision === "deny")

  // the types to decide on: what was asked for, or every type a consent names plus "any other"
  const universe = requested.length > 0
    ? requested
    : [...new Set(applicable.flatMap((c) => c.data.resourceTypes ?? []))].sort().concat(ANY_OTHER_TYPE)

  const permitted: TypeRule[] = []
  const withheld: string[] = []
  for (const type of universe) {
    const rule = ruleFor(type, permits, denies)
    if (rule !== undefined) permitted.push(rule)
    else if (type !== ANY_OTHER_TYPE) withheld.push(type)
  }

  const usedPermits = permits.filter((c) => permitted.some((r) => covers(c, r.resourceType)))
  const base = {
    height,
    time,
    purpose: request.purpose,
    permitted,
    withheld,
    matchedConsentIds: applicable.map((c) => c.consentId).sort(),
    custodial: usedPermits.some((c) => c.custodial),
  }
  if (permitted.length > 0) {
    const detail = withheld.length === 0 ? `permitted by ${usedPermits.length} consent(s)` : `permitted by ${usedPermits.length} consent(s); withheld: ${withheld.join(", ")}`
    return { ...base, decision: "permit", reason: "CONSENT_PERMITS", detail }
  }
  const [reason, detail] = denialReason(mine, denies, fits, height, time)
  return { ...base, decision: "deny", reason, detail }
}

/**
 * The decision for an asserted emergency: everything requested is released, whatever the
 * consents say, and the decision is flagged so the access event records it as break-glass. The
 * consent evaluation it overrides is kept in `breakGlass` for the patient's audit trail.
 */
export function breakGlassDecision(consents: readonly Consent[], request: AccessRequest, assertion: { reason: string }): ConsentDecision {
  const reason = assertion.reason.trim()
  if (reason.length === 0) throw new ConsentError({ code: "CONSENT_INVALID_BREAK_GLASS", reason: "empty" }, "break-glass needs a reason")
  if (reason.length > MAX_BREAK_GLASS_REASON_CHARS) throw new ConsentError({ code: "CONSENT_INVALID_BREAK_GLASS", reason: "too-long" }, `break-glass reason is longer than ${MAX_BREAK_GLASS_REASON_CHARS} characters`)
  const underlying = evaluateConsent(consents, request)
  const types = [...new Set(request.resourceTypes)].sort()
  const permitted: TypeRule[] = (types.length > 0 ? types : [ANY_OTHER_TYPE]).map((resourceType) => ({ resourceType, permit: "all", denyLabels: [] }))
  return {
    ...underlying,
    decision: "permit",
    permitted,
    withheld: [],
    reason: "BREAK_GLASS",
    detail: `break-glass (consent alone would ${underlying.decision}: ${underlying.reason})`,
    breakGlass: { reason, consentDecision: underlying.decision, consentReason: underlying.reason },
  }
}

/** Whether a resource of `resourceType` carrying `labels` may be released under `decision`. */
export function isResourcePermitted(decision: ConsentDecision, resourceType: string, labels: readonly string[]): boolean {
  if (decision.decision !== "permit") return false
  const rule = decision.permitted.find((r) => r.resourceType === resourceType) ?? decision.permitted.find((r) => r.resourceType === ANY_OTHER_TYPE && !namedInDecision(decision, resourceType))
  if (rule === undefined) return false
  if (labels.some((l) => rule.denyLabels.includes(l))) return false
  return rule.permit === "all" || labels.some((l) => (rule.permit as readonly string[]).includes(l))
}

/** A resource as far as filtering needs it: its type and `meta.security` codes. */
export type LabelledResource = { resourceType: string; meta?: { security?: readonly { code?: string }[] } }

/** The resources `decision` releases: resource type and security-label (`meta.security` code) rules applied. */
export function filterResources<T extends LabelledResource>(resources: readonly T[], decision: ConsentDecision): T[] {
  return resources.filter((r) => isResourcePermitted(decision, r.resourceType, labelsOf(r)))
}

function labelsOf(r: LabelledResource): string[] {
  const out: string[] = []
  const security = r.meta?.security
  if (Array.isArray(security)) for (const c of security) if (typeof c?.code === "string") out.push(c.code)
  return out
}

/** "*" stands for types the decision does not name; a named type never falls back to it. */
function namedInDecision(decision: ConsentDecision, resourceType: string): boolean {
  return decision.permitted.some((r) => r.resourceType === resourceType) || decision.withheld.includes(resourceType)
}

function ruleFor(type: string, permits: readonly Consent[], denies: readonly Consent[]): TypeRule | undefined {
  const p = permits.filter((c) => covers(c, type))
  const d = denies.filter((c) => covers(c, type))
  if (d.some((c) => labelsOfConsent(c).length === 0)) return undefined // a deny of the whole type
  const denyLabels = [...new Set(d.flatMap(labelsOfConsent))].sort()
  if (p.some((c) => labelsOfConsent(c).length === 0)) return { resourceType: type, permit: "all", denyLabels }
  // a resource released through label L must not carry a denied label, so L itself must not be denied
  const permitLabels = [...new Set(p.flatMap(labelsOfConsent))].filter((l) => !denyLabels.includes(l)).sort()
  return permitLabels.length === 0 ? undefined : { resourceType: type, permit: permitLabels, denyLabels }
}

/** Whether a consent's data clause covers resource type `type` (ANY_OTHER_TYPE: a type it does not name). */
function covers(c: Consent, type: string): boolean {
  const types = c.data.resourceTypes ?? []
  if (types.length === 0) return true
  return type !== ANY_OTHER_TYPE && types.includes(type)
}

function labelsOfConsent(c: Consent): readonly string[] {
  return c.data.securityLabels ?? []
}

function typesIntersect(c: Consent, requested: readonly string[]): boolean {
  const types = c.data.resourceTypes ?? []
  return types.length === 0 || requested.length === 0 || types.some((t) => requested.includes(t))
}

function actorMatches(c: Consent, request: AccessRequest): boolean {
  const a = c.actor
  const r = request.requester
  return (
    anyOr(a.org, (v) => v === r.org) &&
    anyOr(a.department, (v) => v === r.department) &&
    anyOr(a.role, (v) => v === r.role) &&
    anyOr(a.clinician, (v) => sameHex(v, r.clinician)) &&
    anyOr(a.country, (v) => v.toUpperCase() === r.country.toUpperCase())
  )
}

function anyOr(value: string | undefined, test: (v: string) => boolean): boolean {
  return value === undefined || value === "" || test(value)
}

function purposeMatches(c: Consent, request: AccessRequest): boolean {
  return c.purposes === undefined || c.purposes.length === 0 || c.purposes.includes(request.purpose)
}

function sameHex(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase()
}

function denialReason(
  mine: readonly Consent[],
  denies: readonly Consent[],
  fits: (c: Consent) => boolean,
  height: number,
  time: number,
): [DecisionReasonCode, string] {
  // without an applicable deny, any applicable permit would have released something
  if (denies.length > 0) return ["CONSENT_DENIES", `denied by ${denies.length} consent(s)`]
  const fittingPermits = mine.filter((c) => c.decision === "permit" && fits(c))
  if (fittingPermits.some((c) => c.grantedAtHeight <= height && c.revokedAtHeight !== undefined && c.revokedAtHeight <= height)) {
    return ["CONSENT_REVOKED", `the consent that applied was revoked at or before height ${height}`]
  }
  if (fittingPermits.some((c) => !isConsentActive(c, height, time))) return ["CONSENT_NOT_ACTIVE", `the consent that would apply is not active at height ${height} and its block time`]
  if (mine.length > 0) return ["NO_APPLICABLE_CONSENT", "no consent permits this requester, purpose and data"]
  return ["NO_CONSENT", "the patient has no consent on the ledger"]
}

function assertRequest(request: AccessRequest): void {
  const bad = (field: string): never => {
    throw new ConsentError({ code: "CONSENT_INVALID_REQUEST", field }, `invalid access request: ${field}`)
  }
  if (!Number.isSafeInteger(request.at.height) || request.at.height < 0) bad("at.height")
  if (!Number.isFinite(request.at.time)) bad("at.time")
  if (!PURPOSES.includes(request.purpose)) bad("purpose")
  if (typeof request.pseudonym !== "string" || request.pseudonym.length === 0) bad("pseudonym")
  if (!Array.isArray(request.resourceTypes) || !request.resourceTypes.every((t) => typeof t === "string" && t.length > 0 && t !== ANY_OTHER_TYPE)) bad("resourceTypes")
  for (const f of ["org", "department", "role", "clinician", "country"] as const) if (typeof request.requester[f] !== "string") bad(`requester.${f}`)
}

function assertConsent(c: Consent): void {
  const bad = (field: string): never => {
    throw new ConsentError({ code: "CONSENT_INVALID_CONSENT", consentId: String(c.consentId).slice(0, 128), field }, `invalid consent: ${field}`)
  }
  if (c.decision !== "permit" && c.decision !== "deny") bad("decision")
  if (!Number.isSafeInteger(c.grantedAtHeight) || c.grantedAtHeight < 0) bad("grantedAtHeight")
  if (c.revokedAtHeight !== undefined && (!Number.isSafeInteger(c.revokedAtHeight) || c.revokedAtHeight < 0)) bad("revokedAtHeight")
  if (c.purposes !== undefined && !c.purposes.every((p) => PURPOSES.includes(p))) bad("purposes")
}
