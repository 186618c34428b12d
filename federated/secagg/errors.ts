import { MedmeshError } from "../../common/errors.ts"

export type SecaggErrorType =
  | { code: "SECAGG_INVALID_ROSTER"; reason: string }
  | { code: "SECAGG_INVALID_KEY"; participantId: string }
  | { code: "SECAGG_VALUE_OUT_OF_RANGE"; index: number; bound: number }
  | { code: "SECAGG_INVALID_PARAMETER"; parameter: string }
  | { code: "SECAGG_LENGTH_MISMATCH"; expected: number; got: number }
  | { code: "SECAGG_MALFORMED_UPDATE"; reason: string }

export class SecaggError extends MedmeshError<SecaggErrorType> {}
