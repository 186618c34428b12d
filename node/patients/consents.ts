/** Consents shaped after FHIR R4 Consent, as ConsentGrant / ConsentRevoke txs signed by the patient key. */
import { randomBytes } from "node:crypto"
import { fromHex, toHex } from "../../common/bytes.ts"
import { common, tx } from "../../protocol/wire/types.ts"
import type { medmesh } from "../../protocol/wire/types.ts"
import type { PersonKey } from "../credentials/keyFile.ts"
import { purposeName, purposeOfName, roleName, roleOfName } from "../records/requestHandlerMapping.ts"
import { loadCustodialKey } from "./custodial.ts"
import { commitTx, signPersonTx } from "./enrol.ts"
import { PatientError, type PatientDeps } from "./types.ts"

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
  // JSON from a file (consent grant --from-json) or a request body: any shape may arrive
  if (typeof input !== "object" || input === null || Array.isArray(input)) throw bad("(consent)", "expected a JSON object")
  const o = input as Record<string, unknown>
  const text = (field: string): string => {
    const v = o[field]
    if (v === undefined || v === null) return ""
    if (typeof v !== "string") throw bad(field, "expected a string")
    return v
  }
  const list = (field: string): string[] => {
    const v = o[field]
    if (v === undefined || v === null) return []
    if (!Array.isArray(v) || !v.every((x) => typeof x === "string")) throw bad(field, "expected a list of strings")
    return v as string[]
  }
  if (input.decision !== "permit" && input.decision !== "deny") throw bad("decision", 'expected "permit" or "deny"')
  let role = common.Role.ROLE_UNSPECIFIED
  if (text("role") !== "") {
    try {
      role = roleOfName(text("role"))
    } catch (err) {
      throw bad("role", (err as Error).message)
    }
  }
  const purposes = list("purposes").map((p) => {
    try {
      return purposeOfName(p)
    } catch (err) {
      throw bad("purposes", (err as Error).message)
    }
  })
  let clinician: Uint8Array = new Uint8Array(0)
  if (text("clinician") !== "") {
    try {
      clinician = fromHex("clinician", text("clinician"))
    } catch {
      throw bad("clinician", "expected the clinician's public key in hex")
    }
  }
  const country = text("country")
  if (country !== "" && !/^[A-Z]{2}$/.test(country)) throw bad("country", "ISO 3166-1 alpha-2, e.g. DE")
  const start = timeOf("start", input.start)
  const end = timeOf("end", input.end)
  if (end !== 0 && end < start) throw bad("end", "before start")
  return {
    pseudonym,
    decision: input.decision === "permit" ? tx.Decision.DECISION_PERMIT : tx.Decision.DECISION_DENY,
    actor: { org: text("org"), department: text("department"), role, clinician, country },
    data: { resourceTypes: list("resourceTypes"), securityLabels: list("securityLabels") },
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
  if (!/^[0-9a-fA-F]{64}$/.test(consentId)) throw new PatientError({ code: "CONSENT_INVALID", field: "consentId" }, "consentId: expected the 64 hex chars of the grant's tx hash")
  const signer = await patientKeyFor(deps, pseudonym, key)
  return commitTx(deps.ledger, signPersonTx(deps.chainId, signer, { consentRevoke: { consentId: fromHex("consentId", consentId.toLowerCase(), 32), pseudonym } }), deps.commitTimeoutMs)
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
