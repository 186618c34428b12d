import { OnnxGraphError } from "./errors.ts"

/** One weight tensor of a model: its graph input name and its (fully static) shape. */
export type ParameterSpec = { readonly name: string; readonly dims: readonly number[] }

/**
 * The order in which a model's weight tensors are laid end to end in one flat Float32Array.
 * Strategies, clipping, noise and encryption see only the flat vector; the layout maps it back
 * onto the graph's named inputs.
 */
export type ParameterLayout = readonly ParameterSpec[]

export function tensorSize(dims: readonly number[]): number {
  return dims.reduce((n, d) => n * d, 1)
}

export function parameterCount(layout: ParameterLayout): number {
  return layout.reduce((n, p) => n + tensorSize(p.dims), 0)
}

/** Views (no copy) of each named tensor inside a flat weight vector. */
export function splitParameters(layout: ParameterLayout, flat: Float32Array, what = "weights"): Map<string, Float32Array> {
  const expected = parameterCount(layout)
  if (flat.length !== expected) {
    throw new OnnxGraphError(
      { code: "ONNX_WEIGHTS_LENGTH", name: what, expected, actual: flat.length },
      `${what} has ${flat.length} values, the model's parameters ${layout.map((p) => `${p.name}[${p.dims.join(",")}]`).join(" ")} need ${expected}`,
    )
  }
  const views = new Map<string, Float32Array>()
  let at = 0
  for (const p of layout) {
    const size = tensorSize(p.dims)
    views.set(p.name, flat.subarray(at, at + size))
    at += size
  }
  return views
}
