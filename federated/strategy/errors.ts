import { MedmeshError } from "../../common/errors.ts"

/** A strategy was configured with values it cannot work with (a caller's mistake, at setup). */
export type StrategyErrorType = { code: "STRATEGY_BAD_OPTION"; option: string; reason: string }

export class StrategyError extends MedmeshError<StrategyErrorType> {}

export function assertOption(option: string, ok: boolean, reason: string): void {
  if (!ok) throw new StrategyError({ code: "STRATEGY_BAD_OPTION", option, reason }, `strategy option ${option} ${reason}`)
}
