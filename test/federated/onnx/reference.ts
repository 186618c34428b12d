// Plain-TypeScript float64 reference of the built-in models, to cross-check the ONNX graphs.
import type { BuiltinModelSpec } from "../../../federated/onnx/index.ts"

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z))

/** Logits of each row under `weights` (flat, in the built-in layout). */
export function referenceLogits(spec: BuiltinModelSpec, weights: ArrayLike<number>, x: ArrayLike<number>, rows: number): number[] {
  const d = spec.features
  const logits: number[] = []
  for (let r = 0; r < rows; r++) {
    if (spec.kind === "logistic-regression") {
      let z = weights[d]
      for (let j = 0; j < d; j++) z += x[r * d + j] * weights[j]
      logits.push(z)
      continue
    }
    const h = spec.hidden
    const b1 = d * h
    const w2 = b1 + h
    const b2 = w2 + h
    let z = weights[b2]
    for (let k = 0; k < h; k++) {
      let a = weights[b1 + k]
      for (let j = 0; j < d; j++) a += x[r * d + j] * weights[j * h + k]
      const act = spec.activation === "relu" ? Math.max(a, 0) : Math.tanh(a)
      z += act * weights[w2 + k]
    }
    logits.push(z)
  }
  return logits
}

export function referenceProbabilities(spec: BuiltinModelSpec, weights: ArrayLike<number>, x: ArrayLike<number>, rows: number): number[] {
  return referenceLogits(spec, weights, x, rows).map(sigmoid)
}

/** Mean binary cross-entropy. */
export function referenceLoss(spec: BuiltinModelSpec, weights: ArrayLike<number>, x: ArrayLike<number>, y: ArrayLike<number>, rows: number): number {
  const logits = referenceLogits(spec, weights, x, rows)
  let sum = 0
  for (let r = 0; r < rows; r++) {
    const p = sigmoid(logits[r])
    sum -= y[r] * Math.log(p) + (1 - y[r]) * Math.log(1 - p)
  }
  return sum / rows
}

/** Central finite differences of the mean loss. */
export function numericalGradient(spec: BuiltinModelSpec, weights: ArrayLike<number>, x: ArrayLike<number>, y: ArrayLike<number>, rows: number, eps = 1e-6): number[] {
  const w = Array.from(weights)
  return w.map((value, i) => {
    w[i] = value + eps
    const up = referenceLoss(spec, w, x, y, rows)
    w[i] = value - eps
    const down = referenceLoss(spec, w, x, y, rows)
    w[i] = value
    return (up - down) / (2 * eps)
  })
}
