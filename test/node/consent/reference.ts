import type { AccessRequest, Consent } from "../../../node/consent/types.ts"

/**
 * The obviously-correct evaluator the real one is checked against: for one resource (type,
 * labels), brute force over the consents, straight from docs/consent.md. No rules, no reduction.
 */
export function referencePermits(consents: readonly Consent[], request: AccessRequest, resourceType: string, labels: readonly string[]): boolean {
  if (request.resourceTypes.length > 0 && !request.resourceTypes.includes(resourceType)) return false
  let permitted = false
  for (const c of consents) {
    if (!referenceApplies(c, request)) continue
    const typeCovered = (c.data.resourceTypes ?? []).length === 0 || (c.data.resourceTypes ?? []).includes(resourceType)
    const labelCovered = (c.data.securityLabels ?? []).length === 0 || labels.some((l) => (c.data.securityLabels ?? []).includes(l))
    if (!typeCovered || !labelCovered) continue
    if (c.decision === "deny") return false
    permitted = true
  }
  return permitted
}

/** Active at the request's height and time, for this pseudonym, requester, purpose and requested types. */
export function referenceApplies(c: Consent, request: AccessRequest): boolean {
  const h = request.at.height
  const t = request.at.time
  if (c.pseudonym.toLowerCase() !== request.pseudonym.toLowerCase()) return false
  if (!(c.grantedAtHeight <= h)) return false
  if (c.revokedAtHeight !== undefined && !(h < c.revokedAtHeight)) return false
  if (c.period?.start !== undefined && t < c.period.start) return false
  if (c.period?.end !== undefined && t > c.period.end) return false
  const a = c.actor
  const r = request.requester
  if (a.org && a.org !== r.org) return false
  if (a.department && a.department !== r.department) return false
  if (a.role && a.role !== r.role) return false
  if (a.clinician && a.clinician.toLowerCase() !== r.clinician.toLowerCase()) return false
  if (a.country && a.country.toUpperCase() !== r.country.toUpperCase()) return false
  if (c.purposes && c.purposes.length > 0 && !c.purposes.includes(request.purpose)) return false
  const types = c.data.resourceTypes ?? []
  if (types.length > 0 && request.resourceTypes.length > 0 && !types.some((x) => request.resourceTypes.includes(x))) return false
  return true
}
