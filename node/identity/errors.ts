import { MedmeshError } from "../../common/errors.ts"

export type NodeKeyErrorType =
  | { code: "NODE_KEY_NOT_FOUND"; path: string }
  | { code: "NODE_KEY_EXISTS"; path: string }
  | { code: "NODE_KEY_MALFORMED"; path: string; field: string }
  | { code: "NODE_KEY_UNSUPPORTED_VERSION"; path: string; version: unknown }
  | { code: "NODE_KEY_PASSPHRASE_REQUIRED"; path: string }
  | { code: "NODE_KEY_WRONG_PASSPHRASE"; path: string }
  | { code: "NODE_KEY_PERMISSIONS"; path: string; mode: string }

/** Loading or saving the node key failed. Never carries key material. */
export class NodeKeyError extends MedmeshError<NodeKeyErrorType> {}

export type CredentialErrorType =
  | { code: "CREDENTIAL_MALFORMED"; field: string }
  | { code: "CREDENTIAL_UNKNOWN_ISSUER" }
  | { code: "CREDENTIAL_ORG_MISMATCH"; org: string; issuerOrg: string }
  | { code: "CREDENTIAL_NOT_YET_VALID"; notBefore: number; now: number }
  | { code: "CREDENTIAL_EXPIRED"; notAfter: number; now: number }
  | { code: "CREDENTIAL_REVOKED" }
  | { code: "CREDENTIAL_BAD_SIGNATURE" }

export class CredentialError extends MedmeshError<CredentialErrorType> {}

export type PatientKeyErrorType =
  | { code: "PATIENT_KEY_MALFORMED"; field: string }
  | { code: "PATIENT_KEY_UNSUPPORTED_TYPE"; keyType: number }
  | { code: "PATIENT_LINK_PSEUDONYM_MISMATCH" }
  | { code: "PATIENT_LINK_BAD_SIGNATURE" }

export class PatientKeyError extends MedmeshError<PatientKeyErrorType> {}
