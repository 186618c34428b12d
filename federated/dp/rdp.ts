/**
 * Rényi-DP accountant for the Poisson-subsampled Gaussian mechanism.
 *
 * - RDP of the Gaussian mechanism and composition: Mironov, "Rényi Differential Privacy",
 *   CSF 2017, arXiv:1702.07476.
 * - RDP of the sampled Gaussian mechanism, integer and fractional orders in log space:
 *   Mironov, Talwar, Zhang, "Rényi Differential Privacy of the Sampled Gaussian Mechanism",
 *   arXiv:1908.10530 (§3.3, eq. for A_α), the computation TF-Privacy and Opacus ship as
 *   `compute_rdp` (opacus/accountants/analysis/rdp.py); this file follows that code line by line
 *   so results agree with it to floating-point rounding.
 * - (ε, δ) conversion: the improved bound of Balle, Barthe, Gaboardi, Hsu, Sato, "Hypothesis
 *   Testing Interpretations and Rényi Differential Privacy", AISTATS 2020, arXiv:1905.09982
 *   (Prop. 12), as Opacus' `get_privacy_spent`:
 *   ε = rdp_α − (ln δ + ln α)/(α − 1) + ln((α − 1)/α), minimised over the orders.
 *
 * Pure, deterministic double-precision arithmetic: the ledger replays it on every node.
 */
import { DpError } from "./errors.ts"

/** Opacus' / TF-Privacy's default orders: 1.1, 1.2, …, 10.9, then 12, 13, …, 63. */
export const DEFAULT_RDP_ORDERS: readonly number[] = Object.freeze([
  ...Array.from({ length: 99 }, (_, x) => 1 + (x + 1) / 10),
  ...Array.from({ length: 52 }, (_, x) => 12 + x),
])

export type SampledGaussian = {
  /** Poisson sampling rate q in [0, 1]; 1 means every record in every step (no amplification). */
  sampleRate: number
  /** σ: noise standard deviation divided by the L2 sensitivity (clip norm). */
  noiseMultiplier: number
}

export type PrivacySpent = { epsilon: number; delta: number; order: number }

function logAdd(logx: number, logy: number): number {
  const a = Math.min(logx, logy)
  const b = Math.max(logx, logy)
  if (a === -Infinity) return b
  return Math.log1p(Math.exp(a - b)) + b
}

function logSub(logx: number, logy: number): number {
  if (logx < logy) throw new DpError({ code: "DP_INVALID_PARAMETER", parameter: "logSub" }, "log of a negative number")
  if (logy === -Infinity) return logx
  if (logx === logy) return -Infinity
  const d = Math.expm1(logx - logy)
  // Opacus falls back to logx when expm1 overflows.
  return Number.isFinite(d) ? Math.log(d) + logy : logx
}

const SQRT_PI_LOG = 0.5 * Math.log(Math.PI)

/**
 * ln(erfc(x)), accurate in the far tail where erfc underflows (Opacus uses scipy's log_ndtr).
 * |x| < 2: Maclaurin series of erf; x ≥ 2: the Laplace continued fraction
 * erfc(x) = e^{−x²}/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), evaluated with modified Lentz.
 */
export function logErfc(x: number): number {
  if (Number.isNaN(x)) return NaN
  if (x <= -2) return Math.log(2 - Math.exp(logErfc(-x)))
  if (x < 2) return Math.log(1 - erfSeries(x))
  const tiny = 1e-300
  let f = x
  let c = x
  let d = 0
  for (let n = 1; n < 5000; n++) {
    const a = n / 2
    d = x + a * d
    if (Math.abs(d) < tiny) d = tiny
    c = x + a / c
    if (Math.abs(c) < tiny) c = tiny
    d = 1 / d
    const delta = c * d
    f *= delta
    if (Math.abs(delta - 1) < 1e-16) break
  }
  return -x * x - SQRT_PI_LOG - Math.log(f)
}

function erfSeries(x: number): number {
  // erf(x) = 2/√π Σ (−1)^n x^{2n+1} / (n! (2n+1))
  let term = x
  let sum = x
  const x2 = x * x
  for (let n = 1; n < 200; n++) {
    term *= -x2 / n
    const add = term / (2 * n + 1)
    sum += add
    if (Math.abs(add) < 1e-17 * Math.abs(sum)) break
  }
  return (2 / Math.sqrt(Math.PI)) * sum
}

/** ln|C(α, i)| and the sign of C(α, i) for real α, by the product recurrence. */
function logBinomial(alpha: number, i: number): { log: number; sign: 1 | -1 } {
  let log = 0
  let sign: 1 | -1 = 1
  for (let k = 0; k < i; k++) {
    const num = alpha - k
    if (num === 0) return { log: -Infinity, sign: 1 }
    if (num < 0) sign = sign === 1 ? -1 : 1
    log += Math.log(Math.abs(num)) - Math.log(k + 1)
  }
  return { log, sign }
}

