/**
 * An in-process federated run for tests and benches: N sites × R rounds of a Strategy, each site
 * training through its own real ONNX Runtime session. No network, no masking, no encryption —
 * the multi-process round protocol reuses the same strategy and LocalTrainer.
 */
import type { Dataset } from "../data/dataset.ts"
import { LocalTrainer } from "../onnx/localTrainer.ts"
import { initialWeights, type BuiltinModelSpec } from "../onnx/modelSpec.ts"
import type { SessionThreadOptions } from "../onnx/sessionOptions.ts"
import { buildTrainingStepModel } from "../onnx/trainingStep.ts"
import { TrainingStepSession } from "../onnx/trainingSession.ts"
import { deriveSeed } from "../random.ts"
import type { FitFailure, FitResult, Strategy } from "../strategy/types.ts"

/** Misbehaviour to inject, for robustness tests. */
export type SimulatedFaults = {
  /** This site sends global + factor·(its update) instead of its update (e.g. factor 100). */
  readonly scaledUpdate?: { readonly site: number; readonly factor: number }
  /** These sites fail (report a failure instead of a result) in every round. */
  readonly failingSites?: readonly number[]
}

export type SimulationOptions = {
  readonly model: BuiltinModelSpec
  readonly strategy: Strategy
  readonly rounds: number
  readonly seed: number
  readonly threads?: Partial<SessionThreadOptions>
  readonly faults?: SimulatedFaults
  /** Starting weights; default initialWeights(model, seed). */
  readonly initial?: Float32Array
  /**
   * A user-supplied training-step graph (federated/onnx/customModel.ts) used instead of the
   * built-in graph of `model`; it must take `model.features` features and, for FedProx, be proximal.
   */
  readonly trainingGraph?: Uint8Array
}

export type SimulatedRound = {
  readonly round: number
  readonly status: "aggregated" | "skipped"
  readonly participants: number
  readonly failures: number
  readonly trainLoss: number
  readonly wallSeconds: number
}

export type SimulationResult = {
  readonly weights: Float32Array
  readonly rounds: readonly SimulatedRound[]
  /** ONNX Runtime training steps run, and their mean wall time in milliseconds. */
  readonly steps: number
  readonly meanStepMs: number
}

export function siteName(site: number): string {
  return `site-${site}`
}

export async function simulateFederatedTraining(siteTrain: readonly Dataset[], opts: SimulationOptions): Promise<SimulationResult> {
  const firstConfig = opts.strategy.configureFit(1, initialWeights(opts.model, opts.seed))
  const proximal = firstConfig.training.mu > 0
  const modelBytes = opts.trainingGraph ?? buildTrainingStepModel(opts.model, { proximal })
  const sessions = await Promise.all(siteTrain.map(() => TrainingStepSession.create(modelBytes, opts.threads)))
  const failing = new Set<number>(opts.faults?.failingSites ?? [])
  try {
    let global = opts.initial ? Float32Array.from(opts.initial) : initialWeights(opts.model, opts.seed)
    const rounds: SimulatedRound[] = []
    let steps = 0
    let stepSeconds = 0
    for (let round = 1; round <= opts.rounds; round++) {
      const started = performance.now()
      const config = opts.strategy.configureFit(round, global)
      const results: FitResult[] = []
      const failures: FitFailure[] = []
      for (let site = 0; site < siteTrain.length; site++) {
        if (failing.has(site)) {
          failures.push({ participant: siteName(site), reason: "simulated failure" })
          continue
        }
        const trainer = new LocalTrainer(sessions[site])
        const t0 = performance.now()
        const fit = await trainer.fit(
          siteTrain[site],
          config.globalWeights,
          { ...config.training, seed: deriveSeed(opts.seed, round, site) },
          proximal ? config.globalWeights : undefined,
        )
        stepSeconds += (performance.now() - t0) / 1000
        steps += fit.steps
        let weights = fit.weights
        const scaled = opts.faults?.scaledUpdate
        if (scaled && scaled.site === site) {
          weights = new Float32Array(global.length)
          for (let i = 0; i < weights.length; i++) weights[i] = global[i] + scaled.factor * (fit.weights[i] - global[i])
        }
        results.push({ participant: siteName(site), weights, examples: fit.examples, meanLoss: fit.meanLoss })
      }
      const outcome = opts.strategy.aggregateFit(round, global, results, failures)
      global = outcome.weights
      rounds.push({
        round,
        status: outcome.status,
        participants: outcome.status === "aggregated" ? outcome.participants.length : 0,
        failures: failures.length + outcome.rejected.length,
        trainLoss: outcome.status === "aggregated" ? (outcome.metrics.trainLoss ?? Number.NaN) : Number.NaN,
        wallSeconds: (performance.now() - started) / 1000,
      })
    }
    return { weights: global, rounds, steps, meanStepMs: steps > 0 ? (stepSeconds * 1000) / steps : Number.NaN }
  } finally {
    await Promise.all(sessions.map((s) => s.release()))
  }
}
