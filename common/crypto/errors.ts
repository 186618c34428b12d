import { MedmeshError } from "../errors.ts"

/** Failures of the crypto helpers. Never carries key material. */
export type CryptoErrorType =
  | { code: "CRYPTO_INVALID_KEY"; key: string; reason: string }
  | { code: "CRYPTO_UNSUPPORTED_KEY_TYPE"; keyType: number }
  | { code: "CRYPTO_OPEN_FAILED" }

export class CryptoError extends MedmeshError<CryptoErrorType> {}
