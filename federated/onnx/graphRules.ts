/**
 * What a user-supplied ONNX graph may contain before any ONNX Runtime session sees it. Checked on
 * the decoded protobuf only (no session, no allocation driven by the graph):
 *
 * - size ≤ the hospital's limit (never above MAX_ONNX_GRAPH_BYTES);
 * - IR version 3–10; opset imports only of the default ONNX domain ("" or "ai.onnx"), version
 *   MIN_OPSET–MAX_OPSET; no other domain (custom-op libraries, com.microsoft contrib ops, ONNX-ML);
 * - no model-local functions, no training_info, no subgraph attributes (If / Loop / Scan bodies);
 * - every node's op in ALLOWED_OPS (element-wise maths, matrix products, reductions, shape
 *   plumbing): ops that allocate a tensor sized by runtime data (Expand, Tile, ConstantOfShape,
 *   Range, Pad, Resize, OneHot), random ops and control flow are not on it;
 * - no tensor stored outside the model (external data) anywhere: initializers, sparse
 *   initializers, Constant-node and other tensor attributes;
 * - no value named with the reserved prefix "medmesh_" (the exported model adds such values).
 *
 * Every refusal is an OnnxGraphError with a one-line message naming the graph and the offence.
 */
import type { onnx as OnnxSchema } from "onnx-proto"
import { MAX_ONNX_GRAPH_BYTES } from "../../protocol/wire/limits.ts"
import { OnnxGraphError } from "./errors.ts"
import { decodeModel, onnx } from "./graphBuilder.ts"

export { MAX_ONNX_GRAPH_BYTES }

export const MIN_OPSET = 7
export const MAX_OPSET = 21
export const MIN_IR_VERSION = 3
export const MAX_IR_VERSION = 10
/** Node count bound: a training step of a small network has tens to hundreds of nodes. */
export const MAX_GRAPH_NODES = 10_000
/** Names the exported model adds to a user's inference graph. */
export const RESERVED_PREFIX = "medmesh_"

/** Default-domain ops a user-supplied graph may use. */
export const ALLOWED_OPS: ReadonlySet<string> = new Set([
  "Abs", "Add", "And", "ArgMax", "ArgMin", "Cast", "Ceil", "Clip", "Concat", "Constant", "Div", "Elu", "Equal", "Erf", "Exp",
  "Flatten", "Floor", "Gather", "Gemm", "Greater", "GreaterOrEqual", "HardSigmoid", "Identity", "LeakyRelu", "Less",
  "LessOrEqual", "Log", "LogSoftmax", "MatMul", "Max", "Mean", "Min", "Mul", "Neg", "Not", "Or", "Pow", "Reciprocal",
  "ReduceL2", "ReduceLogSumExp", "ReduceMax", "ReduceMean", "ReduceMin", "ReduceSum", "ReduceSumSquare", "Relu", "Reshape",
  "Selu", "Shape", "Sigmoid", "Sign", "Size", "Slice", "Softmax", "Softplus", "Softsign", "Split", "Sqrt", "Squeeze", "Sub",
  "Sum", "Tanh", "Transpose", "Unsqueeze", "Where", "Xor",
])

const DEFAULT_DOMAINS = new Set(["", "ai.onnx"])
const ATTR = onnx.AttributeProto.AttributeType

function refuse(what: string, rule: string, detail: string): OnnxGraphError {
  return new OnnxGraphError({ code: "ONNX_GRAPH_NOT_ALLOWED", rule, detail }, `${what}: ${detail}`)
}

function short(s: string | null | undefined): string {
  const v = s ?? ""
  return v.length > 60 ? `${v.slice(0, 60)}…` : v
}

function checkTensor(what: string, t: OnnxSchema.ITensorProto | null | undefined, where: string): void {
  if (t == null) return
  if (t.dataLocation === onnx.TensorProto.DataLocation.EXTERNAL || (t.externalData ?? []).length > 0) {
    throw new OnnxGraphError({ code: "ONNX_EXTERNAL_DATA", name: short(t.name) || where }, `${what}: tensor "${short(t.name) || where}" refers to external data (every tensor must be inside the model)`)
  }
}

function checkSparse(what: string, t: OnnxSchema.ISparseTensorProto | null | undefined, where: string): void {
  if (t == null) return
  checkTensor(what, t.values, where)
  checkTensor(what, t.indices, where)
}

/**
 * Decodes `bytes` and checks the rules above; `what` names the graph in messages ("training-step
 * graph", "inference graph"). Returns the decoded model.
 */
