import type { Dataset } from "../data/dataset.ts"
import { buildInferenceModel } from "../onnx/inference.ts"
import type { BuiltinModelSpec } from "../onnx/modelSpec.ts"
import { ProbabilitySession } from "../onnx/probabilitySession.ts"
import type { SessionThreadOptions } from "../onnx/sessionOptions.ts"

/** Share of rows whose probability ≥ 0.5 agrees with the label. */
export function accuracyOf(probabilities: ArrayLike<number>, labels: ArrayLike<number>): number {
  let correct = 0
  for (let i = 0; i < labels.length; i++) if ((probabilities[i] >= 0.5 ? 1 : 0) === labels[i]) correct++
  return labels.length > 0 ? correct / labels.length : Number.NaN
}

/** Test accuracy of `weights`, scored through the exported ONNX inference graph. */
export async function evaluateAccuracy(model: BuiltinModelSpec, weights: Float32Array, test: Dataset, threads?: Partial<SessionThreadOptions>): Promise<number> {
  const session = await ProbabilitySession.create(buildInferenceModel(model, weights), model.features, threads)
  try {
    return accuracyOf(await session.predict(test.x, test.rows), test.y)
  } finally {
    await session.release()
  }
}
