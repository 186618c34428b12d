/**
 * Per-job privacy budget on top of the RDP accountant (rdp.ts). In a medmesh round every
 * participant clips its update and adds its share of Gaussian noise (DP-FedAvg, McMahan, Ramage,
 * Talwar, Zhang, "Learning Differentially Private Recurrent Language Models", ICLR 2018,
 * arXiv:1710.06963), so one round is `stepsPerRound` applications of the sampled Gaussian
 * mechanism with sampling rate `sampleRate` (1 when every site takes part in every round).
 *
 * Everything here is a pure function of its inputs (no randomness, no clock): the ledger calls
 * `assertRoundWithinBudget` in its deterministic state machine and every node must agree.
 */
import { DpError } from "./errors.ts"
import { computeRdp, DEFAULT_RDP_ORDERS, getPrivacySpent, rdpOfSampledGaussian, type PrivacySpent } from "./rdp.ts"

/**
 * Whom the ε protects (docs/privacy-accounting.md "Privacy unit"). "site": adding or removing one
 * site's whole clipped update (sensitivity C), the rounds are Gaussian mechanisms with noise
 * multiplier σ. "record": one patient's row inside a participating site, which can move that
 * site's clipped update anywhere in the C-ball, by up to 2C, so the same noise is a Gaussian
 * mechanism with noise multiplier σ/2.
 */
export type PrivacyUnit = "site" | "record"

export const PRIVACY_UNITS: readonly PrivacyUnit[] = ["site", "record"]

export type PrivacyBudget = {
  /** σ: noise standard deviation divided by the clip norm (the noise the aggregate gets). */
  noiseMultiplier: number
  /** Absent = "site" (the accounting before the field existed, bit-identical). */
  unit?: PrivacyUnit
  /** Poisson sampling rate per mechanism application; 1 = no subsampling amplification. */
  sampleRate: number
  /** Mechanism applications per round (1 for update-level DP-FedAvg). */
  stepsPerRound: number
  delta: number
  /** The job's total ε budget. */
  epsilonBudget: number
  /**
   * σ_s of the one-off release of the job's feature statistics before round 0 (featureStats.ts):
   * one Gaussian mechanism, RDP α/(2σ_s²), added to the rounds' RDP per order. Absent or 0 =
   * no statistics released under DP (the ε is the rounds' alone).
   */
  statsNoiseMultiplier?: number
  orders?: readonly number[]
}

export function assertPrivacyBudget(title: string, budget: PrivacyBudget): void {
  const bad = (parameter: string, why: string): never => {
    throw new DpError({ code: "DP_INVALID_PARAMETER", parameter }, `${title}.${parameter}: ${why}`)
  }
  if (!(Number.isFinite(budget.noiseMultiplier) && budget.noiseMultiplier > 0)) bad("noiseMultiplier", "must be finite and > 0")
  if (!(budget.sampleRate > 0 && budget.sampleRate <= 1)) bad("sampleRate", "must be in (0, 1]")
  if (!(Number.isInteger(budget.stepsPerRound) && budget.stepsPerRound >= 1)) bad("stepsPerRound", "must be an integer >= 1")
  if (!(budget.delta > 0 && budget.delta < 1)) bad("delta", "must be in (0, 1)")
  if (!(Number.isFinite(budget.epsilonBudget) && budget.epsilonBudget > 0)) bad("epsilonBudget", "must be finite and > 0")
  const s = budget.statsNoiseMultiplier
  if (s !== undefined && !(Number.isFinite(s) && s >= 0)) bad("statsNoiseMultiplier", "must be finite and >= 0 (0 = no statistics release)")
  if (budget.unit !== undefined && !PRIVACY_UNITS.includes(budget.unit)) bad("unit", `expected "site" or "record", got "${String(budget.unit).slice(0, 40)}"`)
}

/**
 * The noise multiplier the rounds are accounted with: σ per site, σ/2 per record (a row can move
 * its site's clipped update by up to 2C). The one place the unit enters the accounting.
 */
export function accountedNoiseMultiplier(budget: Pick<PrivacyBudget, "noiseMultiplier" | "unit">): number {
  return budget.unit === "record" ? budget.noiseMultiplier / 2 : budget.noiseMultiplier
}

/**
 * (ε, δ) spent after `rounds` completed rounds, the statistics release included: RDP of the rounds
 * (at the unit's noise multiplier, `accountedNoiseMultiplier`) plus α/(2σ_s²) of the release, per order (Mironov 2017 Prop. 1), then one conversion.
 */
export function privacySpentAfterRounds(budget: PrivacyBudget, rounds: number): PrivacySpent {
  assertPrivacyBudget("budget", budget)
  if (!(Number.isInteger(rounds) && rounds >= 0)) {
    throw new DpError({ code: "DP_INVALID_PARAMETER", parameter: "rounds" }, `rounds must be a non-negative integer, got ${rounds}`)
  }
  const orders = budget.orders ?? DEFAULT_RDP_ORDERS
  const stats = budget.statsNoiseMultiplier ?? 0
  if (rounds === 0 && stats === 0) return { epsilon: 0, delta: budget.delta, order: NaN }
  const rdp = computeRdp({ sampleRate: budget.sampleRate, noiseMultiplier: accountedNoiseMultiplier(budget) }, rounds * budget.stepsPerRound, orders)
  if (stats > 0) for (let k = 0; k < orders.length; k++) rdp[k] += rdpOfSampledGaussian({ sampleRate: 1, noiseMultiplier: stats }, orders[k])
  return getPrivacySpent(orders, rdp, budget.delta)
}

export function epsilonAfterRounds(budget: PrivacyBudget, rounds: number): number {
  return privacySpentAfterRounds(budget, rounds).epsilon
}

/** True when running one more round after `completedRounds` would take ε above the budget. */
export function wouldExceedBudget(budget: PrivacyBudget, completedRounds: number): boolean {
  return epsilonAfterRounds(budget, completedRounds + 1) > budget.epsilonBudget
}

/** Throws `DP_BUDGET_EXCEEDED` when the next round would exceed the budget; returns its ε otherwise. */
export function assertRoundWithinBudget(budget: PrivacyBudget, completedRounds: number): number {
  const epsilonAfterRound = epsilonAfterRounds(budget, completedRounds + 1)
  if (epsilonAfterRound > budget.epsilonBudget) {
    throw new DpError(
      { code: "DP_BUDGET_EXCEEDED", epsilonBudget: budget.epsilonBudget, epsilonAfterRound, round: completedRounds + 1 },
      `round ${completedRounds + 1} would spend epsilon ${epsilonAfterRound.toFixed(4)} > budget ${budget.epsilonBudget}`,
    )
  }
  return epsilonAfterRound
}

/** Largest number of rounds whose ε stays within the budget (ε is monotone in rounds). */
export function maxRoundsWithinBudget(budget: PrivacyBudget, limit = 100_000): number {
  assertPrivacyBudget("budget", budget)
  if (epsilonAfterRounds(budget, 1) > budget.epsilonBudget) return 0
  let lo = 1
  let hi = 2
  while (hi <= limit && epsilonAfterRounds(budget, hi) <= budget.epsilonBudget) {
    lo = hi
    hi *= 2
  }
  hi = Math.min(hi, limit + 1)
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1
    if (epsilonAfterRounds(budget, mid) <= budget.epsilonBudget) lo = mid
    else hi = mid
  }
  return lo
}
