import { MedmeshError } from "../../common/errors.ts"

export type DpErrorType =
  | { code: "DP_INVALID_PARAMETER"; parameter: string }
  | { code: "DP_BUDGET_EXCEEDED"; epsilonBudget: number; epsilonAfterRound: number; round: number }

export class DpError extends MedmeshError<DpErrorType> {}
