import { MedmeshError } from "../../common/errors.ts"

/**
 * Every failure of the codec layer. `message` is the wire message type ("Vote"), `field` a path
 * inside it ("header.lastBlockHash", "signatures[3].signature"). Never carries field values.
 */
export type WireErrorType =
  | { code: "WIRE_NOT_BYTES"; message: string }
  | { code: "WIRE_TOO_LARGE"; message: string; size: number; max: number }
  | { code: "WIRE_DECODE_FAILED"; message: string; reason: string }
  | { code: "WIRE_NON_CANONICAL"; message: string }
  | { code: "WIRE_INVALID_FIELD"; message: string; field: string; reason: string }

export class WireError extends MedmeshError<WireErrorType> {}
