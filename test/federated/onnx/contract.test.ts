import assert from "node:assert/strict"
import {
  LocalTrainer,
  OnnxGraphError,
  TrainingStepSession,
  buildTrainingStepModel,
  describeTrainingStepGraph,
} from "../../../federated/onnx/index.ts"
import { GraphBuilder, encodeModel } from "../../../federated/onnx/graphBuilder.ts"

/**
 * A user-supplied training step: linear regression on squared error, w ← w − lr·Xᵀ(Xw − y)·2/n,
 * with optional pieces left out to provoke each contract error.
 */
function userLinearRegressionStep(opts: { omit?: "lr" | "loss" | "w_out"; lrDims?: number[]; wDims?: (number | string)[]; extraGlobal?: boolean } = {}): Uint8Array {
  const g = new GraphBuilder("user_linear_regression")
  const x = g.input("X", ["n", 2])
  const y = g.input("y", ["n"])
  const lr = opts.omit === "lr" ? g.floats([0.1], []) : g.input("lr", opts.lrDims ?? [])
  const w = g.input("w", opts.wDims ?? [2, 1])
  if (opts.extraGlobal) g.input("w_global", [2, 1])
  const target = g.node("Reshape", [y, g.int64s([-1, 1], [2])])
  const error = g.node("Sub", [g.node("MatMul", [x, w]), target])
  const n = g.node("Cast", [g.node("Gather", [g.node("Shape", [x]), g.int64s([0], [])])], { to: 1 })
  const gradient = g.node("Div", [g.node("Mul", [g.floats([2], []), g.node("MatMul", [g.node("Transpose", [x]), error])]), n])
  if (opts.omit !== "w_out") g.output("w_out", g.node("Sub", [w, g.node("Mul", [lr, gradient])]), [2, 1])
  if (opts.omit !== "loss") g.output("loss", g.node("ReduceMean", [g.node("Mul", [error, error])], { keepdims: 0 }), [])
  return encodeModel(g.toGraph())
}

function refusal(bytes: Uint8Array): OnnxGraphError {
  try {
    describeTrainingStepGraph(bytes)
  } catch (err) {
    if (err instanceof OnnxGraphError) return err
    throw err
  }
  assert.fail("the graph was accepted")
}

describe("federated/onnx training-step contract", () => {
  it("describes the built-in graphs", () => {
    const lr = describeTrainingStepGraph(buildTrainingStepModel({ kind: "logistic-regression", features: 7 }))
    assert.deepEqual(lr, { features: 7, parameters: [{ name: "W", dims: [7, 1] }, { name: "b", dims: [1] }], proximal: false })
    const mlp = describeTrainingStepGraph(buildTrainingStepModel({ kind: "mlp", features: 3, hidden: 5, activation: "relu" }, { proximal: true }))
    assert.equal(mlp.proximal, true)
    assert.deepEqual(mlp.parameters.map((p) => `${p.name}[${p.dims.join(",")}]`), ["W1[3,5]", "b1[5]", "W2[5,1]", "b2[1]"])
  })

  it("accepts a user-supplied graph that follows the contract and trains it", async () => {
    const bytes = userLinearRegressionStep()
    assert.deepEqual(describeTrainingStepGraph(bytes), { features: 2, parameters: [{ name: "w", dims: [2, 1] }], proximal: false })
    const session = await TrainingStepSession.create(bytes)
    try {
      // y = 3·x0 − 2·x1, exactly representable
      const rows = 40
      const x = new Float32Array(rows * 2)
      const y = new Float32Array(rows)
      for (let i = 0; i < rows; i++) {
        x[2 * i] = Math.sin(i)
        x[2 * i + 1] = Math.cos(3 * i)
        y[i] = 3 * x[2 * i] - 2 * x[2 * i + 1]
      }
      const fit = await new LocalTrainer(session).fit({ rows, features: 2, x, y }, new Float32Array(2), { epochs: 200, batchSize: 8, learningRate: 0.1, seed: 1 })
      assert.ok(Math.abs(fit.weights[0] - 3) < 1e-3 && Math.abs(fit.weights[1] + 2) < 1e-3, `learned w = ${fit.weights}`)
      assert.equal(fit.examples, rows)
    } finally {
      await session.release()
    }
  })

  const broken: { title: string; bytes: () => Uint8Array; code: string; mentions: string }[] = [
    { title: "no lr input", bytes: () => userLinearRegressionStep({ omit: "lr" }), code: "ONNX_INPUT_MISSING", mentions: '"lr"' },
    { title: "no loss output", bytes: () => userLinearRegressionStep({ omit: "loss" }), code: "ONNX_OUTPUT_MISSING", mentions: '"loss"' },
    { title: "no w_out output", bytes: () => userLinearRegressionStep({ omit: "w_out" }), code: "ONNX_OUTPUT_MISSING", mentions: '"w_out"' },
    { title: "lr not a scalar", bytes: () => userLinearRegressionStep({ lrDims: [1] }), code: "ONNX_TENSOR_SHAPE", mentions: '"lr"' },
    { title: "a weight with a symbolic dimension", bytes: () => userLinearRegressionStep({ wDims: ["k", 1] }), code: "ONNX_TENSOR_SHAPE", mentions: '"w"' },
    { title: "a _global input without mu", bytes: () => userLinearRegressionStep({ extraGlobal: true }), code: "ONNX_UNEXPECTED_INPUT", mentions: '"w_global"' },
    { title: "bytes that are not ONNX", bytes: () => Uint8Array.of(0xff, 0xff, 0xff, 0x01), code: "ONNX_MODEL_UNREADABLE", mentions: "not an ONNX model" },
  ]
  for (const c of broken) {
    it(`refuses a graph with ${c.title}, in one line`, () => {
      const err = refusal(c.bytes())
      assert.equal(err.type.code, c.code)
      assert.ok(err.message.includes(c.mentions), `message "${err.message}" names ${c.mentions}`)
      assert.ok(!err.message.includes("\n"), `message "${err.message}" is one line`)
    })
  }

  it("TrainingStepSession.create validates before opening a session", async () => {
    await assert.rejects(TrainingStepSession.create(userLinearRegressionStep({ omit: "loss" })), { type: { code: "ONNX_OUTPUT_MISSING", name: "loss" } })
    await assert.rejects(TrainingStepSession.create(userLinearRegressionStep(), { intraOpNumThreads: 0 }), { type: { code: "ONNX_BAD_OPTION", option: "intraOpNumThreads", reason: "not a positive integer" } })
  })
})
