/**
 * The final model as a plain ONNX inference graph: input `X` [batch, d] float32, output
 * `probability` [batch] float32 (of the positive class), weights baked in as initializers, and
 * the caller's provenance (job id, rounds, roster, consent-snapshot hashes, …) as the model's
 * metadata_props, readable by any ONNX tool. A DP job's model first clips `X` into the job's
 * public feature bounds (`clip`), as its training did.
 */
import { FEATURES_INPUT, PROBABILITY_OUTPUT } from "./contract.ts"
import { GraphBuilder, encodeModel, type ModelMetadata } from "./graphBuilder.ts"
import { builtinParameterLayout, type BuiltinModelSpec } from "./modelSpec.ts"
import { splitParameters } from "./parameters.ts"

/** Per-feature bounds the model clips `X` into before its first layer (a DP job's public feature bounds). */
export type InputClip = readonly { readonly lo: number; readonly hi: number }[]

export function buildInferenceModel(spec: BuiltinModelSpec, weights: Float32Array, metadata: ModelMetadata = {}, clip?: InputClip): Uint8Array {
  const layout = builtinParameterLayout(spec)
  const tensors = splitParameters(layout, weights)
  const g = new GraphBuilder(`medmesh_${spec.kind}_inference`)
  for (const p of layout) {
    const values = tensors.get(p.name)
    if (!values) throw new Error(`unreachable: no values for ${p.name}`)
    g.floats(Array.from(values), p.dims, p.name)
  }
  const input = g.input(FEATURES_INPUT, ["batch", spec.features])
  if (clip !== undefined && clip.length !== spec.features) throw new RangeError(`buildInferenceModel: ${clip.length} bounds for ${spec.features} features`)
  // X clipped into [lo, hi] per feature (Max then Min, broadcast over the batch), as in training
  const x = clip === undefined ? input : g.node("Min", [g.node("Max", [input, g.floats(clip.map((b) => b.lo), [spec.features])]), g.floats(clip.map((b) => b.hi), [spec.features])])
  let logits: string
  if (spec.kind === "logistic-regression") {
    logits = g.node("Add", [g.node("MatMul", [x, "W"]), "b"])
  } else {
    const hidden = g.node(spec.activation === "relu" ? "Relu" : "Tanh", [g.node("Add", [g.node("MatMul", [x, "W1"]), "b1"])])
    logits = g.node("Add", [g.node("MatMul", [hidden, "W2"]), "b2"])
  }
  const probability = g.node("Reshape", [g.node("Sigmoid", [logits]), g.int64s([-1], [1])])
  g.output(PROBABILITY_OUTPUT, probability, ["batch"])
  return encodeModel(g.toGraph(), { docString: `medmesh ${spec.kind} classifier`, metadata })
}
