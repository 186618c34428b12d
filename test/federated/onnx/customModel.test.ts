import assert from "node:assert/strict"
import {
  buildCustomInferenceModel,
  buildInferenceModel,
  buildTrainingStepModel,
  checkCustomModel,
  graphHash,
  MAX_ONNX_GRAPH_BYTES,
  OnnxGraphError,
  ProbabilitySession,
  validateCustomModel,
  type CustomGraphs,
  type CustomModelExpectations,
} from "../../../federated/onnx/index.ts"
import type { onnx as OnnxSchema } from "onnx-proto"
import { onnx } from "../../../federated/onnx/graphBuilder.ts"
import { SeededRandom } from "../../../federated/random.ts"
import { foldStandardizer } from "../../../node/federated/model.ts"
import { mutateGraph, userInferenceGraph, userLogisticStep } from "./userGraphs.ts"

const D = 5
const good = (): CustomGraphs => ({ trainingGraph: userLogisticStep(D), inferenceGraph: userInferenceGraph(D, { kind: "linear", w: "w", b: "bias" }) })
const expect = (extra: Partial<CustomModelExpectations> = {}): CustomModelExpectations => ({ features: D, proximal: false, ...extra })

async function refusal(graphs: CustomGraphs, expectations: CustomModelExpectations = expect()): Promise<OnnxGraphError> {
  try {
    await validateCustomModel(graphs, expectations)
  } catch (err) {
    if (err instanceof OnnxGraphError) {
      assert.ok(!err.message.includes("\n"), `one line: ${err.message}`)
      return err
    }
    throw err
  }
  assert.fail("the graphs were accepted")
}

function renameInput(from: string, to: string): (m: OnnxSchema.ModelProto) => void {
  return (m) => {
    const g = m.graph as OnnxSchema.GraphProto
    for (const i of g.input) if (i.name === from) i.name = to
    for (const n of g.node) n.input = (n.input ?? []).map((x) => (x === from ? to : x))
  }
}

