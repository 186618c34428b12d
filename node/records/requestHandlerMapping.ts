/**
 * Wire ↔ domain mapping for the record exchange: ledger consent records (tx.v1.Consent as
 * committed) become node/consent's `Consent`, wire enums become the evaluator's strings.
 */
import { toHex } from "../../common/bytes.ts"
import { common, tx } from "../../protocol/wire/types.ts"
import type { medmesh } from "../../protocol/wire/types.ts"
import type { Consent, Purpose } from "../consent/index.ts"

/** A consent as the ledger's app state holds it (LedgerApp.consents). */
export type LedgerConsentRecord = {
  /** hex of the ConsentGrant tx hash */
  consentId: string
  /** height of the block that committed the grant */
  height: number
  /** 0 = not revoked */
  revokedHeight: number
  custodial: boolean
  decoded: medmesh.tx.v1.IConsent
}

const ROLE_NAMES: Record<number, string> = {
  [common.Role.ROLE_CLINICIAN]: "clinician",
  [common.Role.ROLE_RESEARCHER]: "researcher",
  [common.Role.ROLE_ADMIN]: "admin",
  [common.Role.ROLE_NURSE]: "nurse",
}

const PURPOSE_NAMES: Record<number, Purpose> = {
  [common.Purpose.PURPOSE_TREATMENT]: "treatment",
  [common.Purpose.PURPOSE_RESEARCH]: "research",
  [common.Purpose.PURPOSE_EMERGENCY]: "emergency",
}

export function roleName(role: number | null | undefined): string {
  return ROLE_NAMES[role ?? 0] ?? "unspecified"
}

export function roleOfName(name: string): medmesh.common.v1.Role {
  for (const [k, v] of Object.entries(ROLE_NAMES)) if (v === name) return Number(k) as medmesh.common.v1.Role
  throw new RangeError(`unknown role "${name}" (clinician, researcher, admin, nurse)`)
}

export function purposeName(purpose: number | null | undefined): Purpose | undefined {
  return PURPOSE_NAMES[purpose ?? 0]
}

export function purposeOfName(name: string): medmesh.common.v1.Purpose {
  for (const [k, v] of Object.entries(PURPOSE_NAMES)) if (v === name) return Number(k) as medmesh.common.v1.Purpose
  throw new RangeError(`unknown purpose "${name}" (treatment, research, emergency)`)
}

const nonEmpty = (s: string | null | undefined): string | undefined => (s === null || s === undefined || s === "" ? undefined : s)

/** A committed consent in the evaluator's shape; empty wire fields mean "any" there too. */
export function consentFromLedger(rec: LedgerConsentRecord): Consent {
  const c = rec.decoded
  const actor = c.actor ?? {}
  const purposes = (c.purposes ?? []).map((p) => purposeName(p)).filter((p): p is Purpose => p !== undefined)
  const start = c.period?.start ?? 0
  const end = c.period?.end ?? 0
  const period = start === 0 && end === 0 ? undefined : { ...(start !== 0 ? { start } : {}), ...(end !== 0 ? { end } : {}) }
  return {
    consentId: rec.consentId,
    pseudonym: toHex(c.pseudonym ?? new Uint8Array(0)),
    decision: c.decision === tx.Decision.DECISION_PERMIT ? "permit" : "deny",
    actor: {
      ...(nonEmpty(actor.org) !== undefined ? { org: actor.org as string } : {}),
      ...(nonEmpty(actor.department) !== undefined ? { department: actor.department as string } : {}),
      ...((actor.role ?? 0) !== 0 ? { role: roleName(actor.role) } : {}),
      ...((actor.clinician?.length ?? 0) > 0 ? { clinician: toHex(actor.clinician as Uint8Array) } : {}),
      ...(nonEmpty(actor.country) !== undefined ? { country: actor.country as string } : {}),
    },
    data: { resourceTypes: [...(c.data?.resourceTypes ?? [])], securityLabels: [...(c.data?.securityLabels ?? [])] },
    ...(purposes.length > 0 ? { purposes } : {}),
    ...(period !== undefined ? { period } : {}),
    grantedAtHeight: rec.height,
    ...(rec.revokedHeight > 0 ? { revokedAtHeight: rec.revokedHeight } : {}),
    custodial: rec.custodial,
  }
}
