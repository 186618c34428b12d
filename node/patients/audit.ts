/**
 * Offline verification of a patient's audit trail (GET /v1/audit/:pseudonym, `medmesh audit`):
 * each entry's proof — Merkle path to the header's tx root, header, and the commit with > 2/3 of
 * the validator set's signatures — is checked with node/ledger's verifyTxProof, the validator set
 * must consist of keys the verifier trusts (the member keys of the consortium file), and the entry
 * shown is re-derived from the proven tx bytes, so nothing in it rests on the node's word.
 */
import { equalBytes, fromHex, toHex } from "../../common/bytes.ts"
import { decodeTxEnvelope } from "../../protocol/wire/codec.ts"
import { errorMessage } from "../../common/errors.ts"
import { verifyTxProof, type TxProofJson } from "../ledger/proof.ts"
import { auditEntryOfTx, type AuditEntry } from "./auditEntry.ts"

export type AuditTrailJson = { pseudonym?: string; entries: (AuditEntry & { proof: TxProofJson; validators: string[] })[] }
export type VerifiedAuditEntry = { txHash: string; verified: boolean; error?: string; entry?: AuditEntry }

export function verifyAuditTrail(trail: AuditTrailJson, opts: { trustedKeys?: Uint8Array[]; pseudonym: Uint8Array }): VerifiedAuditEntry[] {
  const trusted = opts.trustedKeys === undefined ? undefined : new Set(opts.trustedKeys.map(toHex))
  return trail.entries.map((e) => {
    try {
      const keys = e.validators.map((k) => fromHex("validator", k, 32))
      if (trusted !== undefined) for (const k of keys) if (!trusted.has(toHex(k))) throw new Error("proof signed by a validator set with an untrusted key")
      const { height, txHash } = verifyTxProof(e.proof, { validators: keys.map((key, i) => ({ key, power: 1, org: `validator-${i}` })) })
      if (txHash !== e.txHash) throw new Error("proof is for another tx")
      const txBytes = fromHex("tx", e.proof.tx)
      const event = decodeTxEnvelope(txBytes).accessEvent
      if (event === null || event === undefined || !equalBytes(event.pseudonym ?? new Uint8Array(0), opts.pseudonym)) throw new Error("proven tx is not an access event of this patient")
      const proven = auditEntryOfTx(txBytes, height, Date.parse(e.blockTime))
      if (proven.decision !== e.decision || proven.reason !== e.reason || proven.who.org !== e.who.org || proven.where.holder !== e.where.holder) throw new Error("entry differs from the proven tx")
      return { txHash, verified: true, entry: proven }
    } catch (err) {
      return { txHash: e.txHash, verified: false, error: errorMessage(err) }
    }
  })
}
