import { SeededRandom } from "../random.ts"
import { OnnxGraphError } from "./errors.ts"
import { parameterCount, type ParameterLayout } from "./parameters.ts"

/** Hidden-layer nonlinearity of the built-in MLP. */
export type HiddenActivation = "relu" | "tanh"

/** The built-in binary classifiers; both end in a sigmoid and train on mean binary cross-entropy. */
export type BuiltinModelSpec =
  | { readonly kind: "logistic-regression"; readonly features: number }
  | { readonly kind: "mlp"; readonly features: number; readonly hidden: number; readonly activation: HiddenActivation }

function assertPositiveInteger(option: string, value: number): void {
  if (!Number.isInteger(value) || value <= 0) {
    throw new OnnxGraphError({ code: "ONNX_BAD_OPTION", option, reason: "not a positive integer" }, `${option} must be a positive integer, got ${value}`)
  }
}

export function validateModelSpec(spec: BuiltinModelSpec): void {
  assertPositiveInteger("features", spec.features)
  if (spec.kind === "mlp") assertPositiveInteger("hidden", spec.hidden)
}

/** Weight tensors in flat-vector order: W [d,1], b [1]; or W1 [d,h], b1 [h], W2 [h,1], b2 [1]. */
export function builtinParameterLayout(spec: BuiltinModelSpec): ParameterLayout {
  validateModelSpec(spec)
  if (spec.kind === "logistic-regression") {
    return [
      { name: "W", dims: [spec.features, 1] },
      { name: "b", dims: [1] },
    ]
  }
  return [
    { name: "W1", dims: [spec.features, spec.hidden] },
    { name: "b1", dims: [spec.hidden] },
    { name: "W2", dims: [spec.hidden, 1] },
    { name: "b2", dims: [1] },
  ]
}

/**
 * Starting weights. Logistic regression starts at zero (its loss is convex). The MLP's weight
 * matrices are Glorot-uniform (Glorot & Bengio, AISTATS 2010) from `seed`, so that hidden units
 * differ; biases start at zero. Every participant derives the same vector from the job's seed.
 */
export function initialWeights(spec: BuiltinModelSpec, seed: number): Float32Array {
  const layout = builtinParameterLayout(spec)
  if (spec.kind === "logistic-regression") return new Float32Array(parameterCount(layout))
  return initialWeightsForLayout(layout, seed)
}

/**
 * Starting weights of any layout (the built-in MLP's rule, also used for user-supplied graphs):
 * every rank-2 tensor [fanIn, fanOut] Glorot-uniform from `seed`, in layout order; every other
 * tensor (biases, scalars) zero.
 */
export function initialWeightsForLayout(layout: ParameterLayout, seed: number): Float32Array {
  const weights = new Float32Array(parameterCount(layout))
  const rng = new SeededRandom(seed)
  let at = 0
  for (const p of layout) {
    const size = p.dims.reduce((n, d) => n * d, 1)
    if (p.dims.length === 2) {
      const limit = Math.sqrt(6 / (p.dims[0] + p.dims[1]))
      for (let i = 0; i < size; i++) weights[at + i] = (2 * rng.nextFloat() - 1) * limit
    }
    at += size
  }
  return weights
}
