/**
 * The final model as a plain ONNX inference graph: input `X` [batch, d] float32, output
 * `probability` [batch] float32 (of the positive class), weights baked in as initializers, and
 * the caller's provenance (job id, rounds, roster, consent-snapshot hashes, …) as the model's
 * metadata_props, readable by any ONNX tool.
 */
import { FEATURES_INPUT, PROBABILITY_OUTPUT } from "./contract.ts"
import { GraphBuilder, encodeModel, type ModelMetadata } from "./graphBuilder.ts"
import { builtinParameterLayout, type BuiltinModelSpec } from "./modelSpec.ts"
import { splitParameters } from "./parameters.ts"

export function buildInferenceModel(spec: BuiltinModelSpec, weights: Float32Array, metadata: ModelMetadata = {}): Uint8Array {
  const layout = builtinParameterLayout(spec)
  const tensors = splitParameters(layout, weights)
  const g = new GraphBuilder(`medmesh_${spec.kind}_inference`)
  for (const p of layout) {
    const values = tensors.get(p.name)
    if (!values) throw new Error(`unreachable: no values for ${p.name}`)
    g.floats(Array.from(values), p.dims, p.name)
  }
  const x = g.input(FEATURES_INPUT, ["batch", spec.features])
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
