import * as ort from "onnxruntime-node"
import {
  FEATURES_INPUT,
  LABELS_INPUT,
  LEARNING_RATE_INPUT,
  LOSS_OUTPUT,
  PROXIMAL_MU_INPUT,
  describeTrainingStepGraph,
  globalInputName,
  updatedOutputName,
  type TrainingStepContract,
} from "./contract.ts"
import { OnnxGraphError } from "./errors.ts"
import { parameterCount, splitParameters, tensorSize } from "./parameters.ts"
import { ortSessionOptions, type SessionThreadOptions } from "./sessionOptions.ts"

/** One mini-batch, row-major. */
export type Batch = { readonly rows: number; readonly x: Float32Array; readonly y: Float32Array }

export type StepHyperparameters = {
  readonly learningRate: number
  /** FedProx coefficient; required (may be 0) by a proximal graph, refused (unless 0) by a plain one. */
  readonly mu?: number
  /** The round's global weights; required by a proximal graph. */
  readonly globalWeights?: Float32Array
}

export type StepResult = { readonly weights: Float32Array; readonly loss: number }

/**
 * An ONNX Runtime session over one training-step graph (contract.ts), created once and reused for
 * every batch and epoch. Weights go in and come out as one flat Float32Array in the layout the
 * graph's inputs define.
 */
export class TrainingStepSession {
  readonly contract: TrainingStepContract
  readonly parameterCount: number
  private readonly session: ort.InferenceSession

  private constructor(contract: TrainingStepContract, session: ort.InferenceSession) {
    this.contract = contract
    this.session = session
    this.parameterCount = parameterCount(contract.parameters)
  }

  /** Validates the graph against the contract, then opens the session (threads default to 1/1). */
  static async create(modelBytes: Uint8Array, threads: Partial<SessionThreadOptions> = {}): Promise<TrainingStepSession> {
    const contract = describeTrainingStepGraph(modelBytes)
    const session = await ort.InferenceSession.create(modelBytes, ortSessionOptions(threads))
    return new TrainingStepSession(contract, session)
  }

  async step(batch: Batch, weights: Float32Array, hyper: StepHyperparameters): Promise<StepResult> {
    const { features, parameters, proximal } = this.contract
    if (batch.rows <= 0 || batch.x.length !== batch.rows * features || batch.y.length !== batch.rows) {
      throw new OnnxGraphError(
        { code: "ONNX_BATCH_SHAPE", rows: batch.rows, features, xLength: batch.x.length, yLength: batch.y.length },
        `batch of ${batch.rows} rows needs x of ${batch.rows * features} and y of ${batch.rows} values, got ${batch.x.length} and ${batch.y.length}`,
      )
    }
    const feeds: Record<string, ort.Tensor> = {
      [FEATURES_INPUT]: new ort.Tensor("float32", batch.x, [batch.rows, features]),
      [LABELS_INPUT]: new ort.Tensor("float32", batch.y, [batch.rows]),
      [LEARNING_RATE_INPUT]: scalar(hyper.learningRate),
    }
    for (const [name, values] of splitParameters(parameters, weights)) {
      feeds[name] = new ort.Tensor("float32", values, dimsOf(parameters, name))
    }
    const mu = hyper.mu ?? 0
    if (proximal) {
      if (!hyper.globalWeights) {
        throw new OnnxGraphError({ code: "ONNX_PROXIMAL_MISMATCH", graphIsProximal: true }, "FedProx training-step graph needs the round's global weights")
      }
      feeds[PROXIMAL_MU_INPUT] = scalar(mu)
      for (const [name, values] of splitParameters(parameters, hyper.globalWeights, "global weights")) {
        feeds[globalInputName(name)] = new ort.Tensor("float32", values, dimsOf(parameters, name))
      }
    } else if (mu !== 0) {
      throw new OnnxGraphError({ code: "ONNX_PROXIMAL_MISMATCH", graphIsProximal: false }, `mu = ${mu} needs a FedProx training-step graph (inputs "mu" and "<P>_global")`)
    }

    const results = await this.session.run(feeds)
    const updated = new Float32Array(this.parameterCount)
    let at = 0
    for (const p of parameters) {
      const out = results[updatedOutputName(p.name)]
      const size = tensorSize(p.dims)
      if (!out || out.type !== "float32" || out.data.length !== size) {
        throw new OnnxGraphError(
          { code: "ONNX_TENSOR_SHAPE", name: updatedOutputName(p.name), expected: `${size} float32 values`, actual: out ? `${out.data.length} ${out.type}` : "nothing" },
          `output "${updatedOutputName(p.name)}" must hold ${size} float32 values`,
        )
      }
      updated.set(out.data as Float32Array, at)
      at += size
    }
    const lossTensor = results[LOSS_OUTPUT]
    const loss = lossTensor ? Number((lossTensor.data as Float32Array)[0]) : Number.NaN
    return { weights: updated, loss }
  }

  async release(): Promise<void> {
    await this.session.release()
  }
}

function scalar(value: number): ort.Tensor {
  return new ort.Tensor("float32", Float32Array.of(value), [])
}

function dimsOf(parameters: TrainingStepContract["parameters"], name: string): readonly number[] {
  const spec = parameters.find((p) => p.name === name)
  if (!spec) throw new Error(`unreachable: unknown parameter ${name}`)
  return spec.dims
}
