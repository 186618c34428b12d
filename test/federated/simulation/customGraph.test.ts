import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { labelSkewedPartition, parseWdbc, prepareSites, selectTableRows, type PreparedSites } from "../../../federated/data/index.ts"
import {
  buildCustomInferenceModel,
  buildTrainingStepModel,
  initialWeightsForLayout,
  ProbabilitySession,
  validateCustomModel,
  type BuiltinModelSpec,
  type CustomModel,
} from "../../../federated/onnx/index.ts"
import { accuracyOf, evaluateAccuracy, simulateFederatedTraining } from "../../../federated/simulation/index.ts"
import { fedAvg, fedProx } from "../../../federated/strategy/index.ts"
import { userInferenceGraph, userLogisticStep } from "../onnx/userGraphs.ts"

const SEED = 1
const ROUNDS = 20
const training = { epochs: 1, batchSize: 16, learningRate: 0.1 }
const logistic: BuiltinModelSpec = { kind: "logistic-regression", features: 30 }
const pct = (a: number): string => (100 * a).toFixed(1)

function report(line: string): void {
  console.log(`      ${line}`)
}

/** Accuracy on the pooled test rows through the exported user model (data already standardised: identity standardiser). */
async function customAccuracy(model: CustomModel, weights: Float32Array, data: PreparedSites): Promise<number> {
  const d = model.contract.features
  const bytes = buildCustomInferenceModel(model.inferenceGraph, model.contract.parameters, weights, { mean: new Float64Array(d), std: new Float64Array(d).fill(1) }, {})
  const session = await ProbabilitySession.create(bytes, d)
  try {
    return accuracyOf(await session.predict(data.pooledTest.x, data.pooledTest.rows), data.pooledTest.y)
  } finally {
    await session.release()
  }
}

describe("federated/simulation with user-supplied ONNX graphs on wdbc, 4 label-skewed sites", function () {
  this.timeout(60_000)
  let data: PreparedSites

  before(() => {
    const table = parseWdbc(readFileSync(join(import.meta.dirname, "../../fixtures/tabular/wdbc.data"), "utf8"))
    const parts = labelSkewedPartition(table.labels, { sites: 4, seed: SEED, skew: { kind: "dirichlet", alpha: 0.5 } })
    data = prepareSites(parts.map((p) => selectTableRows(table, p)), { seed: SEED })
  })

  async function run(model: CustomModel, strategy: ReturnType<typeof fedAvg>): Promise<{ accuracy: number; losses: number[] }> {
    const r = await simulateFederatedTraining(data.sites.map((s) => s.train), {
      model: logistic,
      strategy,
      rounds: ROUNDS,
      seed: SEED,
      trainingGraph: model.trainingGraph,
      initial: initialWeightsForLayout(model.contract.parameters, SEED),
    })
    assert.ok(r.rounds.every((round) => round.status === "aggregated" && round.participants === 4))
    return { accuracy: await customAccuracy(model, r.weights, data), losses: r.rounds.map((x) => x.trainLoss) }
  }

  it("an independently built logistic regression and the built-in graph's bytes, both as user graphs, reach the built-in model's accuracy", async () => {
    const builtin = await simulateFederatedTraining(data.sites.map((s) => s.train), { model: logistic, strategy: fedAvg(training), rounds: ROUNDS, seed: SEED })
    const builtinAccuracy = await evaluateAccuracy(logistic, builtin.weights, data.pooledTest)

    const independent = await validateCustomModel({ trainingGraph: userLogisticStep(30), inferenceGraph: userInferenceGraph(30, { kind: "linear", w: "w", b: "bias" }) }, { features: 30, proximal: false })
    const user = await run(independent, fedAvg(training))
    const asCustom = await validateCustomModel({ trainingGraph: buildTrainingStepModel(logistic), inferenceGraph: userInferenceGraph(30, { kind: "linear", w: "W", b: "b" }) }, { features: 30, proximal: false })
    const same = await run(asCustom, fedAvg(training))
    report(`built-in ${pct(builtinAccuracy)}%; independent user graph ${pct(user.accuracy)}%; built-in bytes as user graph ${pct(same.accuracy)}% (${data.pooledTest.rows} test rows)`)
    assert.ok(builtinAccuracy >= 0.95, `built-in ${builtinAccuracy}`)
    assert.ok(Math.abs(user.accuracy - builtinAccuracy) <= 0.011, `user graph ${user.accuracy} vs built-in ${builtinAccuracy}`)
    assert.ok(Math.abs(same.accuracy - builtinAccuracy) <= 0.011, `built-in bytes as user graph ${same.accuracy} vs built-in ${builtinAccuracy}`)
    assert.ok(user.losses[user.losses.length - 1] < user.losses[0], `loss fell: ${user.losses[0]} → ${user.losses[user.losses.length - 1]}`)
  })

  it("a proximal user graph trains under FedProx", async () => {
    const prox = await validateCustomModel({ trainingGraph: userLogisticStep(30, { proximal: true }), inferenceGraph: userInferenceGraph(30, { kind: "linear", w: "w", b: "bias" }) }, { features: 30, proximal: true })
    const r = await run(prox, fedProx({ ...training, mu: 0.1 }))
    report(`FedProx (mu 0.1) user graph ${pct(r.accuracy)}%`)
    assert.ok(r.accuracy >= 0.95, `accuracy ${r.accuracy}`)
  })
})
