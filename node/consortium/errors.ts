import { MedmeshError } from "../../common/errors.ts"

export type ConsortiumErrorType =
  | { code: "CONSORTIUM_NOT_FOUND"; path: string }
  | { code: "CONSORTIUM_MALFORMED"; path: string; field: string }
  | { code: "CONSORTIUM_EXISTS"; path: string }

/** The consortium file is missing or invalid; the message names the file and the field. */
export class ConsortiumError extends MedmeshError<ConsortiumErrorType> {}
