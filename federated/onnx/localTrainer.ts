import type { Dataset } from "../data/dataset.ts"
import { SeededRandom } from "../random.ts"
import { OnnxGraphError } from "./errors.ts"
import type { TrainingStepSession } from "./trainingSession.ts"

export type LocalTrainingOptions = {
  readonly epochs: number
  readonly batchSize: number
  readonly learningRate: number
  /** FedProx coefficient; 0 or absent for FedAvg. */
  readonly mu?: number
  /** Seeds the per-epoch shuffle; derive it from (job, round, site) so reruns agree. */
  readonly seed: number
}

export type LocalTrainingResult = {
  readonly weights: Float32Array
  /** Rows of the local dataset (not rows × epochs): FedAvg's weight for this participant. */
  readonly examples: number
  /** Row-weighted mean of the batch losses over all epochs (each batch's loss before its step). */
  readonly meanLoss: number
  readonly steps: number
}

/**
 * Runs E local epochs of mini-batch SGD through one reused TrainingStepSession: each epoch a
 * seeded shuffle, then batches of `batchSize` rows (the last one may be smaller).
 */
export class LocalTrainer {
  private readonly session: TrainingStepSession

  constructor(session: TrainingStepSession) {
    this.session = session
  }

  async fit(data: Dataset, startWeights: Float32Array, opts: LocalTrainingOptions, globalWeights?: Float32Array): Promise<LocalTrainingResult> {
    validateOptions(opts)
    const { features } = this.session.contract
    if (data.features !== features) {
      throw new OnnxGraphError(
        { code: "ONNX_BATCH_SHAPE", rows: data.rows, features, xLength: data.x.length, yLength: data.y.length },
        `dataset has ${data.features} features, the training-step graph expects ${features}`,
      )
    }
    const rng = new SeededRandom(opts.seed)
    const order = new Uint32Array(data.rows)
    const batchSize = Math.min(opts.batchSize, Math.max(data.rows, 1))
    const xBuffer = new Float32Array(batchSize * features)
    const yBuffer = new Float32Array(batchSize)
    const global = globalWeights ?? (this.session.contract.proximal ? startWeights : undefined)
    let weights = startWeights
    let lossSum = 0
    let lossRows = 0
    let steps = 0
    for (let epoch = 0; epoch < opts.epochs; epoch++) {
      for (let i = 0; i < data.rows; i++) order[i] = i
      rng.shuffle(order)
      for (let start = 0; start < data.rows; start += batchSize) {
        const rows = Math.min(batchSize, data.rows - start)
        for (let r = 0; r < rows; r++) {
          const row = order[start + r]
          xBuffer.set(data.x.subarray(row * features, (row + 1) * features), r * features)
          yBuffer[r] = data.y[row]
        }
        const batch = { rows, x: xBuffer.subarray(0, rows * features), y: yBuffer.subarray(0, rows) }
        const result = await this.session.step(batch, weights, { learningRate: opts.learningRate, mu: opts.mu ?? 0, globalWeights: global })
        weights = result.weights
        lossSum += result.loss * rows
        lossRows += rows
        steps++
      }
    }
    return { weights: weights === startWeights ? Float32Array.from(startWeights) : weights, examples: data.rows, meanLoss: lossRows > 0 ? lossSum / lossRows : Number.NaN, steps }
  }
}

function validateOptions(opts: LocalTrainingOptions): void {
  const checks: [string, boolean][] = [
    ["epochs", Number.isInteger(opts.epochs) && opts.epochs >= 0],
    ["batchSize", Number.isInteger(opts.batchSize) && opts.batchSize >= 1],
    ["learningRate", Number.isFinite(opts.learningRate) && opts.learningRate > 0],
    ["mu", opts.mu === undefined || (Number.isFinite(opts.mu) && opts.mu >= 0)],
    ["seed", Number.isSafeInteger(opts.seed)],
  ]
  for (const [option, ok] of checks) {
    if (!ok) throw new OnnxGraphError({ code: "ONNX_BAD_OPTION", option, reason: "out of range" }, `local training option ${option} is out of range`)
  }
}
