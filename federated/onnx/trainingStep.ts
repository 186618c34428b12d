/**
 * Builders of the built-in training-step graphs (contract in contract.ts): one mini-batch SGD
 * step on mean binary cross-entropy, gradients written out by hand, optionally with the FedProx
 * proximal term (mu/2)·‖w − w_global‖² (Li et al., arXiv:1812.06127), whose gradient
 * mu·(w − w_global) is added before the step.
 *
 * With logits z and labels t, BCE(σ(z), t) = max(z,0) − z·t + log(1 + e^{−|z|}) (overflow-free),
 * and ∂/∂z of the batch mean is (σ(z) − t)/n — the residual every gradient below starts from.
 */
import {
  FEATURES_INPUT,
  LABELS_INPUT,
  LEARNING_RATE_INPUT,
  LOSS_OUTPUT,
  PROXIMAL_MU_INPUT,
  globalInputName,
  updatedOutputName,
} from "./contract.ts"
import { GraphBuilder, encodeModel } from "./graphBuilder.ts"
import { builtinParameterLayout, type BuiltinModelSpec } from "./modelSpec.ts"

const BATCH = "batch"

export type TrainingStepOptions = {
  /** Adds `mu` and `<P>_global` inputs (FedProx). Default false. */
  readonly proximal?: boolean
}

/** Logits [batch,1] plus what backprop needs, from a built-in model's forward pass. */
type Forward = { logits: string; hidden?: { preActivation: string; activation: string } }

function forward(g: GraphBuilder, spec: BuiltinModelSpec, x: string): Forward {
  if (spec.kind === "logistic-regression") {
    return { logits: g.node("Add", [g.node("MatMul", [x, "W"]), "b"]) }
  }
  const preActivation = g.node("Add", [g.node("MatMul", [x, "W1"]), "b1"])
  const activation = g.node(spec.activation === "relu" ? "Relu" : "Tanh", [preActivation])
  return { logits: g.node("Add", [g.node("MatMul", [activation, "W2"]), "b2"]), hidden: { preActivation, activation } }
}

/** Mean BCE with logits, as a scalar. */
function meanBceWithLogits(g: GraphBuilder, logits: string, targets: string): string {
  const positivePart = g.node("Relu", [logits])
  const zt = g.node("Mul", [logits, targets])
  const softTail = g.node("Log", [g.node("Add", [g.floats([1], []), g.node("Exp", [g.node("Neg", [g.node("Abs", [logits])])])])])
  const perRow = g.node("Add", [g.node("Sub", [positivePart, zt]), softTail])
  return g.node("ReduceMean", [perRow], { keepdims: 0 })
}

/** Column sums over the batch axis: [batch, k] → [k]. */
function sumOverBatch(g: GraphBuilder, value: string): string {
  return g.node("ReduceSum", [value, g.int64s([0], [1])], { keepdims: 0 })
}

/** Builds the training-step ONNX model for a built-in model; returns the encoded bytes. */
export function buildTrainingStepModel(spec: BuiltinModelSpec, opts: TrainingStepOptions = {}): Uint8Array {
  const layout = builtinParameterLayout(spec)
  const proximal = opts.proximal ?? false
  const g = new GraphBuilder(`medmesh_${spec.kind}_training_step`)

  const x = g.input(FEATURES_INPUT, [BATCH, spec.features])
  const y = g.input(LABELS_INPUT, [BATCH])
  const lr = g.input(LEARNING_RATE_INPUT, [])
  for (const p of layout) g.input(p.name, p.dims)
  const mu = proximal ? g.input(PROXIMAL_MU_INPUT, []) : undefined
  if (proximal) for (const p of layout) g.input(globalInputName(p.name), p.dims)

  const targets = g.node("Reshape", [y, g.int64s([-1, 1], [2])])
  const fwd = forward(g, spec, x)
  const loss = meanBceWithLogits(g, fwd.logits, targets)

  const batchSize = g.node("Cast", [g.node("Gather", [g.node("Shape", [x]), g.int64s([0], [])])], { to: 1 /* FLOAT */ })
  const residual = g.node("Div", [g.node("Sub", [g.node("Sigmoid", [fwd.logits]), targets]), batchSize])
  const xT = g.node("Transpose", [x])

  const gradients = new Map<string, string>()
  if (spec.kind === "logistic-regression") {
    gradients.set("W", g.node("MatMul", [xT, residual]))
    gradients.set("b", sumOverBatch(g, residual))
  } else {
    const hidden = fwd.hidden
    if (!hidden) throw new Error("unreachable: MLP forward without a hidden layer")
    gradients.set("W2", g.node("MatMul", [g.node("Transpose", [hidden.activation]), residual]))
    gradients.set("b2", sumOverBatch(g, residual))
    const dActivation = g.node("MatMul", [residual, g.node("Transpose", ["W2"])])
    const derivative =
      spec.activation === "relu"
        ? g.node("Cast", [g.node("Greater", [hidden.preActivation, g.floats([0], [])])], { to: 1 /* FLOAT */ })
        : g.node("Sub", [g.floats([1], []), g.node("Mul", [hidden.activation, hidden.activation])])
    const dPre = g.node("Mul", [dActivation, derivative])
    gradients.set("W1", g.node("MatMul", [xT, dPre]))
    gradients.set("b1", sumOverBatch(g, dPre))
  }

  for (const p of layout) {
    let gradient = gradients.get(p.name)
    if (gradient === undefined) throw new Error(`unreachable: no gradient for ${p.name}`)
    if (mu !== undefined) {
      gradient = g.node("Add", [gradient, g.node("Mul", [mu, g.node("Sub", [p.name, globalInputName(p.name)])])])
    }
    const updated = g.node("Sub", [p.name, g.node("Mul", [lr, gradient])])
    g.output(updatedOutputName(p.name), updated, p.dims)
  }
  g.output(LOSS_OUTPUT, loss, [])

  return encodeModel(g.toGraph(), {
    docString: `medmesh ${spec.kind} training step (SGD on mean BCE${proximal ? " + FedProx proximal term" : ""})`,
  })
}
