import * as ort from "onnxruntime-node"
import { FEATURES_INPUT, PROBABILITY_OUTPUT } from "./contract.ts"
import { OnnxGraphError } from "./errors.ts"
import { ortSessionOptions, type SessionThreadOptions } from "./sessionOptions.ts"

/** An ONNX Runtime session over an inference graph from inference.ts: X → probability. */
export class ProbabilitySession {
  readonly features: number
  private readonly session: ort.InferenceSession

  private constructor(session: ort.InferenceSession, features: number) {
    this.session = session
    this.features = features
  }

  static async create(modelBytes: Uint8Array, features: number, threads: Partial<SessionThreadOptions> = {}): Promise<ProbabilitySession> {
    return new ProbabilitySession(await ort.InferenceSession.create(modelBytes, ortSessionOptions(threads)), features)
  }

  /** Probability of the positive class for each of `rows` rows of `x`. */
  async predict(x: Float32Array, rows: number): Promise<Float32Array> {
    if (x.length !== rows * this.features) {
      throw new OnnxGraphError(
        { code: "ONNX_BATCH_SHAPE", rows, features: this.features, xLength: x.length, yLength: 0 },
        `${rows} rows need x of ${rows * this.features} values, got ${x.length}`,
      )
    }
    const out = await this.session.run({ [FEATURES_INPUT]: new ort.Tensor("float32", x, [rows, this.features]) })
    const probability = out[PROBABILITY_OUTPUT]
    if (!probability) throw new OnnxGraphError({ code: "ONNX_OUTPUT_MISSING", name: PROBABILITY_OUTPUT }, `inference graph has no output "${PROBABILITY_OUTPUT}"`)
    return Float32Array.from(probability.data as Float32Array)
  }

  async release(): Promise<void> {
    await this.session.release()
  }
}