describe("federated/onnx user-supplied models (contract, rules, dry run)", function () {
  this.timeout(60_000)

  it("accepts an independently built logistic regression with its inference graph, and the built-in graph's bytes", async () => {
    const graphs = good()
    const model = await validateCustomModel(graphs, expect({ trainingHash: graphHash(graphs.trainingGraph), inferenceHash: graphHash(graphs.inferenceGraph) }))
    assert.deepEqual(model.contract, { features: D, parameters: [{ name: "w", dims: [D, 1] }, { name: "bias", dims: [1] }], proximal: false })
    assert.equal(model.trainingHash, graphHash(graphs.trainingGraph))
    const builtin = await validateCustomModel({ trainingGraph: buildTrainingStepModel({ kind: "logistic-regression", features: D }), inferenceGraph: userInferenceGraph(D, { kind: "linear", w: "W", b: "b" }) }, expect())
    assert.deepEqual(builtin.contract.parameters.map((p) => p.name), ["W", "b"])
    const mlp = await validateCustomModel({ trainingGraph: buildTrainingStepModel({ kind: "mlp", features: D, hidden: 4, activation: "relu" }, { proximal: true }), inferenceGraph: userInferenceGraph(D, { kind: "mlp", hidden: 4 }) }, expect({ proximal: true }))
    assert.equal(mlp.contract.proximal, true)
  })

  it("refuses a hash mismatch before reading the graph", async () => {
    const e = await refusal(good(), expect({ trainingHash: "0".repeat(64) }))
    assert.equal(e.type.code, "ONNX_HASH_MISMATCH")
    assert.match(e.message, /^training-step graph: SHA-256 [0-9a-f]{16}… is not the 0{16}… the job committed to$/)
  })

  it("refuses an oversized graph (hospital limit, and the hard limit)", async () => {
    const small = await refusal(good(), expect({ maxBytes: 200 }))
    assert.equal(small.type.code, "ONNX_GRAPH_TOO_LARGE")
    assert.match(small.message, /^training-step graph: \d+ bytes exceeds the limit of 200 bytes$/)
    const padded = mutateGraph(good().trainingGraph, (m) => (m.docString = "x".repeat(MAX_ONNX_GRAPH_BYTES)))
    const big = await refusal({ ...good(), trainingGraph: padded }, expect({ maxBytes: 1e12 }))
    assert.match(big.message, new RegExp(`exceeds the limit of ${MAX_ONNX_GRAPH_BYTES} bytes$`))
  })

  it("refuses custom-op domains, ops off the allowlist, functions and subgraphs", async () => {
    const domain = await refusal({ ...good(), trainingGraph: mutateGraph(good().trainingGraph, (m) => m.opsetImport.push(onnx.OperatorSetIdProto.create({ domain: "com.microsoft", version: 1 }))) })
    assert.equal(domain.message, 'training-step graph: opset domain "com.microsoft" is not allowed (only the default ONNX domain)')
    const nodeDomain = await refusal({ ...good(), inferenceGraph: mutateGraph(good().inferenceGraph, (m) => ((m.graph as OnnxSchema.GraphProto).node[0].domain = "ai.onnx.contrib")) })
    assert.match(nodeDomain.message, /^inference graph: node ".*" uses op domain "ai\.onnx\.contrib" \(only the default ONNX domain\)$/)
    const op = await refusal({ ...good(), trainingGraph: mutateGraph(good().trainingGraph, (m) => ((m.graph as OnnxSchema.GraphProto).node[0].opType = "RandomNormalLike")) })
    assert.match(op.message, /^training-step graph: op RandomNormalLike \(node ".*"\) is not on the allowlist$/)
    const fn = await refusal({ ...good(), trainingGraph: mutateGraph(good().trainingGraph, (m) => m.functions.push(onnx.FunctionProto.create({ name: "helper", domain: "" }))) })
    assert.equal(fn.message, 'training-step graph: model-local function "helper" is not allowed')
    const sub = await refusal({
      ...good(),
      trainingGraph: mutateGraph(good().trainingGraph, (m) => ((m.graph as OnnxSchema.GraphProto).node[0] as OnnxSchema.NodeProto).attribute.push(onnx.AttributeProto.create({ name: "then_branch", type: onnx.AttributeProto.AttributeType.GRAPH, g: { name: "b" } }))),
    })
    assert.match(sub.message, /has a subgraph attribute "then_branch"$/)
    const opset = await refusal({ ...good(), trainingGraph: mutateGraph(good().trainingGraph, (m) => (m.opsetImport[0].version = 99)) })
    assert.equal(opset.message, "training-step graph: opset 99 is outside 7–21")
  })

  it("refuses external data anywhere", async () => {
    const external = (m: OnnxSchema.ModelProto): void => {
      const t = (m.graph as OnnxSchema.GraphProto).initializer[0]
      t.dataLocation = onnx.TensorProto.DataLocation.EXTERNAL
      t.externalData = [onnx.StringStringEntryProto.create({ key: "location", value: "/etc/passwd" })]
    }
    const e = await refusal({ ...good(), trainingGraph: mutateGraph(good().trainingGraph, external) })
    assert.equal(e.type.code, "ONNX_EXTERNAL_DATA")
    assert.match(e.message, /^training-step graph: tensor ".*" refers to external data \(every tensor must be inside the model\)$/)
  })

  it("refuses wrong input names, dtypes and shapes, naming the tensor", async () => {
    const name = await refusal({ ...good(), trainingGraph: mutateGraph(good().trainingGraph, renameInput("X", "features")) })
    assert.equal(name.message, 'training-step graph has no input "X"')
    const dtype = await refusal({
      ...good(),
      trainingGraph: mutateGraph(good().trainingGraph, (m) => (((m.graph as OnnxSchema.GraphProto).input.find((i) => i.name === "y") as OnnxSchema.ValueInfoProto).type as OnnxSchema.TypeProto).tensorType!.elemType = onnx.TensorProto.DataType.DOUBLE),
    })
    assert.equal(dtype.message, 'training-step graph: input "y" must be float32, the graph declares DOUBLE')
    const features = await refusal(good(), expect({ features: D + 1 }))
    assert.equal(features.type.code, "ONNX_FEATURES_MISMATCH")
    assert.equal(features.message, `training-step graph: input "X" has ${D} features, the job has ${D + 1}`)
    const lr = await refusal({
      ...good(),
      trainingGraph: mutateGraph(good().trainingGraph, (m) => ((m.graph as OnnxSchema.GraphProto).input.find((i) => i.name === "lr") as OnnxSchema.ValueInfoProto).type!.tensorType!.shape!.dim!.push({ dimValue: 1 })),
    })
    assert.equal(lr.message, 'training-step graph: input "lr" must have shape [] (a scalar), the graph declares [1]')
    const inferenceWeights = await refusal({ ...good(), inferenceGraph: userInferenceGraph(D, { kind: "linear", w: "W", b: "b" }) })
    assert.equal(inferenceWeights.message, 'inference graph has no input "W"'.replace('"W"', '"w" (a weight of the training-step graph)'))
    const noProbability = await refusal({ ...good(), inferenceGraph: mutateGraph(good().inferenceGraph, (m) => ((m.graph as OnnxSchema.GraphProto).output[0].name = "p")) })
    assert.equal(noProbability.message, 'inference graph has no output "probability"')
    const huge = await refusal({
      ...good(),
      trainingGraph: mutateGraph(good().trainingGraph, (m) => {
        const bias = (m.graph as OnnxSchema.GraphProto).input.find((i) => i.name === "bias") as OnnxSchema.ValueInfoProto
        bias.type!.tensorType!.shape!.dim = [{ dimValue: 1 << 20 }, { dimValue: 1 << 20 }]
        // outputs may leave their shape undeclared
        ;((m.graph as OnnxSchema.GraphProto).output.find((o) => o.name === "bias_out") as OnnxSchema.ValueInfoProto).type!.tensorType!.shape!.dim = []
      }),
    })
    assert.match(huge.message, /^training-step graph: \d+ weights exceed the \d+ a round can carry \(MAX_MODEL_BYTES\)$/)
    const fedprox = await refusal(good(), expect({ proximal: true }))
    assert.equal(fedprox.message, 'training-step graph: a FedProx job needs a proximal graph (inputs "mu" and "<P>_global")')
  })

  it("the dry run refuses a graph that passes the static checks but yields non-finite weights, or that ONNX Runtime cannot load", async () => {
    const inf = await refusal({ ...good(), trainingGraph: userLogisticStep(D, { divideByZero: true }) })
    assert.equal(inf.type.code, "ONNX_DRY_RUN_FAILED")
    assert.equal(inf.message, "training-step graph: dry run failed: a 3-row batch gave non-finite weights")
    // a MatMul on mismatched shapes: valid protobuf, allowed op, but wrong maths
    const broken = mutateGraph(good().inferenceGraph, (m) => {
      const g = m.graph as OnnxSchema.GraphProto
      const matmul = g.node.find((n) => n.opType === "MatMul") as OnnxSchema.NodeProto
      matmul.input = ["w", "X"]
    })
    const e = await refusal({ ...good(), inferenceGraph: broken })
    assert.equal(e.type.code, "ONNX_DRY_RUN_FAILED")
    assert.match(e.message, /^inference graph: dry run failed: /)
    assert.ok(!e.message.includes("\n"))
  })

  it("checkCustomModel never opens a session (static checks only), and garbage bytes are one clear error", () => {
    assert.throws(() => checkCustomModel({ ...good(), trainingGraph: new Uint8Array([1, 2, 3, 4, 5]) }, expect()), (err: unknown) => err instanceof OnnxGraphError && /^training-step graph: not an ONNX model: /.test(err.message))
  })

  it("the exported model of a user graph predicts what the built-in export predicts on raw values", async () => {
    const rng = new SeededRandom(7)
    const weights = Float32Array.from({ length: D + 1 }, () => 2 * rng.nextFloat() - 1)
    const standardizer = { mean: Float64Array.from({ length: D }, () => 10 * rng.nextFloat()), std: Float64Array.from({ length: D }, () => 0.5 + rng.nextFloat()) }
    const spec = { kind: "logistic-regression" as const, features: D }
    const builtin = buildInferenceModel(spec, foldStandardizer(spec, weights, standardizer))
    const custom = buildCustomInferenceModel(userInferenceGraph(D, { kind: "linear", w: "W", b: "b" }), [{ name: "W", dims: [D, 1] }, { name: "b", dims: [1] }], weights, standardizer, { "medmesh.title": "t" })
    const rows = 16
    const x = Float32Array.from({ length: rows * D }, () => 20 * rng.nextFloat() - 5)
    const [a, b] = await Promise.all([builtin, custom].map(async (bytes) => {
      const s = await ProbabilitySession.create(bytes, D)
      try {
        return await s.predict(x, rows)
      } finally {
        await s.release()
      }
    }))
    for (let i = 0; i < rows; i++) assert.ok(Math.abs(a[i] - b[i]) < 1e-5, `row ${i}: ${a[i]} vs ${b[i]}`)
    const meta = onnx.ModelProto.decode(custom).metadataProps.map((p) => [p.key, p.value])
    assert.deepEqual(meta, [["medmesh.title", "t"]])
  })

  it("a DP job's export clips X into the feature bounds, in a user graph as in the built-in one", async () => {
    const rng = new SeededRandom(8)
    const weights = Float32Array.from({ length: D + 1 }, () => 2 * rng.nextFloat() - 1)
    const clip = Array.from({ length: D }, (_, j) => ({ lo: j, hi: j + 4 }))
    const standardizer = { mean: Float64Array.from({ length: D }, (_, j) => j + 2), std: Float64Array.from({ length: D }, () => 0.5 + rng.nextFloat()), clip }
    const spec = { kind: "logistic-regression" as const, features: D }
    const builtin = buildInferenceModel(spec, foldStandardizer(spec, weights, standardizer), {}, clip)
    const custom = buildCustomInferenceModel(userInferenceGraph(D, { kind: "linear", w: "W", b: "b" }), [{ name: "W", dims: [D, 1] }, { name: "b", dims: [1] }], weights, standardizer, { "medmesh.title": "t" })
    const rows = 16
    // values well outside [lo, hi] as well as inside
    const x = Float32Array.from({ length: rows * D }, () => 40 * rng.nextFloat() - 20)
    const clipped = x.map((v, k) => Math.min(clip[k % D].hi, Math.max(clip[k % D].lo, v)))
    const predict = async (bytes: Uint8Array, input: Float32Array): Promise<Float32Array> => {
      const s = await ProbabilitySession.create(bytes, D)
      try {
        return await s.predict(input, rows)
      } finally {
        await s.release()
      }
    }
    const [a, b, c] = await Promise.all([predict(builtin, x), predict(custom, x), predict(buildInferenceModel(spec, foldStandardizer(spec, weights, standardizer)), clipped)])
    for (let i = 0; i < rows; i++) {
      assert.ok(Math.abs(a[i] - b[i]) < 1e-5, `row ${i}: built-in ${a[i]} vs user graph ${b[i]}`)
      assert.ok(Math.abs(a[i] - c[i]) < 1e-5, `row ${i}: clipped in the graph ${a[i]} vs clipped before ${c[i]}`)
    }
  })
})
