/**
 * The input/output contract of a training-step graph: one SGD step written as an ordinary ONNX
 * inference graph (forward pass plus explicit gradient ops), because onnxruntime-node has no
 * training API. A user-supplied graph that follows it trains exactly like the built-in ones.
 *
 * Inputs (all float32):
 *   X            [batch, d]   features of one mini-batch (batch may be symbolic)
 *   y            [batch]      labels
 *   lr           []           learning rate (a scalar, rank 0)
 *   <P>          static dims  every other input is a weight tensor, e.g. W [d,1] and b [1];
 *                             their order in the graph is the order in the flat weight vector
 *   mu           []           FedProx only: proximal coefficient (Li et al., arXiv:1812.06127)
 *   <P>_global   same as <P>  FedProx only: the round's global weights, one per <P>
 * Outputs (all float32):
 *   <P>_out      same as <P>  the weights after the step, one per <P>
 *   loss         [] or [1]    the mean data loss of the batch before the step
 *
 * A graph is "proximal" iff it has an `mu` input; then every `<P>_global` must be present.
 * Graph initializers are constants, never weights, even if an old exporter also lists them as
 * inputs.
 */
import type { onnx as OnnxSchema } from "onnx-proto"
import { OnnxGraphError } from "./errors.ts"
import { decodeModel, onnx } from "./graphBuilder.ts"
import type { ParameterLayout, ParameterSpec } from "./parameters.ts"

export const FEATURES_INPUT = "X"
export const LABELS_INPUT = "y"
export const LEARNING_RATE_INPUT = "lr"
export const PROXIMAL_MU_INPUT = "mu"
export const LOSS_OUTPUT = "loss"
export const GLOBAL_SUFFIX = "_global"
export const OUT_SUFFIX = "_out"
/** Input and output of an inference graph (see inference.ts). */
export const PROBABILITY_OUTPUT = "probability"

export function globalInputName(parameter: string): string {
  return parameter + GLOBAL_SUFFIX
}

export function updatedOutputName(parameter: string): string {
  return parameter + OUT_SUFFIX
}

/** What a valid training-step graph turned out to be. */
export type TrainingStepContract = {
  readonly features: number
  readonly parameters: ParameterLayout
  readonly proximal: boolean
}

type TensorShape = { elemType: number; dims: (number | string | undefined)[] }

function shapeOf(info: OnnxSchema.IValueInfoProto): TensorShape | undefined {
  const tensor = info.type?.tensorType
  if (!tensor) return undefined
  const dims = (tensor.shape?.dim ?? []).map((d) => {
    if (d.dimParam) return d.dimParam
    if (d.dimValue !== undefined && d.dimValue !== null) return Number(d.dimValue)
    return undefined
  })
  return { elemType: tensor.elemType ?? 0, dims }
}

function describeDims(dims: readonly (number | string | undefined)[]): string {
  return `[${dims.map((d) => (d === undefined ? "?" : String(d))).join(",")}]`
}

function typeName(elemType: number): string {
  const names = onnx.TensorProto.DataType as unknown as Record<number, string>
  return names[elemType] ?? `type ${elemType}`
}

function requireFloat(kind: "input" | "output", name: string, shape: TensorShape): void {
  if (shape.elemType !== onnx.TensorProto.DataType.FLOAT) {
    throw new OnnxGraphError(
      { code: "ONNX_TENSOR_TYPE", name, expected: "FLOAT", actual: typeName(shape.elemType) },
      `${kind} "${name}" must be float32, the graph declares ${typeName(shape.elemType)}`,
    )
  }
}

function shapeError(kind: "input" | "output", name: string, expected: string, actual: readonly (number | string | undefined)[]): OnnxGraphError {
  return new OnnxGraphError(
    { code: "ONNX_TENSOR_SHAPE", name, expected, actual: describeDims(actual) },
    `${kind} "${name}" must have shape ${expected}, the graph declares ${describeDims(actual)}`,
  )
}

function sameDims(a: readonly (number | string | undefined)[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i])
}

