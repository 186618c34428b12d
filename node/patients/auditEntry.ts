/** A patient's audit entry, derived from the committed AccessEvent tx itself. */
import { toHex } from "../../common/bytes.ts"
import { sha256 } from "../../common/crypto/hash.ts"
import { decodeTxEnvelope } from "../../protocol/wire/codec.ts"
import { tx } from "../../protocol/wire/types.ts"
import { purposeName, roleName } from "../records/requestHandlerMapping.ts"
import { PatientError } from "./types.ts"

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
