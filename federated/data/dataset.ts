/**
 * A float32 training table as ONNX Runtime wants it: `rows × features` row-major in `x`, one
 * label per row in `y` (0 or 1 for the built-in binary models). Already standardised and with
 * missing values imputed (see federated/data/standardize.ts).
 */
export type Dataset = {
  readonly rows: number
  readonly features: number
  readonly x: Float32Array
  readonly y: Float32Array
}

/** The rows of `data` at `indices`, in that order. */
export function selectRows(data: Dataset, indices: ArrayLike<number>): Dataset {
  const { features } = data
  const x = new Float32Array(indices.length * features)
  const y = new Float32Array(indices.length)
  for (let i = 0; i < indices.length; i++) {
    const row = indices[i]
    x.set(data.x.subarray(row * features, (row + 1) * features), i * features)
    y[i] = data.y[row]
  }
  return { rows: indices.length, features, x, y }
}

/** Rows of several datasets stacked, in argument order. */
export function concatDatasets(parts: readonly Dataset[]): Dataset {
  if (parts.length === 0) throw new RangeError("concatDatasets: nothing to concatenate")
  const features = parts[0].features
  const rows = parts.reduce((n, p) => n + p.rows, 0)
  const x = new Float32Array(rows * features)
  const y = new Float32Array(rows)
  let at = 0
  for (const part of parts) {
    if (part.features !== features) throw new RangeError(`concatDatasets: ${part.features} features, expected ${features}`)
    x.set(part.x, at * features)
    y.set(part.y, at)
    at += part.rows
  }
  return { rows, features, x, y }
}
