import { MedmeshError } from "../../common/errors.ts"

export type LedgerErrorType =
  | { code: "LEDGER_NOT_STARTED" }
  | { code: "LEDGER_HALTED"; reason: string }
  | { code: "LEDGER_TX_REJECTED"; reason: string }
  | { code: "LEDGER_WAIT_ABORTED" }
  | { code: "LEDGER_STORE_INCONSISTENT"; height: number; reason: string }

export class LedgerError extends MedmeshError<LedgerErrorType> {}