/** Decodes a model: its graph and its non-constant inputs by name (`what` names them in errors). */
function graphAndInputs(modelBytes: Uint8Array, what: string): { graph: NonNullable<OnnxSchema.ModelProto["graph"]>; inputs: Map<string, TensorShape> } {
  let model: OnnxSchema.ModelProto
  try {
    model = decodeModel(modelBytes)
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err)
    throw new OnnxGraphError({ code: "ONNX_MODEL_UNREADABLE", reason }, `not an ONNX model: ${reason}`)
  }
  const graph = model.graph
  if (!graph) throw new OnnxGraphError({ code: "ONNX_MODEL_UNREADABLE", reason: "no graph" }, "not an ONNX model: it has no graph")
  const constants = new Set((graph.initializer ?? []).map((t) => t.name ?? ""))
  const inputs = new Map<string, TensorShape>()
  for (const info of graph.input ?? []) {
    const name = info.name ?? ""
    if (constants.has(name)) continue
    const shape = shapeOf(info)
    if (!shape) throw new OnnxGraphError({ code: "ONNX_TENSOR_TYPE", name, expected: "tensor", actual: "non-tensor" }, `${what} "${name}" must be a tensor`)
    inputs.set(name, shape)
  }
  return { graph, inputs }
}

/**
 * Reads a training-step model and checks it against the contract above. Throws an
 * OnnxGraphError whose message is one line naming the offending tensor.
 */
export function describeTrainingStepGraph(modelBytes: Uint8Array): TrainingStepContract {
  const { graph, inputs } = graphAndInputs(modelBytes, "input")
  const outputs = new Map<string, TensorShape>()
  for (const info of graph.output ?? []) {
    const shape = shapeOf(info)
    if (shape) outputs.set(info.name ?? "", shape)
  }

  const requireInput = (name: string): TensorShape => {
    const shape = inputs.get(name)
    if (!shape) throw new OnnxGraphError({ code: "ONNX_INPUT_MISSING", name }, `training-step graph has no input "${name}"`)
    requireFloat("input", name, shape)
    return shape
  }
  const requireOutput = (name: string): TensorShape => {
    const shape = outputs.get(name)
    if (!shape) throw new OnnxGraphError({ code: "ONNX_OUTPUT_MISSING", name }, `training-step graph has no output "${name}"`)
    requireFloat("output", name, shape)
    return shape
  }
  const requireScalar = (name: string): void => {
    const shape = requireInput(name)
    if (shape.dims.length !== 0) throw shapeError("input", name, "[] (a scalar)", shape.dims)
  }

  const x = requireInput(FEATURES_INPUT)
  const features = x.dims[1]
  if (x.dims.length !== 2 || typeof features !== "number" || features <= 0) throw shapeError("input", FEATURES_INPUT, "[batch, d] with a fixed d", x.dims)
  const y = requireInput(LABELS_INPUT)
  if (y.dims.length !== 1) throw shapeError("input", LABELS_INPUT, "[batch]", y.dims)
  requireScalar(LEARNING_RATE_INPUT)
  const proximal = inputs.has(PROXIMAL_MU_INPUT)
  if (proximal) requireScalar(PROXIMAL_MU_INPUT)

  const reserved = new Set([FEATURES_INPUT, LABELS_INPUT, LEARNING_RATE_INPUT, PROXIMAL_MU_INPUT])
  const parameters: ParameterSpec[] = []
  for (const [name, shape] of inputs) {
    if (reserved.has(name) || name.endsWith(GLOBAL_SUFFIX)) continue
    requireFloat("input", name, shape)
    if (!shape.dims.every((d): d is number => typeof d === "number" && d > 0)) {
      throw shapeError("input", name, "fixed dimensions (a weight tensor)", shape.dims)
    }
    parameters.push({ name, dims: shape.dims })
  }
  if (parameters.length === 0) {
    throw new OnnxGraphError({ code: "ONNX_INPUT_MISSING", name: "<weights>" }, "training-step graph has no weight inputs besides X, y, lr")
  }
  const parameterNames = new Set(parameters.map((p) => p.name))
  for (const name of inputs.keys()) {
    if (!name.endsWith(GLOBAL_SUFFIX)) continue
    const base = name.slice(0, -GLOBAL_SUFFIX.length)
    if (!proximal || !parameterNames.has(base)) {
      throw new OnnxGraphError(
        { code: "ONNX_UNEXPECTED_INPUT", name },
        proximal ? `input "${name}" matches no weight input "${base}"` : `input "${name}" needs an input "${PROXIMAL_MU_INPUT}" (FedProx graphs have both)`,
      )
    }
  }
  for (const p of parameters) {
    if (proximal) {
      const g = requireInput(globalInputName(p.name))
      if (!sameDims(g.dims, p.dims)) throw shapeError("input", globalInputName(p.name), describeDims(p.dims), g.dims)
    }
    const out = requireOutput(updatedOutputName(p.name))
    // outputs may leave their shape undeclared; a declared one must match
    if (out.dims.length > 0 && !sameDims(out.dims, p.dims)) throw shapeError("output", updatedOutputName(p.name), describeDims(p.dims), out.dims)
  }
  const loss = requireOutput(LOSS_OUTPUT)
  if (!(loss.dims.length === 0 || (loss.dims.length === 1 && (loss.dims[0] === 1 || loss.dims[0] === undefined)))) {
    throw shapeError("output", LOSS_OUTPUT, "[] or [1]", loss.dims)
  }
  return { features, parameters, proximal }
}

