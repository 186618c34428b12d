import { MedmeshError, errorMessage } from "../../common/errors.ts"

/**
 * Every way a round step can be refused or fail. Remote peers see `code` and the one-line message
 * (FlAck.error); metadata never carries weights, updates or patient data.
 */
export type RoundErrorCode =
  | "ROUND_JOB_NOT_FOUND"
  | "ROUND_JOB_INVALID"
  | "ROUND_NOT_COORDINATOR"
  | "ROUND_EPSILON_BUDGET_EXCEEDED"
  | "ROUND_TOO_FEW_PARTICIPANTS"
  | "ROUND_ATTEMPTS_EXHAUSTED"
  | "ROUND_LEDGER_REFUSED"
  | "ROUND_STALE_ATTEMPT"
  | "ROUND_NOT_IN_ROSTER"
  | "ROUND_NOT_AGGREGATOR"
  | "ROUND_WRONG_SENDER"
  | "ROUND_BAD_SIGNATURE"
  | "ROUND_HASH_MISMATCH"
  | "ROUND_MODE_MISMATCH"
  | "ROUND_DUPLICATE"
  | "ROUND_MASK_KEY_MISMATCH"
  | "ROUND_DEADLINE_PASSED"
  | "ROUND_BAD_UPDATE"
  | "ROUND_INCOMPLETE_SUM"
  | "ROUND_ALREADY_DECRYPTED"
  | "ROUND_MISSING_CONTEXT"
  | "ROUND_TRAINING_FAILED"
  | "ROUND_AGGREGATOR_UNREACHABLE"
  | "ROUND_UNREACHABLE"
  | "ROUND_UNEXPECTED_MESSAGE"

export type RoundErrorType = { code: RoundErrorCode; round?: number; attempt?: number; org?: string; reason?: string }

export class RoundError extends MedmeshError<RoundErrorType> {}

export function roundError(code: RoundErrorCode, message: string, meta: Omit<RoundErrorType, "code"> = {}): RoundError {
  return new RoundError({ code, ...meta }, message)
}

/** The failed-reply form of any error (typed errors keep their code). */
export function failureOf(err: unknown): { ok: false; code: string; error: string } {
  if (err instanceof MedmeshError) return { ok: false, code: err.type.code, error: err.message }
  return { ok: false, code: "ROUND_INTERNAL", error: errorMessage(err) }
}