export function checkGraphRules(bytes: Uint8Array, what: string, maxBytes: number = MAX_ONNX_GRAPH_BYTES): OnnxSchema.ModelProto {
  const limit = Math.min(maxBytes, MAX_ONNX_GRAPH_BYTES)
  if (bytes.length > limit) throw new OnnxGraphError({ code: "ONNX_GRAPH_TOO_LARGE", bytes: bytes.length, limit }, `${what}: ${bytes.length} bytes exceeds the limit of ${limit} bytes`)
  let model: OnnxSchema.ModelProto
  try {
    model = decodeModel(bytes)
  } catch (err) {
    const reason = (err instanceof Error ? err.message : String(err)).split("\n")[0].slice(0, 200)
    throw new OnnxGraphError({ code: "ONNX_MODEL_UNREADABLE", reason }, `${what}: not an ONNX model: ${reason}`)
  }
  const graph = model.graph
  if (!graph) throw new OnnxGraphError({ code: "ONNX_MODEL_UNREADABLE", reason: "no graph" }, `${what}: not an ONNX model: it has no graph`)

  const ir = Number(model.irVersion ?? 0)
  if (!(ir >= MIN_IR_VERSION && ir <= MAX_IR_VERSION)) throw refuse(what, "ir_version", `IR version ${ir} is outside ${MIN_IR_VERSION}–${MAX_IR_VERSION}`)
  const opsets = model.opsetImport ?? []
  let defaultOpset = 0
  for (const o of opsets) {
    const domain = o.domain ?? ""
    if (!DEFAULT_DOMAINS.has(domain)) throw refuse(what, "domain", `opset domain "${short(domain)}" is not allowed (only the default ONNX domain)`)
    const version = Number(o.version ?? 0)
    if (!(version >= MIN_OPSET && version <= MAX_OPSET)) throw refuse(what, "opset", `opset ${version} is outside ${MIN_OPSET}–${MAX_OPSET}`)
    defaultOpset = version
  }
  if (defaultOpset === 0) throw refuse(what, "opset", "no opset import of the default ONNX domain")
  if ((model.functions ?? []).length > 0) throw refuse(what, "functions", `model-local function "${short(model.functions[0].name)}" is not allowed`)
  if ((model.trainingInfo ?? []).length > 0) throw refuse(what, "training_info", "training_info is not allowed (the training step must be the main graph)")

  const nodes = graph.node ?? []
  if (nodes.length > MAX_GRAPH_NODES) throw refuse(what, "nodes", `${nodes.length} nodes exceeds the limit of ${MAX_GRAPH_NODES}`)
  for (const t of graph.initializer ?? []) checkTensor(what, t, "initializer")
  for (const t of graph.sparseInitializer ?? []) checkSparse(what, t, "sparse initializer")

  const names: string[] = [...(graph.input ?? []).map((i) => i.name ?? ""), ...(graph.initializer ?? []).map((t) => t.name ?? "")]
  for (const node of nodes) {
    const op = node.opType ?? ""
    const domain = node.domain ?? ""
    if (!DEFAULT_DOMAINS.has(domain)) throw refuse(what, "domain", `node "${short(node.name)}" uses op domain "${short(domain)}" (only the default ONNX domain)`)
    if (!ALLOWED_OPS.has(op)) throw refuse(what, "op", `op ${short(op)} (node "${short(node.name)}") is not on the allowlist`)
    for (const a of node.attribute ?? []) {
      if (a.type === ATTR.GRAPH || a.type === ATTR.GRAPHS || a.g != null || (a.graphs ?? []).length > 0) throw refuse(what, "subgraph", `node "${short(node.name)}" has a subgraph attribute "${short(a.name)}"`)
      checkTensor(what, a.t, `attribute ${short(a.name)} of node ${short(node.name)}`)
      for (const t of a.tensors ?? []) checkTensor(what, t, `attribute ${short(a.name)} of node ${short(node.name)}`)
      checkSparse(what, a.sparseTensor, `attribute ${short(a.name)} of node ${short(node.name)}`)
      for (const t of a.sparseTensors ?? []) checkSparse(what, t, `attribute ${short(a.name)} of node ${short(node.name)}`)
      if ((a.refAttrName ?? "") !== "") throw refuse(what, "functions", `node "${short(node.name)}" refers to a function attribute`)
    }
    names.push(...(node.output ?? []))
  }
  const reserved = names.find((n) => n.startsWith(RESERVED_PREFIX))
  if (reserved !== undefined) throw refuse(what, "names", `value "${short(reserved)}" uses the reserved prefix "${RESERVED_PREFIX}"`)
  return model
}
