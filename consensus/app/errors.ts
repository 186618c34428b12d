import { MedmeshError } from "../../common/errors.ts"

/**
 * Why a tx is refused by the app. The code is what a client shows; metadata never holds patient
 * data (no pseudonyms, no keys).
 */
export type TxErrorCode =
  | "TX_MALFORMED"
  | "TX_NON_CANONICAL"
  | "TX_UNKNOWN_TYPE"
  | "TX_INVALID_SIGNATURE"
  | "TX_UNSUPPORTED_KEY_TYPE"
  | "NONCE_TOO_LOW"
  | "TX_EXPIRED"
  | "NOT_A_MEMBER"
  | "NOT_AUTHORISED"
  | "INVALID_FIELD"
  | "EFFECTIVE_HEIGHT_TOO_SOON"
  | "PROPOSAL_NOT_FOUND"
  | "PROPOSAL_CLOSED"
  | "PROPOSAL_EXPIRED"
  | "ALREADY_VOTED"
  | "MEMBER_EXISTS"
  | "MEMBER_NOT_FOUND"
  | "KEY_IN_USE"
  | "LAST_MEMBER"
  | "ALREADY_REVOKED"
  | "PSEUDONYM_MISMATCH"
  | "PATIENT_SIGNATURE_INVALID"
  | "LINK_EXISTS"
  | "PATIENT_NOT_LINKED"
  | "CONSENT_NOT_FOUND"
  | "DUPLICATE_ACCESS_EVENT"
  | "DECISION_HEIGHT_IN_FUTURE"
  | "CREDENTIAL_INVALID"
  | "CREDENTIAL_REVOKED"
  | "JOB_NOT_FOUND"
  | "JOB_WRONG_STATE"
  | "JOB_TOO_LATE"
  | "JOB_NOT_APPROVED_BY"
  | "ROUND_OUT_OF_ORDER"
  | "ROSTER_MISMATCH"
  | "TOO_FEW_PARTICIPANTS"
  | "EPSILON_BUDGET_EXCEEDED"
  | "EPSILON_UNDERREPORTED"
  | "EVIDENCE_INVALID"
  | "EVIDENCE_DUPLICATE"
  | "EVIDENCE_TOO_OLD"

export type TxErrorType = { code: TxErrorCode; field?: string }

export class TxError extends MedmeshError<TxErrorType> {
  constructor(code: TxErrorCode, message?: string, field?: string) {
    super(field === undefined ? { code } : { code, field }, message ?? code)
  }
}

/** Failures of the app as a whole. APP_HASH_MISMATCH means this node diverged: halt, loudly. */
export type AppErrorType =
  | { code: "APP_HASH_MISMATCH"; height: number; local: string; header: string }
  | { code: "APP_HALTED"; height: number }
  | { code: "APP_WRONG_HEIGHT"; height: number; expected: number }
  | { code: "APP_NOT_INITIALISED" }
  | { code: "GENESIS_INVALID"; field: string }

export class AppError extends MedmeshError<AppErrorType> {}