function logAIntegerOrder(q: number, sigma: number, alpha: number): number {
  let logA = -Infinity
  const logQ = Math.log(q)
  const log1mQ = Math.log1p(-q)
  let logCoef = 0 // ln C(α, 0)
  for (let i = 0; i <= alpha; i++) {
    if (i > 0) logCoef += Math.log(alpha - i + 1) - Math.log(i)
    const s = logCoef + i * logQ + (alpha - i) * log1mQ + (i * i - i) / (2 * sigma * sigma)
    logA = logAdd(logA, s)
  }
  return logA
}

function logAFractionalOrder(q: number, sigma: number, alpha: number): number {
  let logA0 = -Infinity
  let logA1 = -Infinity
  const z0 = sigma * sigma * Math.log(1 / q - 1) + 0.5
  const logQ = Math.log(q)
  const log1mQ = Math.log1p(-q)
  const log2 = Math.log(0.5)
  for (let i = 0; ; i++) {
    const coef = logBinomial(alpha, i)
    const j = alpha - i
    const logT0 = coef.log + i * logQ + j * log1mQ
    const logT1 = coef.log + j * logQ + i * log1mQ
    const logE0 = log2 + logErfc((i - z0) / (Math.SQRT2 * sigma))
    const logE1 = log2 + logErfc((z0 - j) / (Math.SQRT2 * sigma))
    const logS0 = logT0 + (i * i - i) / (2 * sigma * sigma) + logE0
    const logS1 = logT1 + (j * j - j) / (2 * sigma * sigma) + logE1
    if (coef.sign > 0) {
      logA0 = logAdd(logA0, logS0)
      logA1 = logAdd(logA1, logS1)
    } else {
      logA0 = logSub(logA0, logS0)
      logA1 = logSub(logA1, logS1)
    }
    if (Math.max(logS0, logS1) < -30) break
    if (i > 100_000) throw new DpError({ code: "DP_INVALID_PARAMETER", parameter: "order" }, "RDP series did not converge")
  }
  return logAdd(logA0, logA1)
}

/** RDP ε(α) of one application of the sampled Gaussian mechanism. */
export function rdpOfSampledGaussian(mechanism: SampledGaussian, order: number): number {
  assertMechanism(mechanism)
  if (!(order > 1)) throw new DpError({ code: "DP_INVALID_PARAMETER", parameter: "order" }, `order must be > 1, got ${order}`)
  const { sampleRate: q, noiseMultiplier: sigma } = mechanism
  if (q === 0) return 0
  if (sigma === 0) return Infinity
  // Plain Gaussian mechanism, Mironov 2017 Prop. 7: α / (2σ²).
  if (q === 1) return order / (2 * sigma * sigma)
  if (order === Infinity) return Infinity
  const logA = Number.isInteger(order) ? logAIntegerOrder(q, sigma, order) : logAFractionalOrder(q, sigma, order)
  return logA / (order - 1)
}

/** RDP after `steps` compositions (Mironov 2017 Prop. 1: RDP adds up per order). */
export function computeRdp(mechanism: SampledGaussian, steps: number, orders: readonly number[] = DEFAULT_RDP_ORDERS): Float64Array {
  if (!Number.isInteger(steps) || steps < 0) {
    throw new DpError({ code: "DP_INVALID_PARAMETER", parameter: "steps" }, `steps must be a non-negative integer, got ${steps}`)
  }
  const out = new Float64Array(orders.length)
  for (let k = 0; k < orders.length; k++) out[k] = rdpOfSampledGaussian(mechanism, orders[k]) * steps
  return out
}

/** Best (ε, δ) over the orders, by the Balle et al. 2020 conversion (see file comment). */
export function getPrivacySpent(orders: readonly number[], rdp: ArrayLike<number>, delta: number): PrivacySpent {
  if (orders.length !== rdp.length || orders.length === 0) {
    throw new DpError({ code: "DP_INVALID_PARAMETER", parameter: "orders" }, "orders and rdp must have the same non-zero length")
  }
  if (!(delta > 0 && delta < 1)) throw new DpError({ code: "DP_INVALID_PARAMETER", parameter: "delta" }, `delta must be in (0, 1), got ${delta}`)
  let best = Infinity
  let bestOrder = NaN
  for (let k = 0; k < orders.length; k++) {
    const a = orders[k]
    const eps = rdp[k] - (Math.log(delta) + Math.log(a)) / (a - 1) + Math.log((a - 1) / a)
    if (eps < best) {
      best = eps
      bestOrder = a
    }
  }
  return { epsilon: Math.max(0, best), delta, order: bestOrder }
}

function assertMechanism(m: SampledGaussian): void {
  if (!(typeof m.sampleRate === "number" && m.sampleRate >= 0 && m.sampleRate <= 1)) {
    throw new DpError({ code: "DP_INVALID_PARAMETER", parameter: "sampleRate" }, `sampleRate must be in [0, 1], got ${m.sampleRate}`)
  }
  if (!(typeof m.noiseMultiplier === "number" && m.noiseMultiplier >= 0 && Number.isFinite(m.noiseMultiplier))) {
    throw new DpError(
      { code: "DP_INVALID_PARAMETER", parameter: "noiseMultiplier" },
      `noiseMultiplier must be finite and >= 0, got ${m.noiseMultiplier}`,
    )
  }
}
