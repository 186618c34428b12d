import { assertOption } from "./errors.ts"
import type { AggregateOutcome, FitConfig, FitFailure, FitResult, Strategy, TrainingConfig } from "./types.ts"

export type FedAvgOptions = {
  readonly epochs: number
  readonly batchSize: number
  readonly learningRate: number
  /** Fewest usable results a round needs to move the model. Default 1. */
  readonly minFitResults?: number
  /** If false, any failure skips the round (Flower's accept_failures). Default true. */
  readonly acceptFailures?: boolean
}

export const defaultFedAvgOptions = { minFitResults: 1, acceptFailures: true } as const

export function validateTrainingConfig(t: TrainingConfig): void {
  assertOption("epochs", Number.isInteger(t.epochs) && t.epochs >= 1, "must be an integer ≥ 1")
  assertOption("batchSize", Number.isInteger(t.batchSize) && t.batchSize >= 1, "must be an integer ≥ 1")
  assertOption("learningRate", Number.isFinite(t.learningRate) && t.learningRate > 0, "must be > 0")
  assertOption("mu", Number.isFinite(t.mu) && t.mu >= 0, "must be ≥ 0")
}

/** Splits results into those that can be averaged and those refused, with a reason each. */
export function screenResults(globalWeights: Float32Array, results: readonly FitResult[]): { usable: FitResult[]; rejected: FitFailure[] } {
  const usable: FitResult[] = []
  const rejected: FitFailure[] = []
  for (const r of results) {
    if (r.weights.length !== globalWeights.length) rejected.push({ participant: r.participant, reason: `sent ${r.weights.length} weights, the model has ${globalWeights.length}` })
    else if (!(Number.isFinite(r.examples) && r.examples > 0)) rejected.push({ participant: r.participant, reason: "reported no training examples" })
    else if (!r.weights.every(Number.isFinite)) rejected.push({ participant: r.participant, reason: "sent non-finite weights" })
    else usable.push(r)
  }
  return { usable, rejected }
}

/** Σ examples_k · w_k / Σ examples_k, accumulated in float64. */
export function exampleWeightedMean(results: readonly FitResult[]): Float32Array {
  const length = results[0].weights.length
  const sum = new Float64Array(length)
  let total = 0
  for (const r of results) {
    total += r.examples
    for (let i = 0; i < length; i++) sum[i] += r.examples * r.weights[i]
  }
  const mean = new Float32Array(length)
  for (let i = 0; i < length; i++) mean[i] = sum[i] / total
  return mean
}

/** The shared configure/aggregate of FedAvg and FedProx: they differ only in `mu`. */
export function exampleWeightedStrategy(name: string, training: TrainingConfig, opts: FedAvgOptions): Strategy {
  validateTrainingConfig(training)
  const minFitResults = opts.minFitResults ?? defaultFedAvgOptions.minFitResults
  const acceptFailures = opts.acceptFailures ?? defaultFedAvgOptions.acceptFailures
  assertOption("minFitResults", Number.isInteger(minFitResults) && minFitResults >= 1, "must be an integer ≥ 1")

  return {
    name,
    configureFit(round: number, globalWeights: Float32Array): FitConfig {
      return { round, globalWeights, training }
    },
    aggregateFit(_round, globalWeights, results, failures): AggregateOutcome {
      const { usable, rejected } = screenResults(globalWeights, results)
      if (!acceptFailures && failures.length + rejected.length > 0) {
        return { status: "skipped", weights: globalWeights, reason: `${failures.length + rejected.length} participant(s) failed and failures are not accepted`, rejected }
      }
      if (usable.length < minFitResults) {
        return { status: "skipped", weights: globalWeights, reason: `${usable.length} usable result(s), at least ${minFitResults} needed`, rejected }
      }
      const examples = usable.reduce((n, r) => n + r.examples, 0)
      const lossed = usable.filter((r) => r.meanLoss !== undefined && Number.isFinite(r.meanLoss))
      const lossExamples = lossed.reduce((n, r) => n + r.examples, 0)
      const metrics: Record<string, number> = { results: usable.length, failures: failures.length + rejected.length }
      if (lossExamples > 0) metrics.trainLoss = lossed.reduce((s, r) => s + (r.meanLoss ?? 0) * r.examples, 0) / lossExamples
      return {
        status: "aggregated",
        weights: exampleWeightedMean(usable),
        participants: usable.map((r) => r.participant),
        examples,
        rejected,
        metrics,
      }
    },
  }
}

/**
 * FedAvg (McMahan et al., "Communication-Efficient Learning of Deep Networks from Decentralized
 * Data", arXiv:1602.05629): every participant runs E local epochs from the global weights; the
 * new global model is the example-weighted mean of the returned weights.
 */
export function fedAvg(opts: FedAvgOptions): Strategy {
  return exampleWeightedStrategy("FedAvg", { epochs: opts.epochs, batchSize: opts.batchSize, learningRate: opts.learningRate, mu: 0 }, opts)
}
