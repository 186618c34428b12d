import type { Dataset } from "../data/dataset.ts"
import { LocalTrainer } from "../onnx/localTrainer.ts"
import { initialWeights, type BuiltinModelSpec } from "../onnx/modelSpec.ts"
import type { SessionThreadOptions } from "../onnx/sessionOptions.ts"
import { buildTrainingStepModel } from "../onnx/trainingStep.ts"
import { TrainingStepSession } from "../onnx/trainingSession.ts"
import { deriveSeed } from "../random.ts"

export type CentralisedOptions = {
  readonly model: BuiltinModelSpec
  /** Total epochs over the pooled rows; to match a federated run use rounds × local epochs. */
  readonly epochs: number
  readonly batchSize: number
  readonly learningRate: number
  readonly seed: number
  readonly threads?: Partial<SessionThreadOptions>
}

/**
 * The baseline the federated model is measured against: the same training-step graph, batch size
 * and learning rate, run on the pooled training rows for the same number of passes over each row.
 */
export async function trainCentralised(train: Dataset, opts: CentralisedOptions): Promise<{ weights: Float32Array; meanLoss: number }> {
  const session = await TrainingStepSession.create(buildTrainingStepModel(opts.model), opts.threads)
  try {
    const fit = await new LocalTrainer(session).fit(train, initialWeights(opts.model, opts.seed), {
      epochs: opts.epochs,
      batchSize: opts.batchSize,
      learningRate: opts.learningRate,
      seed: deriveSeed(opts.seed, 0x706f6f6c /* "pool" */),
    })
    return { weights: fit.weights, meanLoss: fit.meanLoss }
  } finally {
    await session.release()
  }
}
