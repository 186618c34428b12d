/**
 * Patients on the node: enrolment (a PatientLink tx linking a local record to the patient's
 * pseudonym, signed by the patient's key — held by the hospital when custodial), consents
 * (ConsentGrant / ConsentRevoke txs signed by the patient key), and the patient's audit trail
 * with inclusion proofs. See docs/record-exchange.md.
 */
export { loadCustodialKey, saveCustodialKey } from "./custodial.ts"
export * from "./types.ts"
export * from "./enrol.ts"
export * from "./consents.ts"
export * from "./passkey.ts"
export * from "./auditEntry.ts"
