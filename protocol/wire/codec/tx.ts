import { tx } from "../types.ts"
import { MAX_PATIENT_LINK_STATEMENT_BYTES, MAX_TX_BYTES } from "../limits.ts"
import { validatePatientLinkStatement, validateTxEnvelope } from "../validate/tx.ts"
import { defineCodec } from "./define.ts"

/** Canonical: a tx is named by SHA-256 of its encoding, so one tx must have exactly one encoding. */
export const txEnvelopeCodec = defineCodec({ name: "TxEnvelope", type: tx.TxEnvelope, maxBytes: MAX_TX_BYTES, validateBasic: (m) => validateTxEnvelope(m), canonical: true })
export const encodeTxEnvelope = txEnvelopeCodec.encode
export const decodeTxEnvelope = txEnvelopeCodec.decode

/** What a patient's device signs to link a hospital record to its pseudonym. */
export const patientLinkStatementCodec = defineCodec({
  name: "PatientLinkStatement",
  type: tx.PatientLinkStatement,
  maxBytes: MAX_PATIENT_LINK_STATEMENT_BYTES,
  validateBasic: (m) => validatePatientLinkStatement(m),
})
export const encodePatientLinkStatement = patientLinkStatementCodec.encode
export const decodePatientLinkStatement = patientLinkStatementCodec.decode
