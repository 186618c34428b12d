import { MedmeshError } from "../../common/errors.ts"

export type ConsentErrorType =
  | { code: "CONSENT_INVALID_REQUEST"; field: string }
  | { code: "CONSENT_INVALID_CONSENT"; consentId: string; field: string }
  | { code: "CONSENT_INVALID_BREAK_GLASS"; reason: "empty" | "too-long" }

export class ConsentError extends MedmeshError<ConsentErrorType> {}