/**
 * The inference graph that goes with a user-supplied training step: inputs `X` [batch, d] and
 * exactly the training step's weight tensors `<P>` (same names, same dims), output `probability`
 * [batch] (or [batch, 1]) of the positive class. The node bakes the trained weights in as
 * initializers and puts the pooled standardiser in front of `X` (customModel.ts), so the exported
 * model reads raw feature values like the built-in ones.
 */
export function describeInferenceGraph(modelBytes: Uint8Array, parameters: ParameterLayout, features: number): void {
  const { graph, inputs } = graphAndInputs(modelBytes, "inference graph input")
  const x = inputs.get(FEATURES_INPUT)
  if (!x) throw new OnnxGraphError({ code: "ONNX_INPUT_MISSING", name: FEATURES_INPUT }, `inference graph has no input "${FEATURES_INPUT}"`)
  requireFloat("input", FEATURES_INPUT, x)
  if (x.dims.length !== 2 || x.dims[1] !== features) throw shapeError("input", FEATURES_INPUT, `[batch,${features}]`, x.dims)
  for (const p of parameters) {
    const shape = inputs.get(p.name)
    if (!shape) throw new OnnxGraphError({ code: "ONNX_INPUT_MISSING", name: p.name }, `inference graph has no input "${p.name}" (a weight of the training-step graph)`)
    requireFloat("input", p.name, shape)
    if (!sameDims(shape.dims, p.dims)) throw shapeError("input", p.name, describeDims(p.dims), shape.dims)
  }
  const known = new Set([FEATURES_INPUT, ...parameters.map((p) => p.name)])
  for (const name of inputs.keys()) {
    if (!known.has(name)) throw new OnnxGraphError({ code: "ONNX_UNEXPECTED_INPUT", name }, `inference graph input "${name}" is neither "${FEATURES_INPUT}" nor a weight of the training-step graph`)
  }
  const out = (graph.output ?? []).find((o) => (o.name ?? "") === PROBABILITY_OUTPUT)
  if (!out) throw new OnnxGraphError({ code: "ONNX_OUTPUT_MISSING", name: PROBABILITY_OUTPUT }, `inference graph has no output "${PROBABILITY_OUTPUT}"`)
  const shape = shapeOf(out)
  if (!shape) throw new OnnxGraphError({ code: "ONNX_TENSOR_TYPE", name: PROBABILITY_OUTPUT, expected: "tensor", actual: "non-tensor" }, `output "${PROBABILITY_OUTPUT}" must be a tensor`)
  requireFloat("output", PROBABILITY_OUTPUT, shape)
  if (!(shape.dims.length === 0 || shape.dims.length === 1 || (shape.dims.length === 2 && (shape.dims[1] === 1 || shape.dims[1] === undefined)))) {
    throw shapeError("output", PROBABILITY_OUTPUT, "[batch] or [batch,1]", shape.dims)
  }
}
