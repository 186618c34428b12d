import { MedmeshError } from "../../common/errors.ts"
import type { TxErrorCode } from "../app/errors.ts"

/** Why the mempool refused a tx; `code` (and `reason` for app refusals) is what a client shows. */
export type MempoolErrorType =
  | { code: "TX_TOO_LARGE"; bytes: number; max: number }
  | { code: "MEMPOOL_FULL"; txs: number; bytes: number }
  | { code: "TX_ALREADY_PENDING" }
  | { code: "TX_MALFORMED"; reason: TxErrorCode }
  | { code: "TX_INVALID_SIGNATURE" }
  | { code: "NONCE_TOO_LOW"; committed: number }
  | { code: "NONCE_PENDING" }
  | { code: "TX_EXPIRED" }
  | { code: "SIGNER_PENDING_LIMIT"; max: number }
  | { code: "TX_REJECTED"; reason: TxErrorCode }

export type MempoolErrorCode = MempoolErrorType["code"]

export class MempoolError extends MedmeshError<MempoolErrorType> {}
