import { MedmeshError } from "../../common/errors.ts"

export type HeErrorType =
  | { code: "HE_MALFORMED_CIPHERTEXT"; chunk: number; reason: string }
  | { code: "HE_MALFORMED_UPDATE"; reason: string }
  | { code: "HE_NOT_A_CIPHERTEXT"; reason: string }
  | { code: "HE_MALFORMED_KEY"; key: "public" | "secret"; reason: string }
  | { code: "HE_UNSUPPORTED_PARAMETERS"; reason: string }
  | { code: "HE_LENGTH_MISMATCH"; expected: number; got: number }
  | { code: "HE_VALUE_OUT_OF_RANGE"; index: number }
  | { code: "HE_NOISE_BUDGET_EXHAUSTED"; chunk: number }
  | { code: "HE_DELETED"; what: string }

export class HeError extends MedmeshError<HeErrorType> {}

/** SEAL (WASM) throws `WebAssembly.Exception` whose `message` is `[type, what]`; make it one line. */
export function sealErrorText(err: unknown): string {
  if (typeof err === "object" && err !== null && "message" in err && Array.isArray(err.message)) {
    return err.message.map(String).join(": ")
  }
  if (err instanceof Error) return err.message
  return String(err)
}
