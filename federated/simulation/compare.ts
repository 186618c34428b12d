import type { PreparedSites } from "../data/sites.ts"
import type { BuiltinModelSpec } from "../onnx/modelSpec.ts"
import type { SessionThreadOptions } from "../onnx/sessionOptions.ts"
import { initialWeights } from "../onnx/modelSpec.ts"
import type { Strategy } from "../strategy/types.ts"
import { trainCentralised } from "./centralised.ts"
import { evaluateAccuracy } from "./evaluate.ts"
import { simulateFederatedTraining, type SimulatedFaults, type SimulationResult } from "./simulateRounds.ts"

export type ComparisonOptions = {
  readonly model: BuiltinModelSpec
  readonly strategy: Strategy
  readonly rounds: number
  readonly seed: number
  readonly threads?: Partial<SessionThreadOptions>
  readonly faults?: SimulatedFaults
  /** Skip the pooled baseline (when only the federated figure is wanted). */
  readonly skipPooled?: boolean
}

export type Comparison = {
  readonly accuracyFederated: number
  /** NaN when skipPooled. */
  readonly accuracyPooled: number
  readonly federated: SimulationResult
  readonly pooledWeights?: Float32Array
}

/**
 * Federated model across the sites versus a centralised model on the union of their training
 * rows — same graph, batch size, learning rate and passes over each row (rounds × local epochs) —
 * both scored on the union of the sites' test rows.
 */
export async function compareFederatedWithPooled(data: PreparedSites, opts: ComparisonOptions): Promise<Comparison> {
  const federated = await simulateFederatedTraining(
    data.sites.map((s) => s.train),
    { model: opts.model, strategy: opts.strategy, rounds: opts.rounds, seed: opts.seed, threads: opts.threads, faults: opts.faults },
  )
  const accuracyFederated = await evaluateAccuracy(opts.model, federated.weights, data.pooledTest, opts.threads)
  if (opts.skipPooled) return { accuracyFederated, accuracyPooled: Number.NaN, federated }
  const training = opts.strategy.configureFit(1, initialWeights(opts.model, opts.seed)).training
  const pooled = await trainCentralised(data.pooledTrain, {
    model: opts.model,
    epochs: opts.rounds * training.epochs,
    batchSize: training.batchSize,
    learningRate: training.learningRate,
    seed: opts.seed,
    threads: opts.threads,
  })
  const accuracyPooled = await evaluateAccuracy(opts.model, pooled.weights, data.pooledTest, opts.threads)
  return { accuracyFederated, accuracyPooled, federated, pooledWeights: pooled.weights }
}
