/**
 * Differential privacy with fixed clipping, added to any strategy by wrapping it
 * (Flower's DifferentialPrivacyServerSideFixedClipping; DP-FedAvg of McMahan et al.,
 * "Learning Differentially Private Recurrent Language Models", arXiv:1710.06963):
 *
 * 1. each participant's update Δ = w − w_global is clipped to L2 norm ≤ clipNorm;
 * 2. each participant adds its own share of Gaussian noise, N(0, (z·C)²/n) per coordinate
 *    (z = noiseMultiplier, C = clipNorm, n = participants), so the *sum* of the n noisy updates
 *    carries N(0, (z·C)²) — the Gaussian mechanism on a sum of sensitivity C — while no single
 *    party ever holds the noise-free sum (Truex et al., arXiv:1812.03224). With masking or
 *    encryption on top, the server never sees one participant's update at all;
 * 3. the aggregate is the *unweighted* mean of the noisy clipped updates: example-weighting would
 *    let one site's weight exceed 1/n and break the sensitivity bound (and reveal its size).
 *
 * In-process (this wrapper) steps 1–2 run at aggregation for every result, with the noise share
 * of result i seeded from (seed, round, i) — equivalent to the distributed form, which calls
 * `privatizeUpdate` on each participant. The wrapped strategy aggregates the privatised updates
 * with example counts set to 1. The privacy spent is accounted in federated/dp.
 */
import { SeededRandom, deriveSeed } from "../random.ts"
import { assertOption } from "./errors.ts"
import { screenResults } from "./fedAvg.ts"
import type { AggregateOutcome, FitConfig, FitResult, PrivacyConfig, Strategy } from "./types.ts"

export type DpFixedClippingOptions = PrivacyConfig & {
  /** Seeds the noise shares; in the distributed form each participant keeps its own seed. */
  readonly seed: number
}

export function l2Norm(values: ArrayLike<number>): number {
  let sum = 0
  for (let i = 0; i < values.length; i++) sum += values[i] * values[i]
  return Math.sqrt(sum)
}

/** Returns `update` scaled by min(1, clipNorm/‖update‖₂), as a new array. */
export function clipUpdate(update: Float32Array, clipNorm: number): Float32Array {
  const norm = l2Norm(update)
  const clipped = Float32Array.from(update)
  if (norm > clipNorm) {
    // float32 rounding can push the result a hair over clipNorm; shrink by one ulp-ish margin
    const scale = (clipNorm / norm) * (1 - 1e-6)
    for (let i = 0; i < clipped.length; i++) clipped[i] *= scale
  }
  return clipped
}

/** Per-participant noise standard deviation: z·C/√n, so n shares sum to std z·C. */
export function noiseShareStd(privacy: PrivacyConfig, participants: number): number {
  return (privacy.noiseMultiplier * privacy.clipNorm) / Math.sqrt(participants)
}

/** One participant's share of the Gaussian noise: `length` draws of N(0, (z·C)²/n), seeded. */
export function noiseShare(length: number, opts: PrivacyConfig & { participants: number; seed: number }): Float32Array {
  assertOption("participants", Number.isInteger(opts.participants) && opts.participants >= 1, "must be an integer ≥ 1")
  const std = noiseShareStd(opts, opts.participants)
  const noise = new Float32Array(length)
  if (std === 0) return noise
  const rng = new SeededRandom(opts.seed)
  for (let i = 0; i < length; i++) noise[i] = std * rng.nextGaussian()
  return noise
}

/** What a participant sends under DP: its clipped update plus its noise share (not yet masked). */
export function privatizeUpdate(update: Float32Array, opts: PrivacyConfig & { participants: number; seed: number }): Float32Array {
  const clipped = clipUpdate(update, opts.clipNorm)
  const noise = noiseShare(update.length, opts)
  for (let i = 0; i < clipped.length; i++) clipped[i] += noise[i]
  return clipped
}

export function dpFixedClipping(inner: Strategy, opts: DpFixedClippingOptions): Strategy {
  assertOption("clipNorm", Number.isFinite(opts.clipNorm) && opts.clipNorm > 0, "must be > 0")
  assertOption("noiseMultiplier", Number.isFinite(opts.noiseMultiplier) && opts.noiseMultiplier >= 0, "must be ≥ 0")
  assertOption("seed", Number.isSafeInteger(opts.seed), "must be a safe integer")
  const privacy: PrivacyConfig = { clipNorm: opts.clipNorm, noiseMultiplier: opts.noiseMultiplier }

  return {
    name: `DP(${inner.name}, fixed clipping)`,
    configureFit(round: number, globalWeights: Float32Array): FitConfig {
      return { ...inner.configureFit(round, globalWeights), privacy }
    },
    aggregateFit(round, globalWeights, results, failures): AggregateOutcome {
      // malformed results go through untouched, so the inner strategy rejects them with a reason
      // and they do not count towards n
      const { usable, rejected } = screenResults(globalWeights, results)
      const malformed = results.filter((r) => rejected.some((f) => f.participant === r.participant))
      // deterministic share seeds whatever order the results arrived in
      const ordered = [...usable].sort((a, b) => (a.participant < b.participant ? -1 : a.participant > b.participant ? 1 : 0))
      const n = ordered.length
      let clippedCount = 0
      const privatised: FitResult[] = ordered.map((r, i) => {
        const update = new Float32Array(globalWeights.length)
        for (let j = 0; j < update.length; j++) update[j] = r.weights[j] - globalWeights[j]
        if (l2Norm(update) > opts.clipNorm) clippedCount++
        const noisy = privatizeUpdate(update, { ...privacy, participants: n, seed: deriveSeed(opts.seed, round, i) })
        const weights = new Float32Array(globalWeights.length)
        for (let j = 0; j < weights.length; j++) weights[j] = globalWeights[j] + noisy[j]
        return { participant: r.participant, weights, examples: 1, meanLoss: r.meanLoss }
      })
      const outcome = inner.aggregateFit(round, globalWeights, [...privatised, ...malformed], failures)
      if (outcome.status !== "aggregated") return outcome
      const examples = usable.filter((r) => outcome.participants.includes(r.participant)).reduce((s, r) => s + r.examples, 0)
      return { ...outcome, examples, metrics: { ...outcome.metrics, clipped: clippedCount, noiseStdOfMean: noiseShareStd(privacy, Math.max(n, 1)) / Math.sqrt(Math.max(n, 1)) } }
    },
  }
}
