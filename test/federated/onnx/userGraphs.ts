/**
 * User-supplied graphs for tests, built independently of federated/onnx/trainingStep.ts with the
 * same onnx-proto builders: logistic regression written another way (Gemm forward, probability-
 * space BCE, Gemm with transA for the weight gradient), its inference graph, and an inference
 * graph that goes with the built-in graphs' weights.
 */
import type { onnx as OnnxSchema } from "onnx-proto"
import { GraphBuilder, decodeModel, encodeModel, onnx } from "../../../federated/onnx/graphBuilder.ts"

const FLOAT = onnx.TensorProto.DataType.FLOAT

/** Gemm with float attributes left at their defaults (alpha = beta = 1). */
function gemm(g: GraphBuilder, a: string, b: string, c: string | undefined, attrs: { transA?: number; transB?: number } = {}): string {
  return g.node("Gemm", c === undefined ? [a, b] : [a, b, c], attrs)
}

/**
 * One SGD step of logistic regression with weights `w` [d,1] and `bias` [1] (names differ from
 * the built-in W/b on purpose), loss = −mean(t·log(p+ε) + (1−t)·log(1−p+ε)); with `proximal`,
 * FedProx inputs mu, w_global, bias_global.
 */
export function userLogisticStep(features: number, opts: { proximal?: boolean; divideByZero?: boolean } = {}): Uint8Array {
  const g = new GraphBuilder("user_logistic_step")
  const x = g.input("X", ["rows", features])
  const y = g.input("y", ["rows"])
  const lr = g.input("lr", [])
  g.input("w", [features, 1])
  g.input("bias", [1])
  const mu = opts.proximal ? g.input("mu", []) : undefined
  if (opts.proximal) {
    g.input("w_global", [features, 1])
    g.input("bias_global", [1])
  }
  const t = g.node("Unsqueeze", [y, g.int64s([1], [1])])
  const p = g.node("Sigmoid", [gemm(g, x, "w", "bias")])
  const eps = g.floats([1e-7], [])
  const one = g.floats([1], [])
  const ll = g.node("Add", [g.node("Mul", [t, g.node("Log", [g.node("Add", [p, eps])])]), g.node("Mul", [g.node("Sub", [one, t]), g.node("Log", [g.node("Add", [g.node("Sub", [one, p]), eps])])])])
  const loss = g.node("Neg", [g.node("ReduceMean", [ll], { keepdims: 0 })])
  const n = g.node("Cast", [g.node("Size", [y])], { to: FLOAT })
  const residual = g.node("Div", [g.node("Sub", [p, t]), n])
  let gw = gemm(g, x, residual, undefined, { transA: 1 })
  let gb = g.node("ReduceSum", [residual, g.int64s([0], [1])], { keepdims: 0 })
  if (mu !== undefined) {
    gw = g.node("Add", [gw, g.node("Mul", [mu, g.node("Sub", ["w", "w_global"])])])
    gb = g.node("Add", [gb, g.node("Mul", [mu, g.node("Sub", ["bias", "bias_global"])])])
  }
  if (opts.divideByZero) gw = g.node("Div", [gw, g.floats([0], [])])
  g.output("w_out", g.node("Sub", ["w", g.node("Mul", [lr, gw])]), [features, 1])
  g.output("bias_out", g.node("Sub", ["bias", g.node("Mul", [lr, gb])]), [1])
  g.output("loss", loss, [])
  return encodeModel(g.toGraph(), { docString: "user logistic regression step (test)" })
}

/** X [rows,d], the named weights → probability [rows]: sigmoid(X·W + b) for a linear model, or the built-in MLP's forward pass. */
export function userInferenceGraph(features: number, weights: { kind: "linear"; w: string; b: string } | { kind: "mlp"; hidden: number }): Uint8Array {
  const g = new GraphBuilder("user_inference")
  const x = g.input("X", ["rows", features])
  let logits: string
  if (weights.kind === "linear") {
    g.input(weights.w, [features, 1])
    g.input(weights.b, [1])
    logits = g.node("Add", [g.node("MatMul", [x, weights.w]), weights.b])
  } else {
    g.input("W1", [features, weights.hidden])
    g.input("b1", [weights.hidden])
    g.input("W2", [weights.hidden, 1])
    g.input("b2", [1])
    const h = g.node("Relu", [g.node("Add", [g.node("MatMul", [x, "W1"]), "b1"])])
    logits = g.node("Add", [g.node("MatMul", [h, "W2"]), "b2"])
  }
  g.output("probability", g.node("Reshape", [g.node("Sigmoid", [logits]), g.int64s([-1], [1])]), ["rows"])
  return encodeModel(g.toGraph(), { docString: "user inference graph (test)" })
}

/** Decodes, lets `edit` change the model, encodes again (to provoke one refusal at a time). */
export function mutateGraph(bytes: Uint8Array, edit: (m: OnnxSchema.ModelProto) => void): Uint8Array {
  const m = decodeModel(bytes)
  edit(m)
  return onnx.ModelProto.encode(m).finish()
}
